import { describe, expect, it } from 'vitest';
import { ProviderResponseError } from '../../llm/provider-adapter.js';
import { readJsonFixture } from './__fixtures__/read-fixture.js';
import { fromAnthropicResponse } from './from-anthropic-response.js';
import { mapAnthropicStopReason } from './map-anthropic-stop-reason.js';

const context = { model: 'claude-sonnet', id: 'chatcmpl-gh1', created: 1_760_000_000 };

describe('fromAnthropicResponse', () => {
  it('translates a text message with usage', () => {
    expect(fromAnthropicResponse(readJsonFixture('message-text.json'), context)).toEqual({
      id: 'msg_013Zva2CMHLNnXjNJJKqJ2EF',
      object: 'chat.completion',
      created: 1_760_000_000,
      model: 'claude-sonnet',
      choices: [
        {
          index: 0,
          message: { role: 'assistant', content: 'Hi! My name is Claude.' },
          finish_reason: 'stop',
          logprobs: null,
        },
      ],
      usage: {
        prompt_tokens: 2095,
        completion_tokens: 503,
        total_tokens: 2598,
        prompt_tokens_details: { cached_tokens: 0 },
      },
    });
  });

  it('turns tool_use blocks into tool calls, skips thinking and counts cache tokens in the prompt', () => {
    const completion = fromAnthropicResponse(readJsonFixture('message-tool-use.json'), context);
    expect(completion.choices[0]?.message).toEqual({
      role: 'assistant',
      content: "I'll check the current weather in San Francisco for you.",
      tool_calls: [
        {
          id: 'toolu_01A09q90qw90lq917835lq9',
          type: 'function',
          function: {
            name: 'get_weather',
            arguments: '{"location":"San Francisco, CA","unit":"celsius"}',
          },
        },
      ],
    });
    expect(completion.choices[0]?.finish_reason).toBe('tool_calls');
    // 472 uncached + 1024 written to the cache + 2048 read from it
    expect(completion.usage).toEqual({
      prompt_tokens: 3544,
      completion_tokens: 89,
      total_tokens: 3633,
      prompt_tokens_details: { cached_tokens: 2048 },
    });
  });

  it('gives content null when the message is only tool calls', () => {
    const completion = fromAnthropicResponse(
      {
        id: 'msg_1',
        type: 'message',
        content: [{ type: 'tool_use', id: 'toolu_1', name: 'now', input: {} }],
        stop_reason: 'tool_use',
        usage: { input_tokens: 5, output_tokens: 3 },
      },
      context,
    );
    expect(completion.choices[0]?.message.content).toBeNull();
    expect(completion.choices[0]?.message.tool_calls?.[0]?.function.arguments).toBe('{}');
  });

  it('throws ProviderResponseError for a body of the wrong shape', () => {
    expect(() => fromAnthropicResponse({ id: 'x', content: 'nope' }, context)).toThrow(
      ProviderResponseError,
    );
  });
});

describe('mapAnthropicStopReason', () => {
  it.each([
    ['end_turn', 'stop'],
    ['stop_sequence', 'stop'],
    ['max_tokens', 'length'],
    ['model_context_window_exceeded', 'length'],
    ['tool_use', 'tool_calls'],
    ['refusal', 'content_filter'],
    ['pause_turn', 'stop'],
    ['something_new', 'stop'],
  ])('%s → %s', (reason, finish) => {
    expect(mapAnthropicStopReason(reason)).toBe(finish);
  });

  it('keeps a missing stop reason null', () => {
    expect(mapAnthropicStopReason(null)).toBeNull();
  });
});
