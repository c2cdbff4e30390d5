import { Inject, Injectable } from '@nestjs/common';
import { ServiceHttpError } from '@gatehouse/service-kit';
import type { FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { teamScope, type Actor } from '../../auth/actor.js';
import { decodeCursor, toPage, type Page } from '../../http/pagination.js';
import { parseId, prismaErrorCode } from '../../http/parse-id.js';
import { AuditService } from '../audit/audit.service.js';
import { ConfigChangeService } from '../config-change/config-change.service.js';
import { TeamsRepository, type TeamRow } from './teams.repository.js';
import {
  toMemberView,
  toTeamView,
  type createTeamBodySchema,
  type listTeamsQuerySchema,
  type MemberView,
  type TeamView,
  type updateTeamBodySchema,
} from './teams.schemas.js';

const notFound = () => new ServiceHttpError(404, 'not_found', 'Team not found');

/** Teams (cost centers) and membership. DEVELOPERs see their own teams only. */
@Injectable()
export class TeamsService {
  constructor(
    @Inject(TeamsRepository) private readonly teams: TeamsRepository,
    @Inject(AuditService) private readonly audit: AuditService,
    @Inject(ConfigChangeService) private readonly config: ConfigChangeService,
  ) {}

  async list(actor: Actor, query: z.output<typeof listTeamsQuerySchema>): Promise<Page<TeamView>> {
    const rows = await this.teams.list(
      {
        orgId: actor.orgId,
        teamIds: teamScope(actor),
        q: query.q,
        costCenter: query.costCenter,
        afterId: query.cursor === undefined ? undefined : decodeCursor(query.cursor),
      },
      query.limit + 1,
    );
    return toPage(rows, query.limit, (row) => row.id, toTeamView);
  }

  /** A team the actor may see, or 404 (other orgs' and, for DEVELOPERs, other teams'). */
  async visible(actor: Actor, id: string): Promise<TeamRow> {
    const row = await this.teams.find(actor.orgId, parseId(id, 'Team'));
    const scope = teamScope(actor);
    if (!row || (scope !== null && !scope.includes(row.id))) throw notFound();
    return row;
  }

  async get(actor: Actor, id: string): Promise<TeamView> {
    return toTeamView(await this.visible(actor, id));
  }

  async create(
    actor: Actor,
    body: z.output<typeof createTeamBodySchema>,
    request: FastifyRequest,
  ): Promise<TeamView> {
    let row: TeamRow;
    try {
      row = await this.teams.create(actor.orgId, body);
    } catch (error) {
      if (prismaErrorCode(error) === 'P2002')
        throw new ServiceHttpError(409, 'slug_taken', `Team slug "${body.slug}" is taken`, 'slug');
      throw error;
    }
    const view = toTeamView(row);
    await this.recordChange(actor, 'team.create', row.id, null, view, request);
    return view;
  }

  async update(
    actor: Actor,
    id: string,
    body: z.output<typeof updateTeamBodySchema>,
    request: FastifyRequest,
  ): Promise<TeamView> {
    const before = toTeamView(await this.visible(actor, id));
    const view = toTeamView(await this.teams.update(before.id, body));
    await this.recordChange(actor, 'team.update', view.id, before, view, request);
    return view;
  }

  async delete(actor: Actor, id: string, request: FastifyRequest): Promise<void> {
    const before = toTeamView(await this.visible(actor, id));
    try {
      await this.teams.delete(before.id);
    } catch (error) {
      if (prismaErrorCode(error) === 'P2003')
        throw new ServiceHttpError(409, 'team_in_use', 'The team still owns applications');
      throw error;
    }
    await this.recordChange(actor, 'team.delete', before.id, before, null, request);
  }

  async members(actor: Actor, id: string): Promise<MemberView[]> {
    const team = await this.visible(actor, id);
    return (await this.teams.members(team.id)).map(toMemberView);
  }

  async setMember(
    actor: Actor,
    teamId: string,
    userId: string,
    role: 'MAINTAINER' | 'MEMBER',
    request: FastifyRequest,
  ): Promise<MemberView> {
    const team = await this.manageable(actor, teamId);
    const user = await this.teams.userInOrg(actor.orgId, parseId(userId, 'User'));
    if (!user) throw new ServiceHttpError(404, 'not_found', 'User not found');
    const before = await this.teams.member(team.id, user.id);
    const after = toMemberView(await this.teams.upsertMember(team.id, user.id, role));
    await this.audit.record({
      actor,
      action: before ? 'team.member_role_change' : 'team.member_add',
      resourceType: 'team',
      resourceId: team.id,
      before: before ? toMemberView(before) : null,
      after,
      request,
    });
    return after;
  }

  async removeMember(
    actor: Actor,
    teamId: string,
    userId: string,
    request: FastifyRequest,
  ): Promise<void> {
    const team = await this.manageable(actor, teamId);
    const before = await this.teams.member(team.id, parseId(userId, 'Member'));
    if (!before) throw new ServiceHttpError(404, 'not_found', 'Member not found');
    await this.teams.removeMember(team.id, before.userId);
    await this.audit.record({
      actor,
      action: 'team.member_remove',
      resourceType: 'team',
      resourceId: team.id,
      before: toMemberView(before),
      request,
    });
  }

  // ADMIN/OWNER manage every team; a DEVELOPER only teams they maintain.
  private async manageable(actor: Actor, teamId: string): Promise<TeamRow> {
    const team = await this.visible(actor, teamId);
    if (teamScope(actor) !== null && !actor.maintainerTeamIds.includes(team.id))
      throw new ServiceHttpError(
        403,
        'team_maintainer_required',
        'Only a maintainer of this team (or an admin) manages its members',
      );
    return team;
  }

  private async recordChange(
    actor: Actor,
    action: string,
    teamId: string,
    before: TeamView | null,
    after: TeamView | null,
    request: FastifyRequest,
  ): Promise<void> {
    await this.audit.record({
      actor,
      action,
      resourceType: 'team',
      resourceId: teamId,
      before,
      after,
      request,
    });
    // Teams carry region pinning and budgets the gateway snapshot uses.
    await this.config.configChanged(actor.orgId);
  }
}
