import { describe, expect, it } from 'vitest';
import { ProviderResponseError } from '../../llm/provider-adapter.js';
import { readJsonFixture } from './__fixtures__/read-fixture.js';
import { fromGeminiResponse } from './from-gemini-response.js';
import { thoughtSignatureOf } from './gemini-tool-call-id.js';
import { mapGeminiFinishReason } from './map-gemini-finish-reason.js';

const context = { model: 'fast', id: 'chatcmpl-gh7', created: 1_760_000_000 };

describe('fromGeminiResponse', () => {
  it('translates text (thought summaries left out) and usage with cached and thinking tokens', () => {
    expect(fromGeminiResponse(readJsonFixture('generate-text.json'), context)).toEqual({
      id: 'mAitaLmkHPPlz7IPvtfUqQ4',
      object: 'chat.completion',
      created: 1_760_000_000,
      model: 'fast',
      choices: [
        {
          index: 0,
          message: {
            role: 'assistant',
            content: 'AI learns patterns from data and uses them to make predictions.',
          },
          finish_reason: 'stop',
          logprobs: null,
        },
      ],
      usage: {
        prompt_tokens: 1100,
        completion_tokens: 532,
        total_tokens: 1632,
        prompt_tokens_details: { cached_tokens: 1024 },
        completion_tokens_details: { reasoning_tokens: 520 },
      },
    });
  });

  it('turns functionCall parts into tool calls with generated ids that carry the thought signature', () => {
    const completion = fromGeminiResponse(readJsonFixture('generate-function-calls.json'), context);
    const choice = completion.choices[0];
    expect(choice?.finish_reason).toBe('tool_calls');
    expect(choice?.message.content).toBeNull();
    const calls = choice?.message.tool_calls ?? [];
    expect(calls.map((c) => c.function)).toEqual([
      { name: 'get_current_temperature', arguments: '{"location":"Paris"}' },
      { name: 'get_current_temperature', arguments: '{"location":"London"}' },
    ]);
    expect(calls[0]?.id).toBe('call_gh7_0~CiQB0e2Kb7xXo2mZ1qA9ebN3pL0sQ+T5vR/w==');
    expect(thoughtSignatureOf(calls[0]?.id ?? '')).toBe('CiQB0e2Kb7xXo2mZ1qA9ebN3pL0sQ+T5vR/w==');
    expect(calls[1]?.id).toBe('call_gh7_1');
    expect(completion.usage?.total_tokens).toBe(87);
  });

  it('answers a blocked prompt with an empty content_filter choice', () => {
    const completion = fromGeminiResponse(readJsonFixture('generate-blocked.json'), context);
    expect(completion.choices).toEqual([
      {
        index: 0,
        message: { role: 'assistant', content: '' },
        finish_reason: 'content_filter',
        logprobs: null,
      },
    ]);
    expect(completion.usage?.prompt_tokens).toBe(9);
  });

  it('throws ProviderResponseError for a body of the wrong shape or without candidates', () => {
    expect(() => fromGeminiResponse({ candidates: 'x' }, context)).toThrow(ProviderResponseError);
    expect(() => fromGeminiResponse({}, context)).toThrow(/without candidates/);
  });
});

describe('mapGeminiFinishReason', () => {
  it.each([
    ['STOP', false, 'stop'],
    ['STOP', true, 'tool_calls'],
    ['MAX_TOKENS', false, 'length'],
    ['SAFETY', false, 'content_filter'],
    ['RECITATION', false, 'content_filter'],
    ['PROHIBITED_CONTENT', false, 'content_filter'],
    ['MALFORMED_FUNCTION_CALL', false, 'stop'],
    ['OTHER', false, 'stop'],
  ] as const)('%s (tool calls: %s) → %s', (reason, tools, finish) => {
    expect(mapGeminiFinishReason(reason, tools)).toBe(finish);
  });
});
