import type { FastifyInstance } from 'fastify';
import { findModel, listModels } from '../core/model-catalog.js';
import { OPENAI_ERRORS, openAiStatusError } from '../openai/openai-errors.js';
import { bearerToken, randomId, type ServerContext } from './server-context.js';
import { chatHandler, embeddingsHandler, pickOpenAiModel } from './openai-handlers.js';
import { headerValue, registerVendorKit, sendFailure, type VendorKit } from './vendor-kit.js';
import { dataFrame } from './write-sse.js';

// Models "created" at a fixed instant so listings are deterministic.
const MODEL_CREATED = 1_715_367_049;

// The mock never limits by itself (use the fault controls); these mirror OpenAI's header set so
// clients that read them find values.
const OPENAI_RATE_LIMIT_HEADERS = {
  'x-ratelimit-limit-requests': '10000',
  'x-ratelimit-remaining-requests': '9999',
  'x-ratelimit-reset-requests': '6ms',
  'x-ratelimit-limit-tokens': '10000000',
  'x-ratelimit-remaining-tokens': '9999000',
  'x-ratelimit-reset-tokens': '6ms',
};

export function openAiKit(context: ServerContext): VendorKit {
  return {
    target: 'openai',
    statusError: openAiStatusError,
    invalidJson: () => ({ status: 400, body: OPENAI_ERRORS.invalidJson() }),
    notFound: (method, url) => ({ status: 404, body: OPENAI_ERRORS.unknownUrl(method, url) }),
    authenticate: (request) => {
      const key = bearerToken(headerValue(request, 'authorization'));
      if (key === undefined) return { status: 401, body: OPENAI_ERRORS.missingKey() };
      return context.acceptKey(key, 'openai')
        ? undefined
        : { status: 401, body: OPENAI_ERRORS.invalidKey(key) };
    },
    responseHeaders: () => ({
      'x-request-id': `req_${randomId(32)}`,
      'openai-version': '2020-10-01',
      ...OPENAI_RATE_LIMIT_HEADERS,
    }),
    // OpenAI reports a failure after the stream started as a data frame holding an `error`.
    streamErrorFrame: () => dataFrame(openAiStatusError(500)),
  };
}

/** OpenAI under its prefix (`/openai/v1`): chat completions, embeddings, models. */
export async function openAiRoutes(app: FastifyInstance, context: ServerContext): Promise<void> {
  registerVendorKit(app, openAiKit(context), context);
  app.post('/chat/completions', chatHandler(context, pickOpenAiModel));
  app.post('/embeddings', embeddingsHandler(pickOpenAiModel));
  const toModel = (id: string) => ({
    id,
    object: 'model',
    created: MODEL_CREATED,
    owned_by: 'system',
  });
  app.get('/models', async () => ({
    object: 'list',
    data: listModels('openai').map((m) => toModel(m.id)),
  }));
  app.get<{ Params: { model: string } }>('/models/:model', async (request, reply) => {
    const model = findModel('openai', request.params.model);
    if (model === undefined)
      return sendFailure(reply, {
        status: 404,
        body: OPENAI_ERRORS.modelNotFound(request.params.model),
      });
    return toModel(model.id);
  });
}
