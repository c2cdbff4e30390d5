import { Inject, Injectable } from '@nestjs/common';
import { nextAlertState, type AlertAction } from '@gatehouse/shared';
import type { FastifyRequest } from 'fastify';
import type { Actor } from '../../auth/actor.js';
import { toPage, type Page } from '../../http/pagination.js';
import { RecordChange, type Recorder } from '../resource-support/record-change.service.js';
import { conflict, notFound } from '../resource-support/resource-errors.js';
import { cursorId, pathId } from '../resource-support/resource-ids.js';
import { AlertsRepository, type AlertRecord } from './alerts.repository.js';
import type { ListAlertsQuery } from './dto/alert.schema.js';

// Which timestamp each operator action stamps.
const STAMP: Record<AlertAction, 'acknowledgedAt' | 'resolvedAt'> = {
  acknowledge: 'acknowledgedAt',
  resolve: 'resolvedAt',
};

/** Alerts are raised by the workers; operators list, acknowledge and resolve them here. */
@Injectable()
export class AlertsService {
  private readonly record: Recorder;

  constructor(
    @Inject(AlertsRepository) private readonly repository: AlertsRepository,
    @Inject(RecordChange) changes: RecordChange,
  ) {
    this.record = changes.recorder('alert', false);
  }

  async list(actor: Actor, query: ListAlertsQuery): Promise<Page<AlertRecord>> {
    const { cursor, limit, from, to, ...filter } = query;
    const rows = await this.repository.findMany(
      {
        orgId: actor.orgId,
        ...filter,
        from: from === undefined ? undefined : new Date(from),
        to: to === undefined ? undefined : new Date(to),
        beforeId: cursorId(cursor),
      },
      limit + 1,
    );
    return toPage(rows, limit, (row) => row.id);
  }

  async get(actor: Actor, id: string): Promise<AlertRecord> {
    const alert = await this.repository.findById(actor.orgId, pathId(id, 'Alert'));
    if (alert === null) throw notFound('Alert');
    return alert;
  }

  async act(
    actor: Actor,
    id: string,
    action: AlertAction,
    request?: FastifyRequest,
  ): Promise<AlertRecord> {
    const before = await this.get(actor, id);
    const to = nextAlertState(before.status, action);
    if (to === null) {
      throw conflict(`Cannot ${action} an ${before.status} alert`, undefined, 'invalid_transition');
    }
    const after = await this.repository.transition(before.id, before.status, {
      status: to,
      [STAMP[action]]: new Date(),
    });
    if (after === null) throw conflict('The alert changed meanwhile; reload and retry');
    await this.record(
      actor,
      action,
      after.id,
      { status: before.status },
      { status: after.status },
      request,
    );
    return after;
  }
}
