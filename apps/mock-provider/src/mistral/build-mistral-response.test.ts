import { describe, expect, it } from 'vitest';
import type { CompletionPlan } from '../core/plan-completion.js';
import {
  buildMistralChunks,
  buildMistralCompletion,
  mistralToolCallId,
} from './build-mistral-response.js';

const meta = { id: 'abc', created: 1, model: 'mistral-small-latest', promptTokens: 10 };
const base = { stopSequence: null, reasoning: { text: '', tokens: 0 } };
const text: CompletionPlan = {
  ...base,
  text: 'Hi there',
  toolCalls: [],
  completionTokens: 2,
  finish: 'stop',
};
const tool: CompletionPlan = {
  ...base,
  text: '',
  toolCalls: [{ idSeed: '00ff00ff00ff00ff', name: 'f', input: {}, arguments: '{"a":1}' }],
  completionTokens: 7,
  finish: 'tool_calls',
};

describe('mistralToolCallId', () => {
  it('is 9 letters and digits, stable per seed', () => {
    expect(mistralToolCallId('00ff00ff00ff00ff')).toMatch(/^[A-Za-z0-9]{9}$/);
    expect(mistralToolCallId('00ff00ff00ff00ff')).toBe(mistralToolCallId('00ff00ff00ff00ff'));
    expect(mistralToolCallId('00ff00ff00ff00fe')).not.toBe(mistralToolCallId('00ff00ff00ff00ff'));
  });
});

describe('buildMistralCompletion', () => {
  it('answers with usage, null tool_calls for text, and tool calls with their index', () => {
    const completion = buildMistralCompletion(meta, [text, tool]);
    expect(completion.usage).toEqual({ prompt_tokens: 10, completion_tokens: 9, total_tokens: 19 });
    expect(completion.choices[0]?.message.tool_calls).toBeNull();
    expect(completion.choices[1]?.message.tool_calls).toEqual([
      {
        id: mistralToolCallId('00ff00ff00ff00ff'),
        type: 'function',
        function: { name: 'f', arguments: '{"a":1}' },
        index: 0,
      },
    ]);
    expect(completion.choices[1]?.finish_reason).toBe('tool_calls');
  });
});

describe('buildMistralChunks', () => {
  it('puts usage on the last chunk only and sends tool calls whole without index', () => {
    const chunks = buildMistralChunks(meta, [text, tool]) as {
      choices: { index: number; delta: Record<string, unknown>; finish_reason: string | null }[];
      usage?: unknown;
    }[];
    expect(chunks.map((c) => [c.choices[0]?.index, c.choices[0]?.finish_reason])).toEqual([
      [0, null],
      [0, null],
      [0, null],
      [0, 'stop'],
      [1, null],
      [1, 'tool_calls'],
    ]);
    expect(chunks.slice(0, -1).every((c) => c.usage === undefined)).toBe(true);
    expect(chunks.at(-1)?.usage).toEqual({
      prompt_tokens: 10,
      completion_tokens: 9,
      total_tokens: 19,
    });
    expect(chunks.at(-1)?.choices[0]?.delta).toEqual({
      content: null,
      tool_calls: [
        {
          id: mistralToolCallId('00ff00ff00ff00ff'),
          function: { name: 'f', arguments: '{"a":1}' },
        },
      ],
    });
  });
});
