import { splitEvery, splitText } from '../core/split-text.js';
import type { CompletionPlan } from '../core/plan-completion.js';
import {
  buildContentBlocks,
  buildUsage,
  stopReason,
  type AnthropicBlock,
  type AnthropicMeta,
} from './build-message.js';

export type AnthropicEvent = { event: string; data: Record<string, unknown> };

const JSON_PIECE = 10;

type BlockStream = { start: object; deltas: object[] };

// How each block type opens and which deltas fill it in.
function streamOf(block: AnthropicBlock): BlockStream {
  if (block.type === 'thinking') {
    const deltas = splitText(block.thinking).map((thinking) => ({
      type: 'thinking_delta',
      thinking,
    }));
    return {
      start: { type: 'thinking', thinking: '', signature: '' },
      deltas: [...deltas, { type: 'signature_delta', signature: block.signature }],
    };
  }
  if (block.type === 'text')
    return {
      start: { type: 'text', text: '' },
      deltas: splitText(block.text).map((text) => ({ type: 'text_delta', text })),
    };
  // The API opens every tool input with an empty partial_json before the real pieces.
  const pieces = ['', ...splitEvery(JSON.stringify(block.input), JSON_PIECE)];
  return {
    start: { type: 'tool_use', id: block.id, name: block.name, input: {} },
    deltas: pieces.map((partial_json) => ({ type: 'input_json_delta', partial_json })),
  };
}

function blockEvents(block: AnthropicBlock, index: number): AnthropicEvent[] {
  const { start, deltas } = streamOf(block);
  return [
    {
      event: 'content_block_start',
      data: { type: 'content_block_start', index, content_block: start },
    },
    ...deltas.map((delta) => ({
      event: 'content_block_delta',
      data: { type: 'content_block_delta', index, delta },
    })),
    { event: 'content_block_stop', data: { type: 'content_block_stop', index } },
  ];
}

/**
 * The Messages streaming events in the API's order: message_start, then per block
 * content_block_start / deltas / content_block_stop (a ping after the first block starts),
 * message_delta with stop_reason and usage, message_stop.
 */
export function buildMessageEvents(meta: AnthropicMeta, plan: CompletionPlan): AnthropicEvent[] {
  const { blocks, outputTokens } = buildContentBlocks(plan, meta.autoToolChoice);
  const message = {
    id: meta.id,
    type: 'message',
    role: 'assistant',
    model: meta.model,
    content: [],
    stop_reason: null,
    stop_sequence: null,
    usage: buildUsage(meta, 1),
  };
  const events: AnthropicEvent[] = [
    { event: 'message_start', data: { type: 'message_start', message } },
  ];
  blocks.forEach((block, index) => {
    const [start, ...rest] = blockEvents(block, index);
    if (start !== undefined) events.push(start);
    if (index === 0) events.push({ event: 'ping', data: { type: 'ping' } });
    events.push(...rest);
  });
  events.push({
    event: 'message_delta',
    data: {
      type: 'message_delta',
      delta: { stop_reason: stopReason(plan), stop_sequence: plan.stopSequence },
      usage: {
        input_tokens: meta.inputTokens,
        cache_creation_input_tokens: meta.cache.write,
        cache_read_input_tokens: meta.cache.read,
        output_tokens: outputTokens,
      },
    },
  });
  events.push({ event: 'message_stop', data: { type: 'message_stop' } });
  return events;
}
