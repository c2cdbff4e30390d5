import { Body, Controller, Get, Inject, Patch, Req } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import type { Actor } from '../../auth/actor.js';
import { CurrentActor } from '../../auth/current-actor.decorator.js';
import { RequirePermission } from '../../auth/rbac/require-permission.decorator.js';
import { parseInput } from '../../http/parse-input.js';
import { ApiDoc } from '../../openapi/api-doc.decorator.js';
import {
  orgViewSchema,
  OrganizationsService,
  updateOrgBodySchema,
  type OrgView,
} from './organizations.service.js';

@Controller('api/v1/org')
export class OrganizationsController {
  constructor(@Inject(OrganizationsService) private readonly orgs: OrganizationsService) {}

  @Get()
  @RequirePermission('org.read')
  @ApiDoc({ summary: 'My organization', tags: ['organization'], response: orgViewSchema })
  get(@CurrentActor() actor: Actor): Promise<OrgView> {
    return this.orgs.get(actor);
  }

  @Patch()
  @RequirePermission('org.write')
  @ApiDoc({
    summary: 'Update my organization (name, allowed sign-up domains)',
    tags: ['organization'],
    body: updateOrgBodySchema,
    response: orgViewSchema,
  })
  update(
    @CurrentActor() actor: Actor,
    @Body() body: unknown,
    @Req() request: FastifyRequest,
  ): Promise<OrgView> {
    return this.orgs.update(actor, parseInput(updateOrgBodySchema, body, 'body'), request);
  }
}
