import Anthropic from '@anthropic-ai/sdk';
import { describe, expect, it } from 'vitest';
import type { ChatCompletionChunk, ChatToolCallDelta, Usage } from '../chat-types.js';
import { splitSseText } from '../../providers/common/split-sse-text.js';
import { createAnthropicStreamReducer } from '../../providers/anthropic/parse-anthropic-stream.js';
import { readFileSync } from 'node:fs';
import type { AnthropicSseEvent } from './anthropic-message-types.js';
import { createAnthropicStreamEncoder } from './create-anthropic-stream-encoder.js';

const options = { model: 'claude-sonnet', id: 'msg_gh1', inputTokens: 42 };

const chunk = (
  delta: ChatCompletionChunk['choices'][number]['delta'],
  finish: ChatCompletionChunk['choices'][number]['finish_reason'] = null,
): ChatCompletionChunk => ({
  id: 'chatcmpl-1',
  object: 'chat.completion.chunk',
  created: 1,
  model: 'gpt-4o-mini',
  choices: [{ index: 0, delta, finish_reason: finish }],
});
const usageChunk = (usage: Usage): ChatCompletionChunk => ({ ...chunk({}), choices: [], usage });
const tool = (call: ChatToolCallDelta) => chunk({ tool_calls: [call] });

const usage: Usage = {
  prompt_tokens: 50,
  completion_tokens: 12,
  total_tokens: 62,
  prompt_tokens_details: { cached_tokens: 8 },
};

const TOOL_STREAM: ChatCompletionChunk[] = [
  chunk({ role: 'assistant', content: '' }),
  chunk({ content: 'Let me ' }),
  chunk({ content: 'check.' }),
  tool({
    index: 0,
    id: 'call_a',
    type: 'function',
    function: { name: 'get_weather', arguments: '' },
  }),
  tool({ index: 0, function: { arguments: '{"city":' } }),
  tool({ index: 0, function: { arguments: '"Paris"}' } }),
  tool({
    index: 1,
    id: 'call_b',
    type: 'function',
    function: { name: 'get_time', arguments: '{}' },
  }),
  chunk({}, 'tool_calls'),
  usageChunk(usage),
];

function encode(chunks: ChatCompletionChunk[], finalUsage?: Usage): AnthropicSseEvent[] {
  const encoder = createAnthropicStreamEncoder(options);
  return [...chunks.flatMap((c) => encoder.push(c)), ...encoder.finish(finalUsage)];
}

const toSse = (events: AnthropicSseEvent[]): string =>
  events.map((e) => `event: ${e.event}\ndata: ${JSON.stringify(e.data)}\n\n`).join('');

// The official SDK, reading our events as if they came from api.anthropic.com.
const sdkFor = (sse: string) =>
  new Anthropic({
    apiKey: 'gh_test',
    baseURL: 'http://gatehouse.test',
    maxRetries: 0,
    fetch: async () => new Response(sse, { headers: { 'content-type': 'text/event-stream' } }),
  });
const params = {
  model: 'claude-sonnet',
  max_tokens: 100,
  messages: [{ role: 'user' as const, content: 'Weather?' }],
};

