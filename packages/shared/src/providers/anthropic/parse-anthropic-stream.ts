import type { ChatCompletionChunk } from '../../llm/chat-types.js';
import { parseEventJson, parseVendorBody } from '../common/parse-vendor-json.js';
import {
  ProviderResponseError,
  UpstreamStreamError,
  type ChatStreamReducer,
  type StreamEvent,
  type TranslateContext,
} from '../../llm/provider-adapter.js';
import {
  anthropicStreamDataSchema,
  type AnthropicStreamData,
  type AnthropicUsage,
} from './anthropic-response-schemas.js';
import { mapAnthropicError } from './map-anthropic-error.js';
import { mapAnthropicStopReason } from './map-anthropic-stop-reason.js';
import { mapAnthropicUsage } from './map-anthropic-usage.js';

type Choice = ChatCompletionChunk['choices'][number];

type State = {
  id: string;
  started: boolean;
  stopped: boolean;
  /** content block index → tool call index (tool calls are numbered 0, 1, ... per message). */
  tools: Map<number, number>;
  usage: AnthropicUsage;
};

type Handler = (data: AnthropicStreamData, state: State) => Choice[];

const choice = (delta: Choice['delta'], finish: Choice['finish_reason'] = null): Choice => ({
  index: 0,
  delta,
  finish_reason: finish,
});

// Usage in message_delta is cumulative: a field it carries replaces the one seen before.
function mergeUsage(into: AnthropicUsage, from: AnthropicUsage | undefined): AnthropicUsage {
  if (from === undefined) return into;
  const present = Object.entries(from).filter(([, v]) => typeof v === 'number');
  return { ...into, ...Object.fromEntries(present) };
}

function blockStart(data: AnthropicStreamData, state: State): Choice[] {
  const block = data.content_block;
  if (block?.type === 'text')
    return block.text === undefined || block.text === '' ? [] : [choice({ content: block.text })];
  if (block?.type !== 'tool_use' || data.index === undefined) return [];
  const index = state.tools.size;
  state.tools.set(data.index, index);
  const call = { index, id: block.id, type: 'function' as const };
  return [choice({ tool_calls: [{ ...call, function: { name: block.name, arguments: '' } }] })];
}

function blockDelta(data: AnthropicStreamData, state: State): Choice[] {
  const delta = data.delta;
  if (delta?.type === 'text_delta' && delta.text !== undefined && delta.text !== '')
    return [choice({ content: delta.text })];
  if (delta?.type !== 'input_json_delta' || !delta.partial_json) return [];
  const index = data.index === undefined ? undefined : state.tools.get(data.index);
  if (index === undefined) return [];
  return [choice({ tool_calls: [{ index, function: { arguments: delta.partial_json } }] })];
}

// Each event type and what it contributes; anything else (ping, thinking deltas, new event
// types) contributes nothing.
const HANDLERS: Record<string, Handler> = {
  message_start: (data, state) => {
    state.started = true;
    state.id = data.message?.id ?? state.id;
    state.usage = mergeUsage(state.usage, data.message?.usage);
    return [choice({ role: 'assistant', content: '' })];
  },
  content_block_start: blockStart,
  content_block_delta: blockDelta,
  message_delta: (data, state) => {
    state.usage = mergeUsage(state.usage, data.usage);
    const finish = mapAnthropicStopReason(data.delta?.stop_reason);
    return finish === null ? [] : [choice({}, finish)];
  },
  message_stop: (_data, state) => {
    state.stopped = true;
    return [];
  },
  error: (data) => {
    const type = data.error?.type ?? 'api_error';
    const body = { type: 'error', error: { type, message: data.error?.message ?? '' } };
    throw new UpstreamStreamError('ANTHROPIC', mapAnthropicError(500, body));
  },
};

const parseData = (event: StreamEvent): AnthropicStreamData =>
  parseVendorBody(
    'ANTHROPIC',
    anthropicStreamDataSchema,
    parseEventJson('ANTHROPIC', event.data),
    'stream event',
  );

/** Translates Anthropic's Messages stream into OpenAI chunks, event by event. */
export function createAnthropicStreamReducer(context: TranslateContext): ChatStreamReducer {
  const state: State = {
    id: context.id,
    started: false,
    stopped: false,
    tools: new Map(),
    usage: {},
  };
  const toChunk = (choices: Choice[]): ChatCompletionChunk => ({
    id: state.id,
    object: 'chat.completion.chunk',
    created: context.created,
    model: context.model,
    choices,
  });
  return {
    push(event) {
      const data = parseData(event);
      const handler = HANDLERS[data.type];
      return handler === undefined ? [] : handler(data, state).map((c) => toChunk([c]));
    },
    finish() {
      // Anthropic always ends with message_stop; a stream cut before it is not a complete answer.
      if (!state.stopped)
        throw new ProviderResponseError('ANTHROPIC', 'Stream ended before message_stop.');
      return { chunks: [], usage: state.started ? mapAnthropicUsage(state.usage) : undefined };
    },
  };
}
