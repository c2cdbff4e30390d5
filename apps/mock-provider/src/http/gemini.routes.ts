import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { countTokens } from '../core/count-tokens.js';
import { generateEmbedding } from '../core/generate-embedding.js';
import { findModel, listModels, type ModelEntry } from '../core/model-catalog.js';
import { planCompletion } from '../core/plan-completion.js';
import { buildGeminiChunks, buildGeminiResponse } from '../gemini/build-gemini-response.js';
import { GEMINI_ERRORS, googleError } from '../gemini/gemini-errors.js';
import { geminiContentSchema, type EmbedContentBody } from '../gemini/gemini-schemas.js';
import {
  contentText,
  countGeminiPromptTokens,
  geminiPromptParts,
  toCompletionRequests,
} from '../gemini/to-completion-requests.js';
import { prefixSegments, type PromptPart } from '../core/prompt-cache.js';
import {
  validateBatchEmbed,
  validateEmbedContent,
  validateGenerateContent,
} from '../gemini/validate-gemini-request.js';
import { randomId, type ServerContext } from './server-context.js';
import {
  headerValue,
  registerVendorKit,
  sendFailure,
  type HttpFailure,
  type VendorKit,
} from './vendor-kit.js';
import { dataFrame, sendJson, writeSse } from './write-sse.js';

const VERSIONS = new Set(['v1', 'v1beta', 'v1alpha']);
// countTokens takes either `contents` or a whole `generateContentRequest`.
const countTokensSchema = z.looseObject({
  contents: z.unknown().optional(),
  generateContentRequest: z.unknown().optional(),
});
const embeddingCountSchema = z.looseObject({ contents: z.array(geminiContentSchema).default([]) });
const fail = (status: number, body: unknown): HttpFailure => ({ status, body });

type Call = {
  context: ServerContext;
  version: string;
  model: string;
  method: string;
  request: FastifyRequest;
  reply: FastifyReply;
};
type MethodHandler = (call: Call, model: ModelEntry) => Promise<unknown>;

function queryOf(request: FastifyRequest): Record<string, unknown> {
  return (request.query ?? {}) as Record<string, unknown>;
}

// Google puts the retry hint in the body (google.rpc.RetryInfo), not only in a header.
function retryDetails(
  status: number,
  retryAfterSeconds: number | undefined,
): unknown[] | undefined {
  if (status !== 429 || retryAfterSeconds === undefined) return undefined;
  return [
    { '@type': 'type.googleapis.com/google.rpc.RetryInfo', retryDelay: `${retryAfterSeconds}s` },
  ];
}

export function geminiKit(context: ServerContext): VendorKit {
  return {
    target: 'gemini',
    statusError: (status, message, retryAfterSeconds) =>
      googleError(status, message, retryDetails(status, retryAfterSeconds)),
    invalidJson: (detail) =>
      fail(400, googleError(400, `Invalid JSON payload received. ${detail}`)),
    notFound: () => fail(404, googleError(404)),
    authenticate: (request) => {
      const query = queryOf(request).key;
      const key =
        headerValue(request, 'x-goog-api-key') ?? (typeof query === 'string' ? query : undefined);
      if (key === undefined || key === '') return fail(403, GEMINI_ERRORS.missingKey());
      return context.acceptKey(key, 'gemini') ? undefined : fail(400, GEMINI_ERRORS.invalidKey());
    },
    responseHeaders: () => ({ 'x-gemini-service-tier': 'standard' }),
    streamErrorFrame: () => dataFrame(googleError(503)).replace(/\n\n$/, '\r\n\r\n'),
  };
}

// Gemini 2.5 models cache implicitly: a repeated prefix of 1024+ tokens is reported as cached.
const IMPLICIT_CACHE_MIN = 1024;

function cachePrompt(context: ServerContext, scope: string, parts: PromptPart[]): number {
  return context.promptCache.use(
    prefixSegments(scope, parts).filter((s) => s.tokens >= IMPLICIT_CACHE_MIN),
    context.now(),
  );
}

async function generate(call: Call, model: ModelEntry, stream: boolean) {
  const validated = validateGenerateContent(call.request.body);
  if (!validated.ok) return sendFailure(call.reply, fail(400, validated.error));
  const parts = geminiPromptParts(validated.body);
  const promptTokens = parts.reduce((sum, part) => sum + part.tokens, 0);
  if (promptTokens > model.contextWindow) {
    const message = `The input token count (${promptTokens}) exceeds the maximum number of tokens allowed (${model.contextWindow}).`;
    return sendFailure(call.reply, fail(400, googleError(400, message)));
  }
  const plans = toCompletionRequests(validated.body, model.id, model.reasoning === true).map(
    planCompletion,
  );
  const includeThoughts = validated.body.generationConfig?.thinkingConfig?.includeThoughts === true;
  const cachedTokens =
    model.reasoning === true ? cachePrompt(call.context, `gemini/${model.id}`, parts) : 0;
  const meta = {
    responseId: randomId(22),
    modelVersion: model.id,
    promptTokens,
    cachedTokens,
    includeThoughts,
  };
  if (!stream) return sendJson(call.request, call.reply, buildGeminiResponse(meta, plans));
  const chunks = buildGeminiChunks(meta, plans);
  // Without alt=sse the API streams one JSON array; SDKs always ask for SSE.
  if (queryOf(call.request).alt !== 'sse') return sendJson(call.request, call.reply, chunks);
  await writeSse(
    call.request,
    call.reply,
    chunks.map((c) => dataFrame(c).replace(/\n\n$/, '\r\n\r\n')),
  );
  return call.reply;
}

