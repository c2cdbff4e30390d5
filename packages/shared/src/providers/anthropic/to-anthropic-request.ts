import type { ChatRequest } from '../../llm/chat-types.js';
import {
  ProviderRequestError,
  type UpstreamHttpRequest,
  type UpstreamTarget,
} from '../../llm/provider-adapter.js';
import type { AnthropicMessagesBody, AnthropicTextBlock } from './anthropic-request-types.js';
import { toAnthropicMessages } from './to-anthropic-messages.js';
import { toAnthropicToolChoice, toAnthropicTools } from './to-anthropic-tools.js';

/** The API version Gatehouse speaks; a provider may override it with `settings.anthropicVersion`. */
export const ANTHROPIC_VERSION = '2023-06-01';

/**
 * Anthropic requires `max_tokens`; OpenAI callers usually omit it. 4096 is within every current
 * Claude model's output limit (the smallest is 4096) and is what most OpenAI-style callers get
 * in practice. A provider may set `settings.defaultMaxTokens`.
 */
export const DEFAULT_ANTHROPIC_MAX_TOKENS = 4096;

// No JSON mode without a schema on Anthropic: ask for it in the system prompt instead.
const JSON_INSTRUCTION =
  'Respond with a single valid JSON object and nothing else: no prose, no code fences.';

const numberSetting = (target: UpstreamTarget, key: string): number | undefined => {
  const value = target.settings[key];
  return typeof value === 'number' && Number.isInteger(value) && value > 0 ? value : undefined;
};

function maxTokens(request: ChatRequest, target: UpstreamTarget): number {
  return (
    request.max_completion_tokens ??
    request.max_tokens ??
    numberSetting(target, 'defaultMaxTokens') ??
    DEFAULT_ANTHROPIC_MAX_TOKENS
  );
}

function outputFormat(
  request: ChatRequest,
): Pick<AnthropicMessagesBody, 'output_config'> & { instruction?: AnthropicTextBlock } {
  const format = request.response_format;
  if (format === undefined || format.type === 'text') return {};
  if (format.type === 'json_schema' && format.json_schema.schema !== undefined)
    return {
      output_config: { format: { type: 'json_schema', schema: format.json_schema.schema } },
    };
  return { instruction: { type: 'text', text: JSON_INSTRUCTION } };
}

// Newer Claude models answer 400 "temperature is deprecated for this model"; a provider serving
// only such models sets `settings.omitSamplingParams: true` and callers' sampling is not sent.
function sampling(request: ChatRequest, target: UpstreamTarget): Partial<AnthropicMessagesBody> {
  const stop = request.stop;
  const stops = stop != null ? { stop_sequences: typeof stop === 'string' ? [stop] : stop } : {};
  if (target.settings.omitSamplingParams === true) return stops;
  return {
    ...stops,
    // OpenAI's range is 0..2, Anthropic's 0..1: above 1 means "most random" on both.
    ...(request.temperature != null ? { temperature: Math.min(request.temperature, 1) } : {}),
    ...(request.top_p != null ? { top_p: request.top_p } : {}),
  };
}

/**
 * The Messages API body for a canonical chat request. `seed`, `presence_penalty`,
 * `frequency_penalty` and OpenAI-only extras have no Anthropic counterpart and are not sent;
 * `n > 1` is refused (one answer per call).
 */
export function toAnthropicBody(
  request: ChatRequest,
  target: UpstreamTarget,
): AnthropicMessagesBody {
  if (request.n != null && request.n > 1)
    throw new ProviderRequestError('ANTHROPIC', 'This model returns one choice: n must be 1.', 'n');
  const { system, messages } = toAnthropicMessages(request.messages);
  const { instruction, ...output } = outputFormat(request);
  const systemBlocks = instruction === undefined ? system : [...system, instruction];
  const tools = toAnthropicTools(request.tools);
  const toolChoice = toAnthropicToolChoice(request);
  return {
    model: target.upstreamModel,
    max_tokens: maxTokens(request, target),
    messages,
    ...(systemBlocks.length > 0 ? { system: systemBlocks } : {}),
    ...(tools !== undefined ? { tools } : {}),
    ...(toolChoice !== undefined ? { tool_choice: toolChoice } : {}),
    ...sampling(request, target),
    ...(request.user !== undefined ? { metadata: { user_id: request.user } } : {}),
    ...output,
    ...(request.stream === true ? { stream: true } : {}),
  };
}

/** `POST {baseUrl}/messages` with the provider's key; streaming always reports usage. */
export function toAnthropicRequest(
  request: ChatRequest,
  target: UpstreamTarget,
): UpstreamHttpRequest {
  const version = target.settings.anthropicVersion;
  return {
    url: `${target.baseUrl.replace(/\/+$/, '')}/messages`,
    headers: {
      'content-type': 'application/json',
      'x-api-key': target.credentials.apiKey ?? '',
      'anthropic-version': typeof version === 'string' ? version : ANTHROPIC_VERSION,
    },
    body: JSON.stringify(toAnthropicBody(request, target)),
  };
}
