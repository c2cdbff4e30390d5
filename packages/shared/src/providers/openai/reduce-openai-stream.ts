import type { ChatCompletionChunk, ChatToolCallDelta, Usage } from '../../llm/chat-types.js';
import {
  UpstreamStreamError,
  type ChatStreamReducer,
  type StreamEvent,
  type TranslateContext,
} from '../../llm/provider-adapter.js';
import { argumentsText, contentText } from '../common/content-text.js';
import {
  chunkSchema,
  type VendorChunk,
  type VendorToolCallDelta,
} from '../common/openai-family-schemas.js';
import { parseEventJson, parseVendorBody } from '../common/parse-vendor-json.js';
import { toUsage } from '../common/to-usage.js';
import { readOpenAiError } from './map-openai-error.js';
import {
  generationFailed,
  OPENAI_OPTIONS,
  type OpenAiFamilyOptions,
} from './from-openai-response.js';

type Delta = ChatCompletionChunk['choices'][number]['delta'];

/**
 * Translates an OpenAI-family SSE stream chunk by chunk. Usage, wherever the vendor puts it (a
 * final choice-less chunk for OpenAI, the last content chunk for Mistral and Together), is kept
 * for `finish()` and never forwarded; choice-less chunks (Azure's prompt-filter results, the
 * usage chunk) produce nothing. Tool-call deltas without an `index` (Mistral) are numbered here.
 */
export function reduceOpenAiStream(
  context: TranslateContext,
  options: OpenAiFamilyOptions = OPENAI_OPTIONS,
): ChatStreamReducer {
  let usage: Usage | undefined;
  const toolCalls = new Map<number, number>(); // choice index → tool calls seen so far
  const push = (event: StreamEvent): ChatCompletionChunk[] => {
    const data = event.data.trim();
    if (data === '[DONE]' || data === '') return [];
    const chunk = parseVendorBody(
      options.kind,
      chunkSchema,
      parseEventJson(options.kind, data),
      'stream chunk',
    );
    if (chunk.error !== undefined)
      throw new UpstreamStreamError(options.kind, {
        status: 502,
        type: 'api_error',
        code: 'upstream_server_error',
        message: `The ${options.provider} provider failed mid-stream: ${readOpenAiError({ error: chunk.error }).message}`,
        param: null,
        retryable: true,
      });
    const reported = chunk.usage ?? chunk.x_groq?.usage;
    if (reported != null) usage = toUsage(reported);
    if (chunk.choices.length === 0) return [];
    return [toChunk(chunk, context, options, toolCalls)];
  };
  return { push, finish: () => ({ chunks: [], usage }) };
}

function toChunk(
  chunk: VendorChunk,
  context: TranslateContext,
  options: OpenAiFamilyOptions,
  toolCalls: Map<number, number>,
): ChatCompletionChunk {
  return {
    id: chunk.id ?? context.id,
    object: 'chat.completion.chunk',
    created: chunk.created ?? context.created,
    model: context.model,
    choices: chunk.choices.map((choice) => {
      const finish = options.mapFinishReason(choice.finish_reason);
      if (finish === 'error') throw generationFailed(options);
      const delta = choice.delta ?? {};
      const out: Delta = {};
      if (delta.role === 'assistant') out.role = 'assistant';
      if (delta.content !== undefined) out.content = contentText(delta.content);
      if (delta.refusal != null) out.refusal = delta.refusal;
      if (delta.tool_calls != null && delta.tool_calls.length > 0)
        out.tool_calls = delta.tool_calls.map((call) =>
          toToolCallDelta(call, choice.index, toolCalls),
        );
      return { index: choice.index, delta: out, finish_reason: finish, logprobs: null };
    }),
  };
}

// A delta with an id starts a new call; one without continues the last call of its choice.
function toToolCallDelta(
  call: VendorToolCallDelta,
  choiceIndex: number,
  seen: Map<number, number>,
): ChatToolCallDelta {
  const count = seen.get(choiceIndex) ?? 0;
  const index = call.index ?? (call.id != null ? count : Math.max(count - 1, 0));
  seen.set(choiceIndex, Math.max(count, index + 1));
  const name = call.function?.name;
  const args = call.function?.arguments;
  const fn = {
    ...(name != null && name !== '' ? { name } : {}),
    ...(args != null ? { arguments: argumentsText(args) } : {}),
  };
  return {
    index,
    ...(call.id != null ? { id: call.id, type: 'function' as const } : {}),
    ...(Object.keys(fn).length > 0 ? { function: fn } : {}),
  };
}
