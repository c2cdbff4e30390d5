import type { EmbeddingsRequest } from '../../llm/chat-types.js';
import {
  ProviderRequestError,
  type UpstreamHttpRequest,
  type UpstreamTarget,
} from '../../llm/provider-adapter.js';
import { geminiHeaders, geminiModelUrl } from './to-gemini-request.js';

function texts(input: EmbeddingsRequest['input']): string[] {
  const list: unknown[] = typeof input === 'string' ? [input] : input;
  if (list.length === 0)
    throw new ProviderRequestError('GEMINI', 'input must not be empty.', 'input');
  if (!list.every((item): item is string => typeof item === 'string'))
    throw new ProviderRequestError(
      'GEMINI',
      'This model embeds text only: send input as a string or an array of strings, not tokens.',
      'input',
    );
  return list;
}

/** One `:batchEmbedContents` call embedding every input (each request names `models/{model}`). */
export function toGeminiEmbeddingsRequest(
  request: EmbeddingsRequest,
  target: UpstreamTarget,
): UpstreamHttpRequest {
  const model = `models/${target.upstreamModel.replace(/^models\//, '')}`;
  const dimensions =
    request.dimensions !== undefined ? { outputDimensionality: request.dimensions } : {};
  return {
    url: geminiModelUrl(target, 'batchEmbedContents'),
    headers: geminiHeaders(target),
    body: JSON.stringify({
      requests: texts(request.input).map((text) => ({
        model,
        content: { parts: [{ text }] },
        ...dimensions,
      })),
    }),
  };
}