function embedOne(body: EmbedContentBody, model: ModelEntry): { values: number[] } {
  const dimensions = Math.min(
    body.outputDimensionality ?? model.dimensions ?? 768,
    model.dimensions ?? 768,
  );
  return { values: generateEmbedding(model.id, contentText(body.content), dimensions) };
}

// Methods a model supports, each mapped to its handler: a new method joins with one line.
const CHAT_METHODS: Record<string, MethodHandler> = {
  generateContent: (call, model) => generate(call, model, false),
  streamGenerateContent: (call, model) => generate(call, model, true),
  countTokens: async (call) => {
    const body = countTokensSchema.safeParse(call.request.body ?? {});
    const inner = body.success
      ? (body.data.generateContentRequest ?? { contents: body.data.contents ?? [] })
      : call.request.body;
    const validated = validateGenerateContent(inner);
    if (!validated.ok) return sendFailure(call.reply, fail(400, validated.error));
    const totalTokens = countGeminiPromptTokens(validated.body);
    return sendJson(call.request, call.reply, {
      totalTokens,
      promptTokensDetails: [{ modality: 'TEXT', tokenCount: totalTokens }],
    });
  },
};

const EMBEDDING_METHODS: Record<string, MethodHandler> = {
  embedContent: async (call, model) => {
    const validated = validateEmbedContent(call.request.body);
    if (!validated.ok) return sendFailure(call.reply, fail(400, validated.error));
    return sendJson(call.request, call.reply, { embedding: embedOne(validated.body, model) });
  },
  batchEmbedContents: async (call, model) => {
    const validated = validateBatchEmbed(call.request.body);
    if (!validated.ok) return sendFailure(call.reply, fail(400, validated.error));
    return sendJson(call.request, call.reply, {
      embeddings: validated.body.map((b) => embedOne(b, model)),
    });
  },
  countTokens: async (call) => {
    const parsed = embeddingCountSchema.safeParse(call.request.body ?? {});
    if (!parsed.success)
      return sendFailure(
        call.reply,
        fail(400, googleError(400, "Invalid JSON payload received. Invalid value at 'contents'")),
      );
    return sendJson(call.request, call.reply, {
      totalTokens: countTokens(parsed.data.contents.map(contentText).join('')),
    });
  },
};

function toModelResource(model: ModelEntry) {
  const methods = Object.keys(model.kind === 'chat' ? CHAT_METHODS : EMBEDDING_METHODS);
  return {
    name: `models/${model.id}`,
    version: '001',
    displayName: model.displayName,
    description: `Mock of ${model.displayName}`,
    inputTokenLimit: model.contextWindow,
    outputTokenLimit: model.maxOutputTokens || 1,
    supportedGenerationMethods: methods,
  };
}

async function dispatch(
  context: ServerContext,
  request: FastifyRequest<{ Params: { version: string; '*': string } }>,
  reply: FastifyReply,
) {
  const { version } = request.params;
  const [model = '', method = ''] = request.params['*'].split(':');
  if (!VERSIONS.has(version)) return sendFailure(reply, fail(404, googleError(404)));
  const call: Call = { context, version, model, method, request, reply };
  const entry = findModel('gemini', model);
  const handler =
    entry === undefined
      ? undefined
      : (entry.kind === 'chat' ? CHAT_METHODS : EMBEDDING_METHODS)[method];
  if (entry === undefined || handler === undefined)
    return sendFailure(reply, fail(404, GEMINI_ERRORS.modelNotFound(model, version, method)));
  return handler(call, entry);
}

/** Gemini under `/gemini/{version}`: generate, stream, embed, count tokens, list models. */
export async function geminiRoutes(app: FastifyInstance, context: ServerContext): Promise<void> {
  registerVendorKit(app, geminiKit(context), context);
  app.post<{ Params: { version: string; '*': string } }>('/:version/models/*', (request, reply) =>
    dispatch(context, request, reply),
  );
  app.get('/:version/models', async () => ({ models: listModels('gemini').map(toModelResource) }));
  app.get<{ Params: { version: string; model: string } }>(
    '/:version/models/:model',
    async (request, reply) => {
      const model = findModel('gemini', request.params.model);
      return model === undefined
        ? sendFailure(
            reply,
            fail(404, googleError(404, `models/${request.params.model} is not found`)),
          )
        : toModelResource(model);
    },
  );
}
