import { describe, expect, it } from 'vitest';
import type { ChatCompletionChunk } from '../../llm/chat-types.js';
import {
  ProviderResponseError,
  UpstreamStreamError,
  type StreamEvent,
} from '../../llm/provider-adapter.js';
import { readSseFixture } from './__fixtures__/read-fixture.js';
import { createAnthropicStreamReducer } from './parse-anthropic-stream.js';

const context = { model: 'claude-sonnet', id: 'chatcmpl-gh1', created: 1_760_000_000 };

function replay(events: StreamEvent[]) {
  const reducer = createAnthropicStreamReducer(context);
  const perEvent = events.map((e) => reducer.push(e));
  const { usage } = reducer.finish();
  return { chunks: perEvent.flat(), perEvent, usage };
}

const deltas = (chunks: ChatCompletionChunk[]) => chunks.map((c) => c.choices[0]?.delta);
const text = (chunks: ChatCompletionChunk[]) =>
  chunks.map((c) => c.choices[0]?.delta.content ?? '').join('');

describe('createAnthropicStreamReducer', () => {
  it('streams text event by event with the message id, then the finish reason and usage', () => {
    const { chunks, perEvent, usage } = replay(readSseFixture('stream-text.sse'));
    // message_start, block start, ping, 2 deltas, block stop, message_delta, message_stop
    expect(perEvent.map((c) => c.length)).toEqual([1, 0, 0, 1, 1, 0, 1, 0]);
    expect(chunks.every((c) => c.id === 'msg_1nZdL29xx5MUA1yADyHTEsnR8uuvGzszyY')).toBe(true);
    expect(chunks[0]).toEqual({
      id: 'msg_1nZdL29xx5MUA1yADyHTEsnR8uuvGzszyY',
      object: 'chat.completion.chunk',
      created: 1_760_000_000,
      model: 'claude-sonnet',
      choices: [{ index: 0, delta: { role: 'assistant', content: '' }, finish_reason: null }],
    });
    expect(text(chunks)).toBe('Hello!');
    expect(chunks.at(-1)?.choices[0]).toEqual({ index: 0, delta: {}, finish_reason: 'stop' });
    expect(usage).toEqual({
      prompt_tokens: 25,
      completion_tokens: 15,
      total_tokens: 40,
      prompt_tokens_details: { cached_tokens: 0 },
    });
  });

  it('numbers tool calls 0, 1, ... and streams their arguments, skipping thinking', () => {
    const { chunks, usage } = replay(readSseFixture('stream-tool-use.sse'));
    expect(text(chunks)).toBe("Okay, let's check the weather for San Francisco, CA:");
    const toolDeltas = deltas(chunks).flatMap((d) => d?.tool_calls ?? []);
    expect(toolDeltas).toEqual([
      {
        index: 0,
        id: 'toolu_01T1x1fJ34qAmk2tNTrN7Up6',
        type: 'function',
        function: { name: 'get_weather', arguments: '' },
      },
      { index: 0, function: { arguments: '{"location":' } },
      { index: 0, function: { arguments: ' "San Francisco, CA"}' } },
      {
        index: 1,
        id: 'toolu_01Pq2Kc9mzDqeMb1pWJz7Tx4',
        type: 'function',
        function: { name: 'get_time', arguments: '' },
      },
      { index: 1, function: { arguments: '{"timezone": "America/Los_Angeles"}' } },
    ]);
    const args = toolDeltas
      .filter((d) => d.index === 0)
      .map((d) => d.function?.arguments)
      .join('');
    expect(JSON.parse(args)).toEqual({ location: 'San Francisco, CA' });
    expect(chunks.at(-1)?.choices[0]?.finish_reason).toBe('tool_calls');
    expect(usage).toEqual({
      prompt_tokens: 600,
      completion_tokens: 89,
      total_tokens: 689,
      prompt_tokens_details: { cached_tokens: 128 },
    });
  });

  it('throws an UpstreamStreamError (503, retryable) on an overloaded error event', () => {
    const events = readSseFixture('stream-error.sse');
    const reducer = createAnthropicStreamReducer(context);
    const before = events.slice(0, -1).flatMap((e) => reducer.push(e));
    expect(text(before)).toBe('Once upon');
    let thrown: unknown;
    try {
      reducer.push(events.at(-1) as StreamEvent);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(UpstreamStreamError);
    const { error } = thrown as UpstreamStreamError;
    expect(error).toMatchObject({ status: 503, code: 'upstream_unavailable', retryable: true });
    expect(error.message).toContain('Overloaded');
  });

  it('refuses a stream that ends before message_stop', () => {
    const reducer = createAnthropicStreamReducer(context);
    readSseFixture('stream-text.sse')
      .slice(0, 4)
      .forEach((e) => reducer.push(e));
    expect(() => reducer.finish()).toThrow(/before message_stop/);
  });

  it('throws ProviderResponseError for data that is not JSON', () => {
    const reducer = createAnthropicStreamReducer(context);
    expect(() => reducer.push({ event: 'message_start', data: '{oops' })).toThrow(
      ProviderResponseError,
    );
  });

  it('ignores event types it does not know', () => {
    const reducer = createAnthropicStreamReducer(context);
    expect(reducer.push({ event: 'future_event', data: '{"type":"future_event"}' })).toEqual([]);
  });
});
