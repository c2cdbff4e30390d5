import { Inject, Injectable } from '@nestjs/common';
import { ServiceHttpError } from '@gatehouse/service-kit';
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { Actor } from '../../auth/actor.js';
import { AuditService } from '../audit/audit.service.js';
import { OrganizationsRepository, type OrganizationRow } from './organizations.repository.js';

const domainSchema = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/, {
    message: 'must be a domain name like example.com',
  });

export const updateOrgBodySchema = z
  .object({
    name: z.string().trim().min(1).max(200).optional(),
    allowedSignupDomains: z.array(domainSchema).max(50).optional(),
  })
  .refine((body) => Object.keys(body).length > 0, { message: 'nothing to update' });

export const orgViewSchema = z.object({
  id: z.string(),
  slug: z.string(),
  name: z.string(),
  allowedSignupDomains: z.array(z.string()),
  configVersion: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

export type OrgView = z.infer<typeof orgViewSchema>;

function toOrgView(row: OrganizationRow): OrgView {
  return {
    id: row.id,
    slug: row.slug,
    name: row.name,
    allowedSignupDomains: row.allowedSignupDomains,
    configVersion: (row.configVersion?.version ?? 0n).toString(),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** The caller's own organization (there is no way to name another one). */
@Injectable()
export class OrganizationsService {
  constructor(
    @Inject(OrganizationsRepository) private readonly orgs: OrganizationsRepository,
    @Inject(AuditService) private readonly audit: AuditService,
  ) {}

  async get(actor: Actor): Promise<OrgView> {
    const row = await this.orgs.find(actor.orgId);
    if (!row) throw new ServiceHttpError(404, 'not_found', 'Organization not found');
    return toOrgView(row);
  }

  async update(
    actor: Actor,
    input: z.output<typeof updateOrgBodySchema>,
    request: FastifyRequest,
  ): Promise<OrgView> {
    const before = await this.get(actor);
    const domains = input.allowedSignupDomains;
    const after = toOrgView(
      await this.orgs.update(actor.orgId, {
        ...input,
        ...(domains ? { allowedSignupDomains: [...new Set(domains)] } : {}),
      }),
    );
    await this.audit.record({
      actor,
      action: 'organization.update',
      resourceType: 'organization',
      resourceId: actor.orgId,
      before,
      after,
      request,
    });
    return after;
  }
}
