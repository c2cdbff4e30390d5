import { Inject, Injectable } from '@nestjs/common';
import { DatabaseRepository } from '../database/database.repository.js';

export type OrganizationRow = {
  id: string;
  slug: string;
  name: string;
  allowedSignupDomains: string[];
  createdAt: Date;
  updatedAt: Date;
  configVersion: { version: bigint } | null;
};

const ORG_SELECT = {
  id: true,
  slug: true,
  name: true,
  allowedSignupDomains: true,
  createdAt: true,
  updatedAt: true,
  configVersion: { select: { version: true } },
} as const;

@Injectable()
export class OrganizationsRepository {
  constructor(@Inject(DatabaseRepository) private readonly database: DatabaseRepository) {}

  find(id: string): Promise<OrganizationRow | null> {
    return this.database.client.organization.findUnique({ where: { id }, select: ORG_SELECT });
  }

  update(
    id: string,
    data: { name?: string; allowedSignupDomains?: string[] },
  ): Promise<OrganizationRow> {
    return this.database.client.organization.update({ where: { id }, data, select: ORG_SELECT });
  }
}
