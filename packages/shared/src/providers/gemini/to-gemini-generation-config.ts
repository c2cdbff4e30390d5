import type { ChatRequest } from '../../llm/chat-types.js';
import type { GeminiGenerationConfig } from './gemini-request-types.js';

function responseFormat(request: ChatRequest): GeminiGenerationConfig {
  const format = request.response_format;
  if (format === undefined || format.type === 'text') return {};
  const schema = format.type === 'json_schema' ? format.json_schema.schema : undefined;
  return {
    responseMimeType: 'application/json',
    ...(schema !== undefined ? { responseJsonSchema: schema } : {}),
  };
}

/** Sampling and output settings as Gemini's `generationConfig` (undefined when there are none). */
export function toGeminiGenerationConfig(request: ChatRequest): GeminiGenerationConfig | undefined {
  const stop = request.stop;
  const maxTokens = request.max_completion_tokens ?? request.max_tokens;
  const config: GeminiGenerationConfig = {
    ...(request.temperature != null ? { temperature: request.temperature } : {}),
    ...(request.top_p != null ? { topP: request.top_p } : {}),
    ...(maxTokens != null ? { maxOutputTokens: maxTokens } : {}),
    ...(stop != null ? { stopSequences: typeof stop === 'string' ? [stop] : stop } : {}),
    ...(request.n != null && request.n > 1 ? { candidateCount: request.n } : {}),
    ...(request.seed != null ? { seed: request.seed } : {}),
    ...(request.presence_penalty != null ? { presencePenalty: request.presence_penalty } : {}),
    ...(request.frequency_penalty != null ? { frequencyPenalty: request.frequency_penalty } : {}),
    ...responseFormat(request),
  };
  return Object.keys(config).length > 0 ? config : undefined;
}
