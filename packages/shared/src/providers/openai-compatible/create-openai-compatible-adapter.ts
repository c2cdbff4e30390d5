import type { ProviderAdapter, ProviderKind } from '../../llm/provider-adapter.js';
import { bearerHeaders } from '../common/bearer-headers.js';
import {
  fromOpenAiEmbeddingsResponse,
  fromOpenAiResponse,
  type OpenAiFamilyOptions,
} from '../openai/from-openai-response.js';
import { mapOpenAiError } from '../openai/map-openai-error.js';
import { mapOpenAiFinishReason } from '../openai/map-openai-finish-reason.js';
import { reduceOpenAiStream } from '../openai/reduce-openai-stream.js';
import { joinUrl, toOpenAiChatBody, toOpenAiEmbeddingsBody } from '../openai/to-openai-request.js';

export type OpenAiCompatibleOptions = {
  /** Registry kind (default `OPENAI_COMPATIBLE`). */
  kind?: ProviderKind;
  /** The server's name in error messages ("vLLM", "Ollama"). */
  provider: string;
  /**
   * The server honours `stream_options.include_usage`. When false the option is not sent, and
   * usage is whatever the server puts on its chunks unasked (Together, Groq's `x_groq`), else none.
   */
  streamUsage: boolean;
  /** Top-level fields the server refuses (dropped from the caller's body). */
  dropFields?: readonly string[];
  /** The server has `/embeddings` (default true). */
  embeddings?: boolean;
  /** Send `max_tokens` as `max_completion_tokens` (OpenAI; most compatible servers know only `max_tokens`). */
  renameMaxTokens?: boolean;
};

/**
 * An adapter for a server that speaks OpenAI's Chat Completions at `${baseUrl}/chat/completions`
 * with a bearer key: the OpenAI adapter's pieces with the server's quirks as options.
 */
export function createOpenAiCompatibleAdapter(options: OpenAiCompatibleOptions): ProviderAdapter {
  const kind = options.kind ?? 'OPENAI_COMPATIBLE';
  const family: OpenAiFamilyOptions = {
    kind,
    provider: options.provider,
    mapFinishReason: mapOpenAiFinishReason,
  };
  const adapter: ProviderAdapter = {
    kind,
    chatRequest: (request, target) => ({
      url: joinUrl(target.baseUrl, '/chat/completions'),
      headers: bearerHeaders(target),
      body: JSON.stringify(
        toOpenAiChatBody(request, {
          model: target.upstreamModel,
          streamUsage: options.streamUsage,
          dropFields: options.dropFields ?? [],
          renameMaxTokens: options.renameMaxTokens ?? false,
        }),
      ),
    }),
    chatResponse: (body, context) => fromOpenAiResponse(body, context, family),
    chatStream: (context) => reduceOpenAiStream(context, family),
    mapError: (status, body) => mapOpenAiError(status, body, options.provider),
  };
  if (options.embeddings === false) return adapter;
  return {
    ...adapter,
    embeddings: {
      request: (request, target) => ({
        url: joinUrl(target.baseUrl, '/embeddings'),
        headers: bearerHeaders(target),
        body: JSON.stringify(toOpenAiEmbeddingsBody(request, target.upstreamModel)),
      }),
      response: (body, context) => fromOpenAiEmbeddingsResponse(body, context, kind),
    },
  };
}
