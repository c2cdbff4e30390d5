import { parseChatRequest, parseEmbeddingsRequest } from '@gatehouse/shared';
import { GatewayHttpError } from '../gateway-error.js';
import type { LlmState } from '../llm-state.js';
import { openAiChatOutput } from '../../llm/chat-output.js';

function invalid(error: { code: string | null; message: string; param: string | null }): never {
  throw new GatewayHttpError(400, error.code ?? 'invalid_request', error.message, error.param);
}

/** The body of POST /v1/chat/completions, validated as OpenAI does. */
export function parseChatBody(state: LlmState): void {
  const parsed = parseChatRequest(state.call.request.body);
  if (!parsed.ok) invalid(parsed.error);
  state.chat = parsed.request;
  state.requestedModel = parsed.request.model;
  state.output = openAiChatOutput(parsed.request.stream_options?.include_usage === true);
}

/** The body of POST /v1/embeddings. */
export function parseEmbeddingsBody(state: LlmState): void {
  const parsed = parseEmbeddingsRequest(state.call.request.body);
  if (!parsed.ok) invalid(parsed.error);
  state.embeddings = parsed.request;
  state.requestedModel = parsed.request.model;
}
