import type { ChatRequest, EmbeddingsRequest } from '../../llm/chat-types.js';

export type OpenAiBodyOptions = {
  /** The upstream model id; `undefined` leaves `model` out (Azure names it in the URL). */
  model: string | undefined;
  /** Ask for a final usage chunk when streaming (`stream_options.include_usage`). */
  streamUsage: boolean;
  /** Top-level fields this upstream refuses; dropped from the body. */
  dropFields?: readonly string[];
  /**
   * Send `max_tokens` as `max_completion_tokens` (OpenAI: the old name is deprecated and refused
   * by reasoning models, so a caller's `max_tokens` routed to GPT-5 or o3 would otherwise fail).
   */
  renameMaxTokens?: boolean;
};

/**
 * The OpenAI Chat Completions body for a canonical request: the caller's extra fields first, then
 * every modelled field, with the upstream model id in place of the public name.
 */
export function toOpenAiChatBody(
  request: ChatRequest,
  options: OpenAiBodyOptions,
): Record<string, unknown> {
  const { model: _publicModel, extra, stream_options, ...fields } = request;
  const body: Record<string, unknown> = {
    ...(options.model !== undefined ? { model: options.model } : {}),
    ...extra,
    ...fields,
  };
  if (request.stream === true) {
    // The usage chunk is captured by the stream reducer and never forwarded as is: the gateway
    // emits its own when the caller asked for it.
    const wanted = { ...stream_options, ...(options.streamUsage ? { include_usage: true } : {}) };
    if (Object.keys(wanted).length > 0) body.stream_options = wanted;
  }
  if (options.renameMaxTokens === true && body.max_tokens != null) {
    body.max_completion_tokens ??= body.max_tokens;
    delete body.max_tokens;
  }
  for (const field of options.dropFields ?? []) delete body[field];
  return body;
}

export function toOpenAiEmbeddingsBody(
  request: EmbeddingsRequest,
  model: string | undefined,
): Record<string, unknown> {
  const { model: _publicModel, ...fields } = request;
  return model === undefined ? fields : { model, ...fields };
}

/** `${baseUrl}${path}` without a doubled slash. */
export function joinUrl(baseUrl: string, path: string): string {
  return `${baseUrl.replace(/\/+$/, '')}${path}`;
}
