import { describe, expect, it } from 'vitest';
import { parseChatRequest } from './parse-chat-request.js';

const user = { role: 'user', content: 'Hello' };
const base = { model: 'gpt-4o-mini', messages: [user] };

function errorOf(body: unknown) {
  const result = parseChatRequest(body);
  if (result.ok) throw new Error('expected a parse failure');
  return result.error;
}

describe('parseChatRequest', () => {
  it('parses a full request and keeps unknown top-level fields apart in extra', () => {
    const result = parseChatRequest({
      ...base,
      messages: [
        { role: 'system', content: 'Be brief.' },
        { role: 'user', content: [{ type: 'image_url', image_url: { url: 'https://x/y.png' } }] },
        {
          role: 'assistant',
          tool_calls: [
            { id: 'call_1', type: 'function', function: { name: 'f', arguments: '{}' } },
          ],
        },
        { role: 'tool', tool_call_id: 'call_1', content: '42' },
      ],
      stream: true,
      stream_options: { include_usage: true },
      temperature: 0.2,
      tools: [{ type: 'function', function: { name: 'f', parameters: { type: 'object' } } }],
      tool_choice: 'auto',
      logit_bias: { '50256': -100 },
      reasoning_effort: 'low',
    });
    expect(result).toEqual({
      ok: true,
      request: {
        model: 'gpt-4o-mini',
        messages: [
          { role: 'system', content: 'Be brief.' },
          { role: 'user', content: [{ type: 'image_url', image_url: { url: 'https://x/y.png' } }] },
          {
            role: 'assistant',
            content: null,
            tool_calls: [
              { id: 'call_1', type: 'function', function: { name: 'f', arguments: '{}' } },
            ],
          },
          { role: 'tool', tool_call_id: 'call_1', content: '42' },
        ],
        stream: true,
        stream_options: { include_usage: true },
        temperature: 0.2,
        tools: [{ type: 'function', function: { name: 'f', parameters: { type: 'object' } } }],
        tool_choice: 'auto',
        extra: { logit_bias: { '50256': -100 }, reasoning_effort: 'low' },
      },
    });
  });

  it('omits extra when every field is modelled and drops unknown nested keys', () => {
    const result = parseChatRequest({ ...base, messages: [{ ...user, cache: true }] });
    expect(result).toEqual({ ok: true, request: base });
  });

  it.each([
    [
      'a missing model',
      { messages: [user] },
      "Missing required parameter: 'model'.",
      'model',
      'missing_required_parameter',
    ],
    [
      'empty messages',
      { model: 'm', messages: [] },
      "Invalid 'messages': empty array. Expected an array with minimum length 1, but got an empty array instead.",
      'messages',
      'empty_array',
    ],
    [
      'an unknown role',
      { model: 'm', messages: [{ role: 'robot', content: 'x' }] },
      "Invalid value: 'robot'. Supported values are: 'system', 'developer', 'user', 'assistant', and 'tool'.",
      'messages[0].role',
      'invalid_value',
    ],
    [
      'a missing role',
      { model: 'm', messages: [{ content: 'x' }] },
      "Missing required parameter: 'messages[0].role'.",
      'messages[0].role',
      'missing_required_parameter',
    ],
    [
      'content of the wrong type',
      { model: 'm', messages: [{ role: 'user', content: 3 }] },
      "Invalid type for 'messages[0].content': expected one of a string or an array, but got an integer instead.",
      'messages[0].content',
      'invalid_type',
    ],
    [
      'a decimal n',
      { ...base, n: 1.5 },
      "Invalid type for 'n': expected an integer, but got a decimal number instead.",
      'n',
      'invalid_type',
    ],
    [
      'n below one',
      { ...base, n: 0 },
      "Invalid 'n': integer below minimum value. Expected a value >= 1, but got 0 instead.",
      'n',
      'integer_below_min_value',
    ],
    [
      'temperature above two',
      { ...base, temperature: 2.5 },
      "Invalid 'temperature': decimal above maximum value. Expected a value <= 2, but got 2.5 instead.",
      'temperature',
      'decimal_above_max_value',
    ],
    [
      'five stop sequences',
      { ...base, stop: ['a', 'b', 'c', 'd', 'e'] },
      "Invalid 'stop': array too long. Expected an array with maximum length 4, but got an array with length 5 instead.",
      'stop',
      'array_above_max_length',
    ],
    [
      'a string stream flag',
      { ...base, stream: 'yes' },
      "Invalid type for 'stream': expected a boolean, but got a string instead.",
      'stream',
      'invalid_type',
    ],
    [
      'an image in a system message',
      {
        model: 'm',
        messages: [{ role: 'system', content: [{ type: 'image_url', image_url: { url: 'u' } }] }],
      },
      "Invalid value: 'image_url'. Supported values are: 'text'.",
      'messages[0].content[0].type',
      'invalid_value',
    ],
    [
      'a tool name with spaces',
      { ...base, tools: [{ type: 'function', function: { name: 'get weather' } }] },
      "Invalid 'tools[0].function.name': string does not match pattern. Expected a string that matches the pattern '^[a-zA-Z0-9_-]{1,64}$'.",
      'tools[0].function.name',
      'invalid_value',
    ],
    [
      'a named tool choice without its function',
      {
        ...base,
        tools: [{ type: 'function', function: { name: 'f' } }],
        tool_choice: { type: 'function' },
      },
      "Missing required parameter: 'tool_choice.function'.",
      'tool_choice.function',
      'missing_required_parameter',
    ],
    [
      'an unknown tool choice',
      { ...base, tools: [{ type: 'function', function: { name: 'f' } }], tool_choice: 'maybe' },
      "Invalid value: 'maybe'. Supported values are: 'none', 'auto', and 'required'.",
      'tool_choice',
      'invalid_value',
    ],
    [
      'a text part without text',
      { model: 'm', messages: [{ role: 'user', content: [{ type: 'text' }] }] },
      "Missing required parameter: 'messages[0].content[0].text'.",
      'messages[0].content[0].text',
      'missing_required_parameter',
    ],
  ])('refuses %s', (_name, body, message, param, code) => {
    expect(errorOf(body)).toEqual({
      status: 400,
      type: 'invalid_request_error',
      message,
      param,
      code,
    });
  });

  it.each([
    [
      { ...base, stream_options: { include_usage: true } },
      "The 'stream_options' parameter is only allowed when 'stream' is enabled.",
      'stream_options',
    ],
    [
      { model: 'm', messages: [{ role: 'tool', content: 'x' }] },
      "Missing parameter 'tool_call_id': messages with role 'tool' must have a 'tool_call_id'.",
      'messages[0].tool_call_id',
    ],
    [
      { model: 'm', messages: [user, { role: 'assistant' }] },
      "Missing required parameter: 'messages[1].content'.",
      'messages[1].content',
    ],
    [
      { ...base, tool_choice: 'required' },
      "Invalid value for 'tool_choice': 'tool_choice' is only allowed when 'tools' are specified.",
      'tool_choice',
    ],
    [
      { ...base, parallel_tool_calls: false },
      "Invalid value for 'parallel_tool_calls': 'parallel_tool_calls' is only allowed when 'tools' are specified.",
      'parallel_tool_calls',
    ],
    [
      { ...base, response_format: { type: 'json_object' } },
      "'messages' must contain the word 'json' in some form, to use 'response_format' of type 'json_object'.",
      'messages',
    ],
  ])('applies the cross-field rule: %j', (body, message, param) => {
    const error = errorOf(body);
    expect(error.message).toBe(message);
    expect(error.param).toBe(param);
    expect(error.status).toBe(400);
  });

  it('refuses a body that is not an object', () => {
    expect(errorOf([base])).toMatchObject({ param: null, code: 'invalid_type' });
    expect(errorOf('hello').message).toBe('Invalid request body: expected a JSON object.');
  });

  it('accepts stream_options with stream and json_object when the prompt says json', () => {
    const result = parseChatRequest({
      model: 'm',
      messages: [{ role: 'user', content: 'Answer in JSON.' }],
      stream: true,
      stream_options: null,
      response_format: { type: 'json_object' },
    });
    expect(result.ok).toBe(true);
  });
});
