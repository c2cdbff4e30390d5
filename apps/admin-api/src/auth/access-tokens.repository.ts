import { Inject, Injectable } from '@nestjs/common';
import { DatabaseRepository } from '../modules/database/database.repository.js';

export type AccessTokenRow = {
  id: string;
  name: string;
  prefix: string;
  scopes: string[];
  expiresAt: Date | null;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
  createdAt: Date;
};

const TOKEN_SELECT = {
  id: true,
  name: true,
  prefix: true,
  scopes: true,
  expiresAt: true,
  lastUsedAt: true,
  revokedAt: true,
  createdAt: true,
} as const;

/** A user's personal access tokens (only hashes and display prefixes are stored). */
@Injectable()
export class AccessTokensRepository {
  constructor(@Inject(DatabaseRepository) private readonly database: DatabaseRepository) {}

  create(input: {
    userId: string;
    name: string;
    tokenHash: string;
    prefix: string;
    scopes: string[];
    expiresAt: Date | null;
  }): Promise<AccessTokenRow> {
    return this.database.client.personalAccessToken.create({ data: input, select: TOKEN_SELECT });
  }

  /** Newest first; ids are UUIDv7, so id order is creation order. */
  listForUser(userId: string, take: number, beforeId?: string): Promise<AccessTokenRow[]> {
    return this.database.client.personalAccessToken.findMany({
      where: { userId, ...(beforeId ? { id: { lt: beforeId } } : {}) },
      orderBy: { id: 'desc' },
      take,
      select: TOKEN_SELECT,
    });
  }

  findForUser(userId: string, id: string): Promise<AccessTokenRow | null> {
    return this.database.client.personalAccessToken.findFirst({
      where: { id, userId },
      select: TOKEN_SELECT,
    });
  }

  revoke(id: string, now: Date): Promise<AccessTokenRow> {
    return this.database.client.personalAccessToken.update({
      where: { id },
      data: { revokedAt: now },
      select: TOKEN_SELECT,
    });
  }
}
