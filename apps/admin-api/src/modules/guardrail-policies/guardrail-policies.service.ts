import { Inject, Injectable } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import type { Actor } from '../../auth/actor.js';
import { toPage, type Page } from '../../http/pagination.js';
import { RecordChange, type Recorder } from '../resource-support/record-change.service.js';
import { notFound, uniqueOr409 } from '../resource-support/resource-errors.js';
import { cursorId, pathId } from '../resource-support/resource-ids.js';
import type {
  CreateGuardrailPolicyInput,
  ListGuardrailPoliciesQuery,
  UpdateGuardrailPolicyInput,
} from './dto/guardrail-policy.schema.js';
import {
  GuardrailPoliciesRepository,
  type GuardrailPolicyRecord,
} from './guardrail-policies.repository.js';

const NAME_TAKEN = 'A guardrail policy with this name already exists';

@Injectable()
export class GuardrailPoliciesService {
  private readonly record: Recorder;

  constructor(
    @Inject(GuardrailPoliciesRepository) private readonly repository: GuardrailPoliciesRepository,
    @Inject(RecordChange) changes: RecordChange,
  ) {
    this.record = changes.recorder('guardrail_policy', true);
  }

  async list(
    actor: Actor,
    query: ListGuardrailPoliciesQuery,
  ): Promise<Page<GuardrailPolicyRecord>> {
    const rows = await this.repository.findMany(
      { orgId: actor.orgId, enabled: query.enabled, afterId: cursorId(query.cursor) },
      query.limit + 1,
    );
    return toPage(rows, query.limit, (row) => row.id);
  }

  async get(actor: Actor, id: string, param?: string): Promise<GuardrailPolicyRecord> {
    const policy = await this.repository.findById(actor.orgId, pathId(id, 'Guardrail policy'));
    if (policy === null) throw notFound('Guardrail policy', param);
    return policy;
  }

  async create(
    actor: Actor,
    input: CreateGuardrailPolicyInput,
    request?: FastifyRequest,
  ): Promise<GuardrailPolicyRecord> {
    const policy = await uniqueOr409(
      this.repository.save(actor.orgId, null, input),
      NAME_TAKEN,
      'name',
    );
    await this.record(actor, 'create', policy.id, null, policy, request);
    return policy;
  }

  async update(
    actor: Actor,
    id: string,
    input: UpdateGuardrailPolicyInput,
    request?: FastifyRequest,
  ): Promise<GuardrailPolicyRecord> {
    const before = await this.get(actor, id);
    const after = await uniqueOr409(
      this.repository.save(actor.orgId, before.id, input),
      NAME_TAKEN,
      'name',
    );
    await this.record(actor, 'update', after.id, before, after, request);
    return after;
  }

  /** Products naming the policy fall back to the org default (the column is set null). */
  async delete(actor: Actor, id: string, request?: FastifyRequest): Promise<void> {
    const before = await this.get(actor, id);
    await this.repository.delete(before.id);
    await this.record(actor, 'delete', before.id, before, null, request);
  }
}
