import type { FastifyReply, FastifyRequest } from 'fastify';
import { openAiCachedTokens } from '../core/count-tokens.js';
import { findModel, type ModelEntry } from '../core/model-catalog.js';
import { prefixSegments } from '../core/prompt-cache.js';
import { planCompletion } from '../core/plan-completion.js';
import { azurePromptFilterChunk, withAzureFilters } from '../openai/azure-content-filter.js';
import { buildChatChunks } from '../openai/build-chat-chunks.js';
import { checkModelLimits } from '../openai/check-model-limits.js';
import { buildChatCompletion } from '../openai/build-chat-completion.js';
import { buildEmbeddings } from '../openai/build-embeddings.js';
import { OPENAI_ERRORS, openAiError } from '../openai/openai-errors.js';
import { toCompletionRequests } from '../openai/to-completion-requests.js';
import { validateChatRequest, validateEmbeddingsRequest } from '../openai/validate-chat-request.js';
import { randomId, type ServerContext } from './server-context.js';
import { sendFailure, type HttpFailure } from './vendor-kit.js';
import { dataFrame, sendJson, writeSse } from './write-sse.js';

/** Picks the model for a request: OpenAI reads the body, Azure the deployment in the URL. */
export type ModelPicker = (request: FastifyRequest, requested: string) => ModelEntry | HttpFailure;

export const pickOpenAiModel: ModelPicker = (_request, requested) =>
  findModel('openai', requested) ?? { status: 404, body: OPENAI_ERRORS.modelNotFound(requested) };

const notChatModel = (): HttpFailure => ({
  status: 404,
  body: openAiError(
    `This is not a chat model and thus not supported in the v1/chat/completions endpoint. Did you mean to use v1/completions?`,
    'invalid_request_error',
    'model',
    null,
  ),
});

const isFailure = (value: ModelEntry | HttpFailure): value is HttpFailure => 'status' in value;

/** `azure` adds Azure's content-filter results (and the choice-less first stream chunk). */
export type ChatFlavor = 'openai' | 'azure';

export function chatHandler(
  context: ServerContext,
  pickModel: ModelPicker,
  flavor: ChatFlavor = 'openai',
) {
  return async (request: FastifyRequest, reply: FastifyReply) => {
    const validated = validateChatRequest(request.body);
    if (!validated.ok) return sendFailure(reply, { status: 400, body: validated.error });
    const body = validated.body;
    const model = pickModel(request, body.model);
    if (isFailure(model)) return sendFailure(reply, model);
    if (model.kind !== 'chat') return sendFailure(reply, notChatModel());
    const { requests, promptTokens, promptParts } = toCompletionRequests(
      body,
      model.id,
      model.reasoning === true,
    );
    const limited = checkModelLimits(body, model, promptTokens);
    if (limited !== undefined) return sendFailure(reply, { status: 400, body: limited });
    // OpenAI caches automatically: every prompt is cached, and a repeated prefix is reported.
    const cachedTokens = openAiCachedTokens(
      context.promptCache.use(prefixSegments(`openai/${model.id}`, promptParts), context.now()),
    );
    const prompt = { tokens: promptTokens, cachedTokens };
    const plans = requests.map(planCompletion);
    const meta = {
      id: `chatcmpl-${randomId(29)}`,
      created: Math.floor(context.now() / 1000),
      model: model.id,
      forcedTool: typeof body.tool_choice === 'object',
    };
    const azure = flavor === 'azure';
    if (body.stream !== true) {
      const completion = buildChatCompletion(meta, plans, prompt);
      return sendJson(request, reply, azure ? withAzureFilters(completion) : completion);
    }
    const chunks = buildChatChunks(
      meta,
      plans,
      prompt,
      body.stream_options?.include_usage === true,
    );
    await writeSse(request, reply, [
      ...(azure ? [azurePromptFilterChunk(), ...chunks] : chunks).map(dataFrame),
      dataFrame('[DONE]'),
    ]);
    return reply;
  };
}

export function embeddingsHandler(pickModel: ModelPicker) {
  return async (request: FastifyRequest, reply: FastifyReply) => {
    const validated = validateEmbeddingsRequest(request.body);
    if (!validated.ok) return sendFailure(reply, { status: 400, body: validated.error });
    const body = validated.body;
    const model = pickModel(request, body.model);
    if (isFailure(model)) return sendFailure(reply, model);
    if (model.kind !== 'embedding' || model.dimensions === undefined) {
      return sendFailure(reply, {
        status: 400,
        body: openAiError(
          `This model does not support embeddings.`,
          'invalid_request_error',
          'model',
        ),
      });
    }
    // Only the text-embedding-3 family can shorten its vectors.
    if (
      body.dimensions !== undefined &&
      (model.id.startsWith('text-embedding-ada') || body.dimensions > model.dimensions)
    ) {
      const message = model.id.startsWith('text-embedding-ada')
        ? 'This model does not support specifying dimensions.'
        : `This model's maximum dimensions is ${model.dimensions}.`;
      return sendFailure(reply, {
        status: 400,
        body: openAiError(message, 'invalid_request_error', 'dimensions'),
      });
    }
    return sendJson(
      request,
      reply,
      buildEmbeddings(body, model.id, body.dimensions ?? model.dimensions),
    );
  };
}
