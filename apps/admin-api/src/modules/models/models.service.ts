import { Inject, Injectable } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import type { Actor } from '../../auth/actor.js';
import { toPage, type Page } from '../../http/pagination.js';
import { toMicros, toOptionalMicros } from '../resource-support/money.js';
import { RecordChange, type Recorder } from '../resource-support/record-change.service.js';
import {
  conflict,
  invalid,
  isStillReferenced,
  notFound,
  uniqueOr409,
} from '../resource-support/resource-errors.js';
import { cursorId, pathId } from '../resource-support/resource-ids.js';
import type { CreateModelInput, ListModelsQuery, UpdateModelInput } from './dto/model.schema.js';
import { toModelView, type ModelView } from './model-view.js';
import { ModelsRepository, type ModelRecord } from './models.repository.js';

const NAME_TAKEN = 'Another model of the organization already answers to this name';

@Injectable()
export class ModelsService {
  private readonly record: Recorder;

  constructor(
    @Inject(ModelsRepository) private readonly repository: ModelsRepository,
    @Inject(RecordChange) changes: RecordChange,
  ) {
    this.record = changes.recorder('model', true);
  }

  async list(actor: Actor, query: ListModelsQuery): Promise<Page<ModelView>> {
    const { cursor, limit, ...filter } = query;
    const rows = await this.repository.findMany(
      { orgId: actor.orgId, ...filter, afterId: cursorId(cursor) },
      limit + 1,
    );
    return toPage(rows, limit, (row) => row.id, toModelView);
  }

  async get(actor: Actor, id: string): Promise<ModelView> {
    return toModelView(await this.record404(actor, id));
  }

  /** A model of the actor's org, or a 404 on `param`. */
  async record404(actor: Actor, id: string, param?: string): Promise<ModelRecord> {
    const model = await this.repository.findById(actor.orgId, pathId(id, 'Model'));
    if (model === null) throw notFound('Model', param);
    return model;
  }

  async create(
    actor: Actor,
    input: CreateModelInput,
    request?: FastifyRequest,
  ): Promise<ModelView> {
    const { aliases, ...fields } = input;
    if (!(await this.repository.providerInOrg(actor.orgId, input.providerId))) {
      throw notFound('Provider', 'providerId');
    }
    await this.assertNamesFree(actor.orgId, input.publicName, aliases);
    const model = await uniqueOr409(
      this.repository.create(actor.orgId, withMicros(fields), aliases),
      NAME_TAKEN,
      'publicName',
    );
    await this.record(actor, 'create', model.id, null, model, request);
    return toModelView(model);
  }

  async update(
    actor: Actor,
    id: string,
    input: UpdateModelInput,
    request?: FastifyRequest,
  ): Promise<ModelView> {
    const before = await this.record404(actor, id);
    const { aliases, ...fields } = input;
    await this.assertNamesFree(actor.orgId, input.publicName, aliases, before.id);
    const after = await uniqueOr409(
      this.repository.update(actor.orgId, before.id, withMicros(fields), aliases),
      NAME_TAKEN,
      aliases === undefined ? 'publicName' : 'aliases',
    );
    await this.record(actor, 'update', after.id, before, after, request);
    return toModelView(after);
  }

  async delete(actor: Actor, id: string, request?: FastifyRequest): Promise<void> {
    const before = await this.record404(actor, id);
    try {
      await this.repository.delete(before.id);
    } catch (error) {
      if (isStillReferenced(error))
        throw conflict('Routes still target this model; change them first');
      throw error;
    }
    await this.record(actor, 'delete', before.id, before, null, request);
  }

  private async assertNamesFree(
    orgId: string,
    publicName: string | undefined,
    aliases: string[] | undefined,
    exceptModelId?: string,
  ): Promise<void> {
    if (publicName !== undefined && aliases?.includes(publicName)) {
      throw invalid('An alias cannot repeat the model’s public name', 'aliases');
    }
    const names = [...(publicName === undefined ? [] : [publicName]), ...(aliases ?? [])];
    const taken = await this.repository.nameInUse(orgId, names, exceptModelId);
    if (taken !== null) {
      throw conflict(`"${taken}": ${NAME_TAKEN}`, taken === publicName ? 'publicName' : 'aliases');
    }
  }
}

type PriceInputs = Pick<
  UpdateModelInput,
  'inputPricePerMTokMicros' | 'outputPricePerMTokMicros' | 'cachedInputPricePerMTokMicros'
>;

// Body prices (digit strings or integers) → bigint columns; absent stays absent.
function withMicros<T extends PriceInputs>(fields: T) {
  return {
    ...fields,
    inputPricePerMTokMicros: toOptionalMicros(fields.inputPricePerMTokMicros) ?? undefined,
    outputPricePerMTokMicros: toOptionalMicros(fields.outputPricePerMTokMicros) ?? undefined,
    cachedInputPricePerMTokMicros:
      fields.cachedInputPricePerMTokMicros === undefined
        ? undefined
        : toMicros(fields.cachedInputPricePerMTokMicros),
  };
}
