import type { ChatCompletionChunk, ChatToolCallDelta, FinishReason, Usage } from '../chat-types.js';
import type { AnthropicSseEvent, AnthropicStreamEventData } from './anthropic-message-types.js';
import { toAnthropicStopReason, toAnthropicUsage } from './to-anthropic-message.js';

export type AnthropicStreamEncoderOptions = {
  /** The model name to report (the one the caller asked for). */
  model: string;
  /** The message id, `msg_...` (see `toAnthropicMessageId`). */
  id: string;
  /** Prompt tokens as estimated before the call; replaced by the upstream's count when it reports one. */
  inputTokens: number;
};

export type AnthropicStreamEncoder = {
  /** One OpenAI chunk in; the Anthropic events it completes out (possibly none). */
  push(chunk: ChatCompletionChunk): AnthropicSseEvent[];
  /** The closing events: open block stopped, message_delta (stop_reason, usage), message_stop. */
  finish(usage?: Usage): AnthropicSseEvent[];
};

type Open = { kind: 'text' | 'tool'; block: number } | undefined;
type BlockStart = Extract<AnthropicStreamEventData, { type: 'content_block_start' }>;

type State = {
  options: AnthropicStreamEncoderOptions;
  started: boolean;
  finished: boolean;
  pinged: boolean;
  nextBlock: number;
  open: Open;
  /** OpenAI tool-call index → Anthropic content block index. */
  tools: Map<number, number>;
  finishReason: FinishReason | null;
  usage: Usage | undefined;
};

const event = (data: AnthropicStreamEventData): AnthropicSseEvent => ({ event: data.type, data });

function start(state: State): AnthropicSseEvent[] {
  if (state.started) return [];
  state.started = true;
  const { id, model, inputTokens } = state.options;
  // Like the API, message_start counts the first output token.
  const usage = { ...toAnthropicUsage(undefined, inputTokens), output_tokens: 1 };
  const message = {
    id,
    type: 'message' as const,
    role: 'assistant' as const,
    model,
    content: [],
    stop_reason: null,
    stop_sequence: null,
    usage,
  };
  return [event({ type: 'message_start', message })];
}

function close(state: State): AnthropicSseEvent[] {
  const open = state.open;
  state.open = undefined;
  return open === undefined ? [] : [event({ type: 'content_block_stop', index: open.block })];
}

function open(state: State, block: BlockStart['content_block']): AnthropicSseEvent[] {
  const events = close(state);
  const index = state.nextBlock++;
  state.open = { kind: block.type === 'text' ? 'text' : 'tool', block: index };
  events.push(event({ type: 'content_block_start', index, content_block: block }));
  // The API pings once, right after the first block starts.
  if (!state.pinged) events.push(event({ type: 'ping' }));
  state.pinged = true;
  return events;
}

function text(state: State, value: string): AnthropicSseEvent[] {
  const events = state.open?.kind === 'text' ? [] : open(state, { type: 'text', text: '' });
  const index = state.open?.block ?? 0;
  const delta = { type: 'text_delta' as const, text: value };
  return [...events, event({ type: 'content_block_delta', index, delta })];
}

function tool(state: State, call: ChatToolCallDelta): AnthropicSseEvent[] {
  const events: AnthropicSseEvent[] = [];
  if (!state.tools.has(call.index)) {
    const id = call.id ?? `toolu_${state.options.id.replace(/^msg_/, '')}_${call.index}`;
    const name = call.function?.name ?? '';
    events.push(...open(state, { type: 'tool_use', id, name, input: {} }));
    state.tools.set(call.index, state.open?.block ?? 0);
  }
  const json = call.function?.arguments ?? '';
  const index = state.tools.get(call.index) ?? 0;
  const delta = { type: 'input_json_delta' as const, partial_json: json };
  if (json !== '') events.push(event({ type: 'content_block_delta', index, delta }));
  return events;
}

function push(state: State, chunk: ChatCompletionChunk): AnthropicSseEvent[] {
  if (state.finished) return [];
  const events = start(state);
  if (chunk.usage != null) state.usage = chunk.usage;
  // /v1/messages has one answer: only the first choice is encoded.
  const choice = chunk.choices.find((c) => c.index === 0);
  if (choice === undefined) return events;
  const content = choice.delta.content ?? choice.delta.refusal ?? '';
  if (content !== '') events.push(...text(state, content));
  for (const call of choice.delta.tool_calls ?? []) events.push(...tool(state, call));
  if (choice.finish_reason !== null) state.finishReason = choice.finish_reason;
  return events;
}

function finish(state: State, usage: Usage | undefined): AnthropicSseEvent[] {
  if (state.finished) return [];
  const events = [...start(state), ...close(state)];
  state.finished = true;
  const final = toAnthropicUsage(usage ?? state.usage, state.options.inputTokens);
  const delta = { stop_reason: toAnthropicStopReason(state.finishReason), stop_sequence: null };
  events.push(event({ type: 'message_delta', delta, usage: final }));
  events.push(event({ type: 'message_stop' }));
  return events;
}

/**
 * Turns an OpenAI chunk stream into the Messages API's event sequence, event by event:
 * message_start; per content block content_block_start (a ping after the first), deltas
 * (text_delta / input_json_delta) and content_block_stop; then message_delta and message_stop.
 * `finish(usage)` takes the usage the gateway settled on (upstream's, else its estimate).
 */
export function createAnthropicStreamEncoder(
  options: AnthropicStreamEncoderOptions,
): AnthropicStreamEncoder {
  const state: State = {
    options,
    started: false,
    finished: false,
    pinged: false,
    nextBlock: 0,
    open: undefined,
    tools: new Map(),
    finishReason: null,
    usage: undefined,
  };
  return { push: (chunk) => push(state, chunk), finish: (usage) => finish(state, usage) };
}
