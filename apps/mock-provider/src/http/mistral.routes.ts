import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { countTokens } from '../core/count-tokens.js';
import { encodeEmbeddingBase64, generateEmbedding } from '../core/generate-embedding.js';
import { findModel, listModels, type ModelEntry } from '../core/model-catalog.js';
import { planCompletion } from '../core/plan-completion.js';
import { buildMistralChunks, buildMistralCompletion } from '../mistral/build-mistral-response.js';
import { MISTRAL_ERRORS, mistralError, mistralStatusError } from '../mistral/mistral-errors.js';
import type { MistralEmbeddingsBody } from '../mistral/mistral-schemas.js';
import {
  countMistralPromptTokens,
  toMistralCompletionRequests,
} from '../mistral/to-completion-requests.js';
import {
  validateMistralChat,
  validateMistralEmbeddings,
} from '../mistral/validate-mistral-request.js';
import { bearerToken, randomId, type ServerContext } from './server-context.js';
import {
  headerValue,
  registerVendorKit,
  sendFailure,
  type HttpFailure,
  type VendorKit,
} from './vendor-kit.js';
import { dataFrame, sendJson, writeSse } from './write-sse.js';

const MODEL_CREATED = 1_727_000_000;
const fail = (status: number, body: unknown): HttpFailure => ({ status, body });
// Mistral's ids are 32 lowercase hex characters.
const completionId = () => Buffer.from(randomId(16)).toString('hex').slice(0, 32);

export function mistralKit(context: ServerContext): VendorKit {
  return {
    target: 'mistral',
    statusError: mistralStatusError,
    invalidJson: (detail) => fail(422, MISTRAL_ERRORS.jsonInvalid(detail)),
    notFound: () => fail(404, MISTRAL_ERRORS.notFound()),
    authenticate: (request) => {
      const key = bearerToken(headerValue(request, 'authorization'));
      return key !== undefined && context.acceptKey(key, 'mistral')
        ? undefined
        : fail(401, MISTRAL_ERRORS.unauthorized());
    },
    responseHeaders: () => ({
      'mistral-correlation-id': randomId(32),
      'x-ratelimit-limit-tokens-minute': '2000000',
      'x-ratelimit-remaining-tokens-minute': '1999000',
    }),
    // A generation that fails after the stream started ends its choice with finish_reason "error".
    streamErrorFrame: () =>
      dataFrame({
        id: completionId(),
        object: 'chat.completion.chunk',
        created: Math.floor(context.now() / 1000),
        model: 'unknown',
        choices: [{ index: 0, delta: { content: '' }, finish_reason: 'error', logprobs: null }],
      }),
  };
}

function pickModel(id: string, kind: ModelEntry['kind']): ModelEntry | HttpFailure {
  const model = findModel('mistral', id);
  return model === undefined || model.kind !== kind
    ? fail(400, MISTRAL_ERRORS.invalidModel(id))
    : model;
}

const isFailure = (value: ModelEntry | HttpFailure): value is HttpFailure => 'status' in value;

function chatHandler(context: ServerContext) {
  return async (request: FastifyRequest, reply: FastifyReply) => {
    const validated = validateMistralChat(request.body);
    if (!validated.ok) return sendFailure(reply, fail(validated.status, validated.error));
    const body = validated.body;
    const model = pickModel(body.model, 'chat');
    if (isFailure(model)) return sendFailure(reply, model);
    const promptTokens = countMistralPromptTokens(body);
    if (promptTokens > model.contextWindow) {
      const message = `Prompt contains ${promptTokens} tokens and 0 draft tokens, too large for model with ${model.contextWindow} maximum context length`;
      return sendFailure(reply, fail(400, mistralError(message)));
    }
    const plans = toMistralCompletionRequests(body, model.id).map(planCompletion);
    const meta = {
      id: completionId(),
      created: Math.floor(context.now() / 1000),
      model: model.id,
      promptTokens,
    };
    if (body.stream !== true) return sendJson(request, reply, buildMistralCompletion(meta, plans));
    await writeSse(request, reply, [
      ...buildMistralChunks(meta, plans).map(dataFrame),
      dataFrame('[DONE]'),
    ]);
    return reply;
  };
}

function embed(body: MistralEmbeddingsBody, model: ModelEntry, dimensions: number) {
  const texts = typeof body.input === 'string' ? [body.input] : body.input;
  const tokens = texts.reduce((sum, text) => sum + countTokens(text), 0);
  return {
    id: completionId(),
    object: 'list',
    data: texts.map((text, index) => {
      const vector = generateEmbedding(model.id, text, dimensions);
      const embedding = body.encoding_format === 'base64' ? encodeEmbeddingBase64(vector) : vector;
      return { object: 'embedding', embedding, index };
    }),
    model: model.id,
    usage: { prompt_tokens: tokens, total_tokens: tokens, completion_tokens: 0 },
  };
}

async function embeddingsHandler(request: FastifyRequest, reply: FastifyReply) {
  const validated = validateMistralEmbeddings(request.body);
  if (!validated.ok) return sendFailure(reply, fail(validated.status, validated.error));
  const body = validated.body;
  const model = pickModel(body.model, 'embedding');
  if (isFailure(model)) return sendFailure(reply, model);
  const full = model.dimensions ?? 1024;
  // Only codestral-embed can shorten its vectors.
  if (
    body.output_dimension != null &&
    (model.id !== 'codestral-embed' || body.output_dimension > full)
  )
    return sendFailure(
      reply,
      fail(
        400,
        mistralError(
          `output_dimension ${body.output_dimension} is not supported by model ${model.id}`,
        ),
      ),
    );
  return sendJson(request, reply, embed(body, model, body.output_dimension ?? full));
}

/** Mistral's API under its prefix (`/mistral/v1`): chat completions, embeddings, models. */
export async function mistralRoutes(app: FastifyInstance, context: ServerContext): Promise<void> {
  registerVendorKit(app, mistralKit(context), context);
  app.post('/chat/completions', chatHandler(context));
  app.post('/embeddings', embeddingsHandler);
  app.get('/models', async () => ({
    object: 'list',
    data: listModels('mistral').map((m) => ({
      id: m.id,
      object: 'model',
      created: MODEL_CREATED,
      owned_by: 'mistralai',
      max_context_length: m.contextWindow,
      type: 'base',
    })),
  }));
}
