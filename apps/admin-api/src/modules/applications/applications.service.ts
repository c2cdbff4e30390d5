import { Inject, Injectable } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { teamScope, type Actor } from '../../auth/actor.js';
import { toPage, type Page } from '../../http/pagination.js';
import { RecordChange, type Recorder } from '../resource-support/record-change.service.js';
import { forbidden, notFound, uniqueOr409 } from '../resource-support/resource-errors.js';
import { cursorId, pathId } from '../resource-support/resource-ids.js';
import { canSeeTeam } from '../resource-support/team-access.js';
import { ApplicationsRepository, type ApplicationRecord } from './applications.repository.js';
import type {
  CreateApplicationInput,
  ListApplicationsQuery,
  UpdateApplicationInput,
} from './dto/application.schema.js';

const NAME_TAKEN = 'An application with this name already exists in the team';

@Injectable()
export class ApplicationsService {
  private readonly record: Recorder;

  constructor(
    @Inject(ApplicationsRepository) private readonly repository: ApplicationsRepository,
    @Inject(RecordChange) changes: RecordChange,
  ) {
    this.record = changes.recorder('application', true);
  }

  async list(actor: Actor, query: ListApplicationsQuery): Promise<Page<ApplicationRecord>> {
    const rows = await this.repository.findMany(
      {
        orgId: actor.orgId,
        teamIds: teamScope(actor),
        teamId: query.teamId,
        q: query.q,
        includeArchived: query.includeArchived ?? false,
        afterId: cursorId(query.cursor),
      },
      query.limit + 1,
    );
    return toPage(rows, query.limit, (row) => row.id);
  }

  /** An application the actor may see (a DEVELOPER: of their teams), else 404. */
  async visible(actor: Actor, id: string, param?: string): Promise<ApplicationRecord> {
    const app = await this.repository.findById(actor.orgId, pathId(id, 'Application'));
    if (app === null || !canSeeTeam(actor, app.teamId)) throw notFound('Application', param);
    return app;
  }

  /** Like `visible`, and not archived: what keys and subscriptions may be attached to. */
  async live(actor: Actor, id: string, param?: string): Promise<ApplicationRecord> {
    const app = await this.visible(actor, id, param);
    if (app.archivedAt !== null) throw notFound('Application', param);
    return app;
  }

  async create(
    actor: Actor,
    input: CreateApplicationInput,
    request?: FastifyRequest,
  ): Promise<ApplicationRecord> {
    await this.assertTeamUsable(actor, input.teamId);
    const app = await uniqueOr409(
      this.repository.create({ ...input, orgId: actor.orgId, createdById: actor.userId }),
      NAME_TAKEN,
      'name',
    );
    await this.record(actor, 'create', app.id, null, app, request);
    return app;
  }

  async update(
    actor: Actor,
    id: string,
    input: UpdateApplicationInput,
    request?: FastifyRequest,
  ): Promise<ApplicationRecord> {
    const before = await this.live(actor, id);
    if (input.teamId !== undefined) await this.assertTeamUsable(actor, input.teamId);
    const after = await uniqueOr409(this.repository.update(before.id, input), NAME_TAKEN, 'name');
    await this.record(actor, 'update', after.id, before, after, request);
    return after;
  }

  /** Archives (keeps history and usage attribution) and revokes every key at once. */
  async archive(actor: Actor, id: string, request?: FastifyRequest): Promise<ApplicationRecord> {
    const before = await this.live(actor, id);
    const after = await this.repository.archive(before.id, new Date());
    await this.record(actor, 'archive', after.id, before, after, request);
    return after;
  }

  private async assertTeamUsable(actor: Actor, teamId: string): Promise<void> {
    if (!(await this.repository.teamInOrg(actor.orgId, teamId))) throw notFound('Team', 'teamId');
    if (!canSeeTeam(actor, teamId)) {
      throw forbidden('Developers create applications only in their own teams', 'teamId');
    }
  }
}
