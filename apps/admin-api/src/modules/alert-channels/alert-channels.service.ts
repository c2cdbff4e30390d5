import { Inject, Injectable } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import type { Actor } from '../../auth/actor.js';
import { toPage, type Page } from '../../http/pagination.js';
import { RecordChange, type Recorder } from '../resource-support/record-change.service.js';
import { invalid, notFound, uniqueOr409 } from '../resource-support/resource-errors.js';
import { cursorId, pathId } from '../resource-support/resource-ids.js';
import { SecretBox } from '../resource-support/secret-box.service.js';
import { AlertChannelsRepository, type AlertChannelRecord } from './alert-channels.repository.js';
import type {
  CreateAlertChannelInput,
  ListAlertChannelsQuery,
  UpdateAlertChannelInput,
} from './dto/alert-channel.schema.js';

const NAME_TAKEN = 'An alert channel with this name already exists';

// A webhook needs a URL; an in-app channel has neither URL nor secret.
function checkShape(
  kind: AlertChannelRecord['kind'],
  url: string | null,
  hasSecret: boolean,
): void {
  if (kind === 'WEBHOOK' && url === null) throw invalid('A WEBHOOK channel needs a url', 'url');
  if (kind === 'IN_APP' && url !== null) throw invalid('An IN_APP channel takes no url', 'url');
  if (kind === 'IN_APP' && hasSecret) throw invalid('An IN_APP channel takes no secret', 'secret');
}

@Injectable()
export class AlertChannelsService {
  private readonly record: Recorder;

  constructor(
    @Inject(AlertChannelsRepository) private readonly repository: AlertChannelsRepository,
    @Inject(SecretBox) private readonly secrets: SecretBox,
    @Inject(RecordChange) changes: RecordChange,
  ) {
    this.record = changes.recorder('alert_channel', false);
  }

  async list(actor: Actor, query: ListAlertChannelsQuery): Promise<Page<AlertChannelRecord>> {
    const { cursor, limit, ...filter } = query;
    const rows = await this.repository.findMany(
      { orgId: actor.orgId, ...filter, afterId: cursorId(cursor) },
      limit + 1,
    );
    return toPage(rows, limit, (row) => row.id);
  }

  async get(actor: Actor, id: string): Promise<AlertChannelRecord> {
    const channel = await this.repository.findById(actor.orgId, pathId(id, 'Alert channel'));
    if (channel === null) throw notFound('Alert channel');
    return channel;
  }

  async create(
    actor: Actor,
    { secret, ...input }: CreateAlertChannelInput,
    request?: FastifyRequest,
  ): Promise<AlertChannelRecord> {
    checkShape(input.kind, input.url, secret !== null);
    const channel = await uniqueOr409(
      this.repository.create(actor.orgId, {
        ...input,
        secretEnc: secret === null ? null : this.secrets.seal(secret),
      }),
      NAME_TAKEN,
      'name',
    );
    await this.record(actor, 'create', channel.id, null, channel, request);
    return channel;
  }

  /** `secret` replaces the stored one, null clears it, absent keeps it. */
  async update(
    actor: Actor,
    id: string,
    { secret, ...input }: UpdateAlertChannelInput,
    request?: FastifyRequest,
  ): Promise<AlertChannelRecord> {
    const before = await this.get(actor, id);
    const hasSecret = secret === undefined ? before.hasSecret : secret !== null;
    checkShape(before.kind, input.url === undefined ? before.url : input.url, hasSecret);
    const secretEnc =
      secret === undefined ? undefined : secret === null ? null : this.secrets.seal(secret);
    const after = await uniqueOr409(
      this.repository.update(before.id, { ...input, secretEnc }),
      NAME_TAKEN,
      'name',
    );
    await this.record(actor, 'update', after.id, before, after, request);
    return after;
  }

  async delete(actor: Actor, id: string, request?: FastifyRequest): Promise<void> {
    const before = await this.get(actor, id);
    await this.repository.delete(before.id);
    await this.record(actor, 'delete', before.id, before, null, request);
  }
}
