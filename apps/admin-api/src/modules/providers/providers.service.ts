import { Inject, Injectable } from '@nestjs/common';
import { checkProviderConfig } from '@gatehouse/shared';
import type { FastifyRequest } from 'fastify';
import type { Actor } from '../../auth/actor.js';
import { toPage, type Page } from '../../http/pagination.js';
import { RecordChange, type Recorder } from '../resource-support/record-change.service.js';
import {
  conflict,
  invalid,
  isStillReferenced,
  notFound,
  uniqueOr409,
} from '../resource-support/resource-errors.js';
import { cursorId, pathId } from '../resource-support/resource-ids.js';
import { SecretBox } from '../resource-support/secret-box.service.js';
import type {
  CreateProviderInput,
  ListProvidersQuery,
  UpdateProviderInput,
} from './dto/provider.schema.js';
import { ProvidersRepository, type ProviderRecord } from './providers.repository.js';

const SLUG_TAKEN = 'A provider with this slug already exists';

@Injectable()
export class ProvidersService {
  private readonly record: Recorder;

  constructor(
    @Inject(ProvidersRepository) private readonly repository: ProvidersRepository,
    @Inject(SecretBox) private readonly secrets: SecretBox,
    @Inject(RecordChange) changes: RecordChange,
  ) {
    this.record = changes.recorder('provider', true);
  }

  async list(actor: Actor, query: ListProvidersQuery): Promise<Page<ProviderRecord>> {
    const rows = await this.repository.findMany(
      {
        orgId: actor.orgId,
        kind: query.kind,
        enabled: query.enabled,
        afterId: cursorId(query.cursor),
      },
      query.limit + 1,
    );
    return toPage(rows, query.limit, (row) => row.id);
  }

  async get(actor: Actor, id: string, param?: string): Promise<ProviderRecord> {
    const provider = await this.repository.findById(actor.orgId, pathId(id, 'Provider'));
    if (provider === null) throw notFound('Provider', param);
    return provider;
  }

  async create(
    actor: Actor,
    { credentials, ...input }: CreateProviderInput,
    request?: FastifyRequest,
  ): Promise<ProviderRecord> {
    this.check({ ...input, credentials, hasStoredCredentials: false });
    const provider = await uniqueOr409(
      this.repository.create(actor.orgId, {
        ...input,
        credentialsEnc: credentials ? this.secrets.sealJson(credentials) : null,
      }),
      SLUG_TAKEN,
      'slug',
    );
    await this.record(actor, 'create', provider.id, null, provider, request);
    return provider;
  }

  /** `credentials` replaces the stored ones, null clears them, absent keeps them. */
  async update(
    actor: Actor,
    id: string,
    { credentials, ...input }: UpdateProviderInput,
    request?: FastifyRequest,
  ): Promise<ProviderRecord> {
    const before = await this.get(actor, id);
    this.check({
      kind: before.kind,
      settings: input.settings ?? before.settings,
      credentials: credentials ?? undefined,
      hasStoredCredentials: credentials === null ? false : before.hasCredentials,
    });
    const credentialsEnc =
      credentials === undefined ? undefined : credentials && this.secrets.sealJson(credentials);
    const after = await uniqueOr409(
      this.repository.update(before.id, { ...input, credentialsEnc }),
      SLUG_TAKEN,
      'slug',
    );
    const credentialsChanged = credentials !== undefined;
    await this.record(actor, 'update', after.id, before, { ...after, credentialsChanged }, request);
    return after;
  }

  async delete(actor: Actor, id: string, request?: FastifyRequest): Promise<void> {
    const before = await this.get(actor, id);
    try {
      await this.repository.delete(before.id);
    } catch (error) {
      if (isStillReferenced(error))
        throw conflict('The provider still has models; delete them first');
      throw error;
    }
    await this.record(actor, 'delete', before.id, before, null, request);
  }

  private check(input: Parameters<typeof checkProviderConfig>[0]): void {
    const issue = checkProviderConfig(input);
    if (issue !== null) throw invalid(issue.message, issue.param);
  }
}
