import { describe, expect, it } from 'vitest';
import type { ChatCompletion } from '../chat-types.js';
import { toAnthropicError } from './to-anthropic-error.js';
import { toAnthropicMessage, toAnthropicStopReason } from './to-anthropic-message.js';

const completion = (
  message: ChatCompletion['choices'][number]['message'],
  finish: 'stop' | 'tool_calls' | 'length' = 'stop',
): ChatCompletion => ({
  id: 'chatcmpl-abc123',
  object: 'chat.completion',
  created: 1_760_000_000,
  model: 'gpt-4o-mini',
  choices: [{ index: 0, message, finish_reason: finish, logprobs: null }],
  usage: {
    prompt_tokens: 1200,
    completion_tokens: 40,
    total_tokens: 1240,
    prompt_tokens_details: { cached_tokens: 1024 },
  },
});

describe('toAnthropicMessage', () => {
  it('builds a Message with a text block, end_turn and usage split into uncached and cache reads', () => {
    expect(
      toAnthropicMessage(completion({ role: 'assistant', content: 'Hello!' }), 'claude-sonnet'),
    ).toEqual({
      id: 'msg_abc123',
      type: 'message',
      role: 'assistant',
      model: 'claude-sonnet',
      content: [{ type: 'text', text: 'Hello!' }],
      stop_reason: 'end_turn',
      stop_sequence: null,
      usage: {
        input_tokens: 176,
        output_tokens: 40,
        cache_creation_input_tokens: 0,
        cache_read_input_tokens: 1024,
      },
    });
  });

  it('turns tool calls into tool_use blocks with parsed input', () => {
    const message = toAnthropicMessage(
      completion(
        {
          role: 'assistant',
          content: null,
          tool_calls: [
            {
              id: 'call_1',
              type: 'function',
              function: { name: 'get_weather', arguments: '{"city":"Paris"}' },
            },
            { id: 'call_2', type: 'function', function: { name: 'broken', arguments: '{"city":' } },
          ],
        },
        'tool_calls',
      ),
      'claude-sonnet',
    );
    expect(message.content).toEqual([
      { type: 'tool_use', id: 'call_1', name: 'get_weather', input: { city: 'Paris' } },
      { type: 'tool_use', id: 'call_2', name: 'broken', input: { _raw_arguments: '{"city":' } },
    ]);
    expect(message.stop_reason).toBe('tool_use');
  });

  it('keeps an empty text block when there is nothing else', () => {
    const message = toAnthropicMessage(
      completion({ role: 'assistant', content: '' }, 'length'),
      'm',
    );
    expect(message.content).toEqual([{ type: 'text', text: '' }]);
    expect(message.stop_reason).toBe('max_tokens');
  });

  it.each([
    ['stop', 'end_turn'],
    ['length', 'max_tokens'],
    ['tool_calls', 'tool_use'],
    ['function_call', 'tool_use'],
    ['content_filter', 'refusal'],
    [null, 'end_turn'],
  ] as const)('finish_reason %s → stop_reason %s', (finish, stop) => {
    expect(toAnthropicStopReason(finish)).toBe(stop);
  });
});

describe('toAnthropicError', () => {
  it.each([
    [400, 'invalid_request_error'],
    [401, 'authentication_error'],
    [403, 'permission_error'],
    [404, 'not_found_error'],
    [413, 'request_too_large'],
    [429, 'rate_limit_error'],
    [500, 'api_error'],
    [502, 'api_error'],
    [503, 'overloaded_error'],
    [504, 'api_error'],
    [422, 'invalid_request_error'],
  ])('%i → %s', (status, type) => {
    expect(toAnthropicError(status, 'why')).toEqual({
      status,
      body: { type: 'error', error: { type, message: 'why' } },
    });
  });
});