describe('createAnthropicStreamEncoder', () => {
  it('emits the documented sequence for a text answer', () => {
    const events = encode([
      chunk({ role: 'assistant', content: '' }),
      chunk({ content: 'Hel' }),
      chunk({ content: 'lo' }),
      chunk({}, 'stop'),
    ]);
    expect(events.map((e) => e.event)).toEqual([
      'message_start',
      'content_block_start',
      'ping',
      'content_block_delta',
      'content_block_delta',
      'content_block_stop',
      'message_delta',
      'message_stop',
    ]);
    expect(events[0]?.data).toEqual({
      type: 'message_start',
      message: {
        id: 'msg_gh1',
        type: 'message',
        role: 'assistant',
        model: 'claude-sonnet',
        content: [],
        stop_reason: null,
        stop_sequence: null,
        usage: {
          input_tokens: 42,
          output_tokens: 1,
          cache_creation_input_tokens: 0,
          cache_read_input_tokens: 0,
        },
      },
    });
    expect(events[3]?.data).toEqual({
      type: 'content_block_delta',
      index: 0,
      delta: { type: 'text_delta', text: 'Hel' },
    });
    expect(events[6]?.data).toEqual({
      type: 'message_delta',
      delta: { stop_reason: 'end_turn', stop_sequence: null },
      usage: {
        input_tokens: 42,
        output_tokens: 0,
        cache_creation_input_tokens: 0,
        cache_read_input_tokens: 0,
      },
    });
  });

  it('opens one block per tool call, streams input_json_delta and reports tool_use with usage', () => {
    const events = encode(TOOL_STREAM);
    const starts = events.filter((e) => e.data.type === 'content_block_start').map((e) => e.data);
    expect(starts).toEqual([
      { type: 'content_block_start', index: 0, content_block: { type: 'text', text: '' } },
      {
        type: 'content_block_start',
        index: 1,
        content_block: { type: 'tool_use', id: 'call_a', name: 'get_weather', input: {} },
      },
      {
        type: 'content_block_start',
        index: 2,
        content_block: { type: 'tool_use', id: 'call_b', name: 'get_time', input: {} },
      },
    ]);
    const json = events.flatMap((e) =>
      e.data.type === 'content_block_delta' && e.data.delta.type === 'input_json_delta'
        ? [[e.data.index, e.data.delta.partial_json]]
        : [],
    );
    expect(json).toEqual([
      [1, '{"city":'],
      [1, '"Paris"}'],
      [2, '{}'],
    ]);
    const stops = events.filter((e) => e.data.type === 'content_block_stop').map((e) => e.data);
    expect(stops).toEqual([0, 1, 2].map((index) => ({ type: 'content_block_stop', index })));
    expect(events.at(-2)?.data).toEqual({
      type: 'message_delta',
      delta: { stop_reason: 'tool_use', stop_sequence: null },
      usage: {
        input_tokens: 42,
        output_tokens: 12,
        cache_creation_input_tokens: 0,
        cache_read_input_tokens: 8,
      },
    });
  });

  it('is accepted by @anthropic-ai/sdk: messages.stream() assembles the final message', async () => {
    const stream = sdkFor(toSse(encode(TOOL_STREAM))).messages.stream(params);
    const message = await stream.finalMessage();
    expect(message.id).toBe('msg_gh1');
    expect(message.content).toEqual([
      expect.objectContaining({ type: 'text', text: 'Let me check.' }),
      expect.objectContaining({
        type: 'tool_use',
        id: 'call_a',
        name: 'get_weather',
        input: { city: 'Paris' },
      }),
      expect.objectContaining({ type: 'tool_use', id: 'call_b', name: 'get_time', input: {} }),
    ]);
    expect(message.stop_reason).toBe('tool_use');
    expect(message.usage).toMatchObject({
      input_tokens: 42,
      output_tokens: 12,
      cache_read_input_tokens: 8,
    });
  });

  it('is accepted by @anthropic-ai/sdk as a raw event stream (create with stream: true)', async () => {
    const raw = await sdkFor(toSse(encode(TOOL_STREAM))).messages.create({
      ...params,
      stream: true,
    });
    const types: string[] = [];
    for await (const event of raw) types.push(event.type);
    expect(types[0]).toBe('message_start');
    expect(types.slice(-2)).toEqual(['message_delta', 'message_stop']);
    expect(types.filter((t) => t === 'content_block_start')).toHaveLength(3);
  });

  it('carries a whole Anthropic upstream stream through reducer and encoder intact (SDK-checked)', async () => {
    const sse = readFileSync(
      new URL('../../providers/anthropic/__fixtures__/stream-tool-use.sse', import.meta.url),
      'utf8',
    );
    const reducer = createAnthropicStreamReducer({
      model: 'claude-sonnet',
      id: 'chatcmpl-x',
      created: 1,
    });
    const encoder = createAnthropicStreamEncoder(options);
    const events = splitSseText(sse).flatMap((e) =>
      reducer.push(e).flatMap((c) => encoder.push(c)),
    );
    events.push(...encoder.finish(reducer.finish().usage));
    const message = await sdkFor(toSse(events)).messages.stream(params).finalMessage();
    expect(
      message.content.map((b) =>
        b.type === 'tool_use' ? b.input : b.type === 'text' ? b.text : b.type,
      ),
    ).toEqual([
      "Okay, let's check the weather for San Francisco, CA:",
      { location: 'San Francisco, CA' },
      { timezone: 'America/Los_Angeles' },
    ]);
    expect(message.usage).toMatchObject({
      input_tokens: 472,
      output_tokens: 89,
      cache_read_input_tokens: 128,
    });
  });

  it('closes an empty stream properly and ignores anything after finish', () => {
    const encoder = createAnthropicStreamEncoder(options);
    const events = encoder.finish();
    expect(events.map((e) => e.event)).toEqual(['message_start', 'message_delta', 'message_stop']);
    expect(encoder.finish()).toEqual([]);
    expect(encoder.push(chunk({ content: 'late' }))).toEqual([]);
  });
});
