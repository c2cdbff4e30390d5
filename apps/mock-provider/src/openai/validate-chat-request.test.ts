import { describe, expect, it } from 'vitest';
import { validateChatRequest, validateEmbeddingsRequest } from './validate-chat-request.js';

const user = { role: 'user', content: 'hi' };

describe('validateChatRequest', () => {
  it('accepts a minimal body', () => {
    expect(validateChatRequest({ model: 'gpt-4o', messages: [user] }).ok).toBe(true);
  });
  it.each([
    [{ model: 'gpt-4o' }, 'messages', "Missing required parameter: 'messages'."],
    [{ messages: [user] }, 'model', "Missing required parameter: 'model'."],
    [
      { model: 'gpt-4o', messages: [user], stream_options: { include_usage: true } },
      'stream_options',
      "The 'stream_options' parameter is only allowed when 'stream' is enabled.",
    ],
    [
      { model: 'gpt-4o', messages: [user], tool_choice: 'auto' },
      'tool_choice',
      "Invalid value for 'tool_choice': 'tool_choice' is only allowed when 'tools' are specified.",
    ],
    [
      { model: 'gpt-4o', messages: [user], response_format: { type: 'json_object' } },
      'messages',
      "'messages' must contain the word 'json' in some form, to use 'response_format' of type 'json_object'.",
    ],
    [
      { model: 'gpt-4o', messages: [user, { role: 'tool', content: 'x' }] },
      'messages.[1].tool_call_id',
      "Missing parameter 'tool_call_id': messages with role 'tool' must have a 'tool_call_id'.",
    ],
  ])('rejects %j with param %s', (body, param, message) => {
    const result = validateChatRequest(body);
    expect(result).toEqual({
      ok: false,
      error: { error: expect.objectContaining({ param, message, type: 'invalid_request_error' }) },
    });
  });
  it('rejects fields the API does not define', () => {
    const result = validateChatRequest({ model: 'gpt-4o', messages: [user], route_hint: 'fast' });
    expect(result).toEqual({
      ok: false,
      error: {
        error: {
          message: 'Unrecognized request argument supplied: route_hint',
          type: 'invalid_request_error',
          param: null,
          code: null,
        },
      },
    });
    expect(validateEmbeddingsRequest({ model: 'm', input: 'a', extra: 1 }).ok).toBe(false);
  });
  it('names nested params the OpenAI way', () => {
    const result = validateChatRequest({
      model: 'gpt-4o',
      messages: [{ role: 'wizard', content: 'x' }],
    });
    expect(result.ok ? null : result.error.error.param).toBe('messages[0].role');
  });
  it('rejects out-of-range numbers', () => {
    const result = validateChatRequest({ model: 'gpt-4o', messages: [user], temperature: 3 });
    expect(result.ok ? null : result.error.error.param).toBe('temperature');
  });
});

describe('validateEmbeddingsRequest', () => {
  it('accepts strings, arrays and token arrays', () => {
    expect(validateEmbeddingsRequest({ model: 'm', input: 'a' }).ok).toBe(true);
    expect(validateEmbeddingsRequest({ model: 'm', input: ['a', 'b'] }).ok).toBe(true);
    expect(validateEmbeddingsRequest({ model: 'm', input: [1, 2, 3] }).ok).toBe(true);
  });
  it('rejects empty input', () => {
    expect(validateEmbeddingsRequest({ model: 'm', input: '' }).ok).toBe(false);
    expect(validateEmbeddingsRequest({ model: 'm' }).ok).toBe(false);
  });
});
