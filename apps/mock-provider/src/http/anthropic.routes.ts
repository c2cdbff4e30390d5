import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { findModel, listModels } from '../core/model-catalog.js';
import { planCompletion } from '../core/plan-completion.js';
import { anthropicError, anthropicStatusError } from '../anthropic/anthropic-errors.js';
import { buildMessageEvents } from '../anthropic/build-message-events.js';
import { checkAnthropicLimits } from '../anthropic/check-anthropic-limits.js';
import { buildMessage } from '../anthropic/build-message.js';
import {
  anthropicPromptParts,
  countAnthropicInputTokens,
  isCacheable,
  planAnthropicCache,
  type AnthropicPromptPart,
} from '../anthropic/anthropic-prompt-parts.js';
import { toCompletionRequest } from '../anthropic/to-completion-request.js';
import { prefixSegments } from '../core/prompt-cache.js';
import {
  validateCountTokensRequest,
  validateMessagesRequest,
} from '../anthropic/validate-messages-request.js';
import { bearerToken, randomId, type ServerContext } from './server-context.js';
import {
  headerValue,
  registerVendorKit,
  sendFailure,
  type HttpFailure,
  type VendorKit,
} from './vendor-kit.js';
import { eventFrame, sendJson, writeSse } from './write-sse.js';

// A fixed date so the model listing is deterministic.
const MODELS_CREATED_AT = '2025-02-19T00:00:00Z';

const fail = (status: number, body: unknown): HttpFailure => ({ status, body });

export function anthropicKit(context: ServerContext): VendorKit {
  return {
    target: 'anthropic',
    statusError: anthropicStatusError,
    invalidJson: (detail) =>
      fail(
        400,
        anthropicError(
          'invalid_request_error',
          `There was an error parsing the body of your request: ${detail}`,
        ),
      ),
    notFound: () => fail(404, anthropicError('not_found_error', 'Not Found')),
    authenticate: (request) => {
      // @anthropic-ai/sdk 1.x sends the API key as `Authorization: Bearer`; older clients and curl
      // use `x-api-key`. The API takes either.
      const key =
        headerValue(request, 'x-api-key') ?? bearerToken(headerValue(request, 'authorization'));
      if (key === undefined || key === '')
        return fail(401, anthropicError('authentication_error', 'x-api-key header is required'));
      if (!context.acceptKey(key, 'anthropic'))
        return fail(401, anthropicError('authentication_error', 'invalid x-api-key'));
      if (headerValue(request, 'anthropic-version') === undefined) {
        return fail(
          400,
          anthropicError('invalid_request_error', 'anthropic-version: header is required'),
        );
      }
      return undefined;
    },
    // Anthropic's typical mid-stream failure: an `error` event with overloaded_error.
    streamErrorFrame: () => eventFrame('error', anthropicStatusError(529)),
    responseHeaders: () => {
      // Anthropic's rate-limit header set, never exhausted (use the fault controls to limit).
      const reset = new Date(context.now() + 60_000).toISOString().replace(/\.\d{3}Z$/, 'Z');
      return {
        'request-id': `req_011${randomId(21)}`,
        'anthropic-organization-id': '00000000-0000-4000-8000-000000000000',
        'anthropic-ratelimit-requests-limit': '4000',
        'anthropic-ratelimit-requests-remaining': '3999',
        'anthropic-ratelimit-requests-reset': reset,
        'anthropic-ratelimit-tokens-limit': '2000000',
        'anthropic-ratelimit-tokens-remaining': '1999000',
        'anthropic-ratelimit-tokens-reset': reset,
      };
    },
  };
}

const unknownModel = (model: string): HttpFailure =>
  fail(404, anthropicError('not_found_error', `model: ${model}`));

/** Prompt caching at the request's cache_control breakpoints: what was read and what written. */
function cachePrompt(context: ServerContext, model: string, parts: AnthropicPromptPart[]) {
  const breakpoints = prefixSegments(`anthropic/${model}`, parts)
    .filter((_segment, i) => parts[i]?.breakpoint === true)
    .filter(isCacheable);
  return planAnthropicCache(breakpoints, context.promptCache.use(breakpoints, context.now()));
}

async function createMessage(context: ServerContext, request: FastifyRequest, reply: FastifyReply) {
  const validated = validateMessagesRequest(request.body);
  if (!validated.ok) return sendFailure(reply, fail(400, validated.error));
  const body = validated.body;
  const model = findModel('anthropic', body.model);
  if (model === undefined || model.kind !== 'chat')
    return sendFailure(reply, unknownModel(body.model));
  const parts = anthropicPromptParts(body);
  const inputTokens = parts.reduce((sum, part) => sum + part.tokens, 0);
  const limited = checkAnthropicLimits(body.max_tokens, model, inputTokens);
  if (limited !== undefined)
    return sendFailure(reply, fail(400, anthropicError('invalid_request_error', limited)));
  const cache = cachePrompt(context, body.model, parts);
  const plan = planCompletion(toCompletionRequest(body));
  const meta = {
    id: `msg_01${randomId(22)}`,
    model: body.model,
    inputTokens: inputTokens - cache.read - cache.write,
    cache,
    autoToolChoice: body.tool_choice === undefined || body.tool_choice.type === 'auto',
  };
  if (body.stream !== true) return sendJson(request, reply, buildMessage(meta, plan));
  await writeSse(
    request,
    reply,
    buildMessageEvents(meta, plan).map((e) => eventFrame(e.event, e.data)),
  );
  return reply;
}

async function countMessageTokens(request: FastifyRequest, reply: FastifyReply) {
  const validated = validateCountTokensRequest(request.body);
  if (!validated.ok) return sendFailure(reply, fail(400, validated.error));
  if (findModel('anthropic', validated.body.model) === undefined)
    return sendFailure(reply, unknownModel(validated.body.model));
  return sendJson(request, reply, { input_tokens: countAnthropicInputTokens(validated.body) });
}

/** Anthropic under `/anthropic/v1`: Messages (plain and streamed), count_tokens, models. */
export async function anthropicRoutes(app: FastifyInstance, context: ServerContext): Promise<void> {
  registerVendorKit(app, anthropicKit(context), context);
  app.post('/messages', (request, reply) => createMessage(context, request, reply));
  app.post('/messages/count_tokens', countMessageTokens);
  const toModel = (id: string, displayName: string) => ({
    type: 'model',
    id,
    display_name: displayName,
    created_at: MODELS_CREATED_AT,
  });
  app.get('/models', async () => {
    const data = listModels('anthropic').map((m) => toModel(m.id, m.displayName));
    return {
      data,
      has_more: false,
      first_id: data[0]?.id ?? null,
      last_id: data[data.length - 1]?.id ?? null,
    };
  });
  app.get<{ Params: { model: string } }>('/models/:model', async (request, reply) => {
    const model = findModel('anthropic', request.params.model);
    return model === undefined
      ? sendFailure(reply, unknownModel(request.params.model))
      : toModel(model.id, model.displayName);
  });
}
