import type { ChatRequest } from '../../llm/chat-types.js';
import type { UpstreamHttpRequest, UpstreamTarget } from '../../llm/provider-adapter.js';
import type { GeminiGenerateContentBody } from './gemini-request-types.js';
import { toGeminiContents } from './to-gemini-contents.js';
import { toGeminiGenerationConfig } from './to-gemini-generation-config.js';
import { toGeminiTools } from './to-gemini-tools.js';

/** `{baseUrl}/models/{model}:{method}`; a configured `models/` prefix on the model id is tolerated. */
export function geminiModelUrl(target: UpstreamTarget, method: string): string {
  const model = target.upstreamModel.replace(/^models\//, '');
  return `${target.baseUrl.replace(/\/+$/, '')}/models/${model}:${method}`;
}

export function geminiHeaders(target: UpstreamTarget): Record<string, string> {
  return { 'content-type': 'application/json', 'x-goog-api-key': target.credentials.apiKey ?? '' };
}

/** The GenerateContentRequest body for a canonical chat request. */
export function toGeminiBody(request: ChatRequest): GeminiGenerateContentBody {
  const generationConfig = toGeminiGenerationConfig(request);
  return {
    ...toGeminiContents(request.messages),
    ...toGeminiTools(request),
    ...(generationConfig !== undefined ? { generationConfig } : {}),
  };
}

/**
 * `:generateContent`, or `:streamGenerateContent?alt=sse` when streaming (Gemini reports usage
 * in stream chunks unasked). `user` has no Gemini counterpart and is not sent.
 */
export function toGeminiRequest(request: ChatRequest, target: UpstreamTarget): UpstreamHttpRequest {
  const method = request.stream === true ? 'streamGenerateContent?alt=sse' : 'generateContent';
  return {
    url: geminiModelUrl(target, method),
    headers: geminiHeaders(target),
    body: JSON.stringify(toGeminiBody(request)),
  };
}
