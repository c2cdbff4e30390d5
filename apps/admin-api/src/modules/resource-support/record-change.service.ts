import { Inject, Injectable } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import type { Actor } from '../../auth/actor.js';
import { AuditService } from '../audit/audit.service.js';
import { ConfigChangeService } from '../config-change/config-change.service.js';

export type ChangeInput = {
  actor: Actor;
  /** `<resource>.<verb>`, e.g. `provider.update`. */
  action: string;
  resourceType: string;
  resourceId: string;
  before?: unknown;
  after?: unknown;
  request?: FastifyRequest;
  /** Whether the gateway's policy snapshot holds this resource (then gateways are told). */
  affectsGateway: boolean;
};

/** Records one change of a resource type bound by `RecordChange.recorder`. */
export type Recorder = (
  actor: Actor,
  verb: string,
  resourceId: string,
  before: unknown,
  after: unknown,
  request?: FastifyRequest,
) => Promise<void>;

/**
 * What follows every committed configuration write: one audit entry (secrets elided by the
 * audit service) and, for what the gateway snapshot holds, a config version bump + broadcast.
 */
@Injectable()
export class RecordChange {
  constructor(
    @Inject(AuditService) private readonly audit: AuditService,
    @Inject(ConfigChangeService) private readonly configChange: ConfigChangeService,
  ) {}

  async record({ affectsGateway, ...entry }: ChangeInput): Promise<void> {
    await this.audit.record(entry);
    if (affectsGateway) await this.configChange.configChanged(entry.actor.orgId);
  }

  /** A recorder for one resource type: audit action `<resourceType>.<verb>`. */
  recorder(resourceType: string, affectsGateway: boolean): Recorder {
    return (actor, verb, resourceId, before, after, request) =>
      this.record({
        actor,
        action: `${resourceType}.${verb}`,
        resourceType,
        resourceId,
        before,
        after,
        request,
        affectsGateway,
      });
  }
}
