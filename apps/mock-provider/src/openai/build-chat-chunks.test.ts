import { describe, expect, it } from 'vitest';
import type { CompletionPlan } from '../core/plan-completion.js';
import { buildChatChunks } from './build-chat-chunks.js';
import { buildChatCompletion } from './build-chat-completion.js';

const meta = { id: 'chatcmpl-1', created: 1, model: 'gpt-4o', forcedTool: false };
const textPlan: CompletionPlan = {
  text: 'Hello there, world.',
  toolCalls: [],
  completionTokens: 5,
  finish: 'stop',
  stopSequence: null,
  reasoning: { text: '', tokens: 0 },
};
const toolPlan: CompletionPlan = {
  text: '',
  toolCalls: [
    {
      idSeed: 'abcdef0123456789',
      name: 'get_weather',
      input: { city: 'Paris' },
      arguments: '{"city":"Paris"}',
    },
  ],
  completionTokens: 9,
  finish: 'tool_calls',
  stopSequence: null,
  reasoning: { text: '', tokens: 0 },
};

type Chunk = {
  choices: { index: number; delta: Record<string, unknown>; finish_reason: string | null }[];
  usage?: unknown;
};

describe('buildChatChunks', () => {
  it('streams the text as deltas that join to the answer, then finish and usage', () => {
    const chunks = buildChatChunks(
      meta,
      [textPlan],
      { tokens: 7, cachedTokens: 0 },
      true,
    ) as Chunk[];
    const text = chunks
      .flatMap((c) =>
        c.choices.map((ch) => (typeof ch.delta.content === 'string' ? ch.delta.content : '')),
      )
      .join('');
    expect(text).toBe('Hello there, world.');
    expect(chunks[0]?.choices[0]?.delta).toEqual({ role: 'assistant', content: '', refusal: null });
    expect(chunks.at(-2)?.choices[0]?.finish_reason).toBe('stop');
    expect(chunks.at(-1)).toMatchObject({
      choices: [],
      usage: { prompt_tokens: 7, completion_tokens: 5, total_tokens: 12 },
    });
    expect(chunks.slice(0, -1).every((c) => c.usage === null)).toBe(true);
  });
  it('leaves usage out without include_usage', () => {
    const chunks = buildChatChunks(
      meta,
      [textPlan],
      { tokens: 7, cachedTokens: 0 },
      false,
    ) as Chunk[];
    expect(chunks.every((c) => !('usage' in c))).toBe(true);
  });
  it('streams tool-call arguments as incremental pieces', () => {
    const chunks = buildChatChunks(
      meta,
      [toolPlan],
      { tokens: 7, cachedTokens: 0 },
      false,
    ) as Chunk[];
    type Call = { id?: string; function: { name?: string; arguments: string } };
    const calls = chunks.flatMap(
      (c) => (c.choices[0]?.delta.tool_calls as Call[] | undefined) ?? [],
    );
    expect(calls[0]).toMatchObject({
      id: 'call_abcdef0123456789abcdef01',
      function: { name: 'get_weather', arguments: '' },
    });
    expect(calls.length).toBeGreaterThan(2);
    expect(calls.map((c) => c.function.arguments).join('')).toBe('{"city":"Paris"}');
    expect(chunks.at(-1)?.choices[0]?.finish_reason).toBe('tool_calls');
  });
});

describe('buildChatCompletion', () => {
  it('returns content, finish reason and summed usage for n choices', () => {
    const completion = buildChatCompletion(meta, [textPlan, textPlan], {
      tokens: 7,
      cachedTokens: 4,
    });
    expect(completion.choices.map((c) => c.message.content)).toEqual([
      'Hello there, world.',
      'Hello there, world.',
    ]);
    expect(completion.usage).toMatchObject({
      prompt_tokens: 7,
      completion_tokens: 10,
      total_tokens: 17,
      prompt_tokens_details: { cached_tokens: 4 },
    });
  });
  it('reports "stop" for a forced named tool, as OpenAI does', () => {
    const completion = buildChatCompletion({ ...meta, forcedTool: true }, [toolPlan], {
      tokens: 7,
      cachedTokens: 0,
    });
    expect(completion.choices[0]?.finish_reason).toBe('stop');
    expect(completion.choices[0]?.message.content).toBeNull();
  });
});
