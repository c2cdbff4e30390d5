import { Body, Controller, Get, Inject, Patch, Req } from '@nestjs/common';
import { ServiceHttpError } from '@gatehouse/service-kit';
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { Actor } from '../../auth/actor.js';
import { CurrentActor } from '../../auth/current-actor.decorator.js';
import { RequirePermission } from '../../auth/rbac/require-permission.decorator.js';
import { parseInput } from '../../http/parse-input.js';
import { ApiDoc } from '../../openapi/api-doc.decorator.js';
import { AuditService } from '../audit/audit.service.js';
import { OrganizationsRepository, type OrganizationRow } from './organizations.repository.js';

const domainSchema = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/, {
    message: 'must be a domain name like example.com',
  });

const updateOrgBodySchema = z
  .object({
    name: z.string().trim().min(1).max(200).optional(),
    allowedSignupDomains: z.array(domainSchema).max(50).optional(),
  })
  .refine((body) => Object.keys(body).length > 0, { message: 'nothing to update' });

const orgViewSchema = z.object({
  id: z.string(),
  slug: z.string(),
  name: z.string(),
  allowedSignupDomains: z.array(z.string()),
  configVersion: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

type OrgView = z.infer<typeof orgViewSchema>;

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
@Controller('api/v1/org')
export class OrganizationsController {
  constructor(
    @Inject(OrganizationsRepository) private readonly orgs: OrganizationsRepository,
    @Inject(AuditService) private readonly audit: AuditService,
  ) {}

  @Get()
  @RequirePermission('org.read')
  @ApiDoc({ summary: 'My organization', tags: ['organization'], response: orgViewSchema })
  async get(@CurrentActor() actor: Actor): Promise<OrgView> {
    const row = await this.orgs.find(actor.orgId);
    if (!row) throw new ServiceHttpError(404, 'not_found', 'Organization not found');
    return toOrgView(row);
  }

  @Patch()
  @RequirePermission('org.write')
  @ApiDoc({
    summary: 'Update my organization (name, allowed sign-up domains)',
    tags: ['organization'],
    body: updateOrgBodySchema,
    response: orgViewSchema,
  })
  async update(
    @CurrentActor() actor: Actor,
    @Body() body: unknown,
    @Req() request: FastifyRequest,
  ): Promise<OrgView> {
    const input = parseInput(updateOrgBodySchema, body, 'body');
    const before = await this.get(actor);
    const after = toOrgView(
      await this.orgs.update(actor.orgId, {
        ...input,
        ...(input.allowedSignupDomains
          ? { allowedSignupDomains: [...new Set(input.allowedSignupDomains)] }
          : {}),
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
