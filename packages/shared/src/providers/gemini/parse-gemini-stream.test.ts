import { describe, expect, it } from 'vitest';
import type { ChatCompletionChunk } from '../../llm/chat-types.js';
import { UpstreamStreamError, type StreamEvent } from '../../llm/provider-adapter.js';
import { readStreamFixture } from './__fixtures__/read-fixture.js';
import { createGeminiStreamReducer } from './parse-gemini-stream.js';

const context = { model: 'fast', id: 'chatcmpl-gh9', created: 1_760_000_000 };

function replay(events: StreamEvent[]) {
  const reducer = createGeminiStreamReducer(context);
  const chunks = events.flatMap((e) => reducer.push(e));
  const { usage } = reducer.finish();
  return { chunks, usage };
}

const deltas = (chunks: ChatCompletionChunk[]) => chunks.map((c) => c.choices[0]);

describe('createGeminiStreamReducer', () => {
  it('streams text chunk by chunk, then the finish reason, with usage from the last chunk', () => {
    const { chunks, usage } = replay(readStreamFixture('stream-text.json'));
    expect(deltas(chunks)).toEqual([
      { index: 0, delta: { role: 'assistant', content: 'The' }, finish_reason: null },
      { index: 0, delta: { content: ' sky is blue because of' }, finish_reason: null },
      { index: 0, delta: { content: ' Rayleigh scattering.' }, finish_reason: null },
      { index: 0, delta: {}, finish_reason: 'stop' },
    ]);
    expect(chunks.every((c) => c.id === '8rEkaJ7UL8Kaz7IP_sqJ-Qc' && c.model === 'fast')).toBe(
      true,
    );
    expect(usage).toEqual({
      prompt_tokens: 9,
      completion_tokens: 75,
      total_tokens: 84,
      prompt_tokens_details: { cached_tokens: 0 },
      completion_tokens_details: { reasoning_tokens: 64 },
    });
  });

  it('streams whole function calls with increasing tool-call indexes and finishes with tool_calls', () => {
    const { chunks } = replay(readStreamFixture('stream-function-calls.json'));
    const calls = chunks.flatMap((c) => c.choices[0]?.delta.tool_calls ?? []);
    expect(calls).toEqual([
      {
        index: 0,
        id: 'call_gh9_0~CiQB0e2Kb7xXo2mZ1qA9ebN3pL0sQ+T5vR/w==',
        type: 'function',
        function: { name: 'get_current_temperature', arguments: '{"location":"Paris"}' },
      },
      {
        index: 1,
        id: 'call_gh9_1',
        type: 'function',
        function: { name: 'get_current_temperature', arguments: '{"location":"London"}' },
      },
    ]);
    expect(chunks.at(-1)?.choices[0]?.finish_reason).toBe('tool_calls');
  });

  it('throws an UpstreamStreamError for an error chunk', () => {
    const reducer = createGeminiStreamReducer(context);
    const error = {
      error: { code: 503, message: 'The model is overloaded.', status: 'UNAVAILABLE' },
    };
    let thrown: unknown;
    try {
      reducer.push({ data: JSON.stringify(error) });
    } catch (caught) {
      thrown = caught;
    }
    expect(thrown).toBeInstanceOf(UpstreamStreamError);
    expect((thrown as UpstreamStreamError).error).toMatchObject({ status: 503, retryable: true });
  });

  it('refuses a stream cut before any candidate finished', () => {
    const reducer = createGeminiStreamReducer(context);
    readStreamFixture('stream-text.json')
      .slice(0, 2)
      .forEach((e) => reducer.push(e));
    expect(() => reducer.finish()).toThrow(/before a finishReason/);
    expect(() => createGeminiStreamReducer(context).finish()).toThrow(/without a chunk/);
  });
});
