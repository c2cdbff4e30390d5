import { Inject, Injectable } from '@nestjs/common';
import {
  apiKeyState,
  generateApiKey,
  hashApiKey,
  keyPrefix,
  rotatedKeyExpiry,
  type ApiKeyState,
} from '@gatehouse/shared';
import type { FastifyRequest } from 'fastify';
import { teamScope, type Actor } from '../../auth/actor.js';
import { toPage, type Page } from '../../http/pagination.js';
import { ApplicationsService } from '../applications/applications.service.js';
import { RecordChange, type Recorder } from '../resource-support/record-change.service.js';
import { conflict, invalid, notFound, uniqueOr409 } from '../resource-support/resource-errors.js';
import { cursorId, pathId } from '../resource-support/resource-ids.js';
import { canSeeTeam } from '../resource-support/team-access.js';
import { ApiKeysRepository, type ApiKeyRecord, type NewApiKey } from './api-keys.repository.js';
import type {
  CreateApiKeyInput,
  ListApiKeysQuery,
  RotateApiKeyInput,
} from './dto/api-key.schema.js';

export type ApiKeyView = Omit<ApiKeyRecord, 'teamId' | 'rotated'> & { state: ApiKeyState };

export type IssuedApiKey = { key: ApiKeyView; secret: string };

function toView({ teamId: _team, rotated: _rotated, ...key }: ApiKeyRecord, now: Date): ApiKeyView {
  return { ...key, state: apiKeyState(key, now) };
}

// A key's secret part: only its SHA-256 reaches the database; the secret is returned once.
function newSecret(): { secret: string; keyHash: string; prefix: string } {
  const secret = generateApiKey();
  return { secret, keyHash: hashApiKey(secret), prefix: keyPrefix(secret) };
}

function futureDate(value: string | undefined, now: Date): Date | null {
  if (value === undefined) return null;
  const date = new Date(value);
  if (date <= now) throw invalid('expiresAt must be in the future', 'expiresAt');
  return date;
}

@Injectable()
export class ApiKeysService {
  private readonly record: Recorder;

  constructor(
    @Inject(ApiKeysRepository) private readonly repository: ApiKeysRepository,
    @Inject(ApplicationsService) private readonly applications: ApplicationsService,
    @Inject(RecordChange) changes: RecordChange,
  ) {
    this.record = changes.recorder('api_key', true);
  }

  async list(actor: Actor, query: ListApiKeysQuery): Promise<Page<ApiKeyView>> {
    const rows = await this.repository.findMany(
      {
        orgId: actor.orgId,
        teamIds: teamScope(actor),
        applicationId: query.applicationId,
        status: query.status,
        afterId: cursorId(query.cursor),
      },
      query.limit + 1,
    );
    const now = new Date();
    return toPage(
      rows,
      query.limit,
      (row) => row.id,
      (row) => toView(row, now),
    );
  }

  async get(actor: Actor, id: string): Promise<ApiKeyView> {
    return toView(await this.visible(actor, id), new Date());
  }

  async create(
    actor: Actor,
    input: CreateApiKeyInput,
    request?: FastifyRequest,
  ): Promise<IssuedApiKey> {
    const now = new Date();
    const app = await this.applications.live(actor, input.applicationId, 'applicationId');
    const { secret, ...stored } = newSecret();
    const key = await this.repository.create({
      orgId: actor.orgId,
      applicationId: app.id,
      name: input.name,
      allowedModels: input.allowedModels,
      scopes: input.scopes,
      expiresAt: futureDate(input.expiresAt, now),
      ...stored,
    });
    await this.record(actor, 'create', key.id, null, key, request);
    return { key: toView(key, now), secret };
  }

  /** A new key for the same application; the old one keeps working for the overlap only. */
  async rotate(
    actor: Actor,
    id: string,
    input: RotateApiKeyInput,
    request?: FastifyRequest,
  ): Promise<IssuedApiKey & { previous: ApiKeyView }> {
    const now = new Date();
    const old = await this.visible(actor, id);
    const state = apiKeyState(old, now);
    if (state !== 'active')
      throw conflict(`A ${state} key cannot be rotated`, undefined, `key_${state}`);
    if (old.rotated) throw conflict('This key was already rotated', undefined, 'key_rotated');
    const { secret, ...stored } = newSecret();
    const replacement: NewApiKey = {
      orgId: actor.orgId,
      applicationId: old.applicationId,
      name: old.name,
      allowedModels: old.allowedModels,
      scopes: old.scopes,
      expiresAt: futureDate(input.expiresAt, now),
      ...stored,
    };
    const oldExpiry = rotatedKeyExpiry(old.expiresAt, input.overlapSeconds, now);
    // A concurrent rotation of the same key loses on the unique rotatedFromId.
    const { previous, key } = await uniqueOr409(
      this.repository.rotate(old.id, oldExpiry, replacement),
      'This key was already rotated',
      'id',
    );
    await this.record(actor, 'rotate', key.id, old, { previous, key }, request);
    return { key: toView(key, now), secret, previous: toView(previous, now) };
  }

  /** Revokes at once (gateways drop it within a second); revoking twice changes nothing. */
  async revoke(actor: Actor, id: string, request?: FastifyRequest): Promise<ApiKeyView> {
    const now = new Date();
    const before = await this.visible(actor, id);
    if (before.status === 'REVOKED') return toView(before, now);
    const after = await this.repository.revoke(before.id, now);
    await this.record(actor, 'revoke', after.id, before, after, request);
    return toView(after, now);
  }

  private async visible(actor: Actor, id: string): Promise<ApiKeyRecord> {
    const key = await this.repository.findById(actor.orgId, pathId(id, 'API key'));
    if (key === null || !canSeeTeam(actor, key.teamId)) throw notFound('API key');
    return key;
  }
}
