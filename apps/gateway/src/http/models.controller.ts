import { Controller, Get, Inject, Param, Req } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { listModelsForPrincipal, modelNotFound, type ModelEntry } from '@gatehouse/shared';
import { identifyCaller } from '../pipeline/identify-caller.js';
import { GatewayRuntime } from '../runtime/gateway-runtime.js';

type OpenAiModel = { id: string; object: 'model'; created: number; owned_by: string };

function toOpenAiModel(model: ModelEntry): OpenAiModel {
  return {
    id: model.publicName,
    object: 'model',
    created: Math.floor(model.createdAt.getTime() / 1000),
    owned_by: model.providerSlug,
  };
}

/** OpenAI's Models API: only the models this caller's key may use. */
@Controller('v1/models')
export class ModelsController {
  constructor(@Inject(GatewayRuntime) private readonly runtime: GatewayRuntime) {}

  @Get()
  async list(@Req() request: FastifyRequest): Promise<{ object: 'list'; data: OpenAiModel[] }> {
    const models = await this.allowedModels(request);
    return { object: 'list', data: models.map(toOpenAiModel) };
  }

  @Get(':model')
  async retrieve(
    @Req() request: FastifyRequest,
    @Param('model') name: string,
  ): Promise<OpenAiModel> {
    const models = await this.allowedModels(request);
    const model = models.find((m) => m.publicName === name || m.aliases.includes(name));
    if (model === undefined) throw modelNotFound(name).error;
    return toOpenAiModel(model);
  }

  private async allowedModels(request: FastifyRequest): Promise<ModelEntry[]> {
    const snapshot = this.runtime.snapshot();
    const now = this.runtime.deps.now();
    const principal = await identifyCaller(request.headers, snapshot, this.runtime.deps);
    return listModelsForPrincipal(snapshot, principal, now);
  }
}
