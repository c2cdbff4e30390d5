import { describe, expect, it } from 'vitest';
import type { AnthropicMessagesRequest } from './anthropic-messages-schema.js';
import { parseAnthropicMessagesRequest } from './parse-anthropic-messages-request.js';
import { toChatRequest } from './to-chat-request.js';

function parse(body: Record<string, unknown>): AnthropicMessagesRequest {
  const parsed = parseAnthropicMessagesRequest({
    model: 'claude-sonnet',
    max_tokens: 300,
    ...body,
  });
  if (!parsed.ok) throw new Error(parsed.error.body.error.message);
  return parsed.request;
}

describe('toChatRequest', () => {
  it('maps the basics: system first, max_tokens, stop, sampling, user, stream with usage', () => {
    const request = parse({
      system: [
        { type: 'text', text: 'Be brief.' },
        { type: 'text', text: 'Answer in French.' },
      ],
      messages: [{ role: 'user', content: 'Hello' }],
      stop_sequences: ['END'],
      temperature: 0.2,
      top_p: 0.9,
      top_k: 40,
      metadata: { user_id: 'u-1' },
      stream: true,
    });
    expect(toChatRequest(request)).toEqual({
      model: 'claude-sonnet',
      messages: [
        { role: 'system', content: 'Be brief.\n\nAnswer in French.' },
        { role: 'user', content: 'Hello' },
      ],
      max_completion_tokens: 300,
      stop: ['END'],
      temperature: 0.2,
      top_p: 0.9,
      user: 'u-1',
      stream: true,
      stream_options: { include_usage: true },
    });
  });

  it('turns tool_use into tool calls and tool_result blocks into tool messages before the turn’s text', () => {
    const request = parse({
      messages: [
        { role: 'user', content: 'Weather in Paris?' },
        {
          role: 'assistant',
          content: [
            { type: 'thinking', thinking: 'call the tool', signature: 'sig' },
            { type: 'text', text: 'Checking.' },
            { type: 'tool_use', id: 'toolu_1', name: 'get_weather', input: { city: 'Paris' } },
          ],
        },
        {
          role: 'user',
          content: [
            {
              type: 'tool_result',
              tool_use_id: 'toolu_1',
              content: [{ type: 'text', text: '18°C' }],
            },
            { type: 'text', text: 'Warm enough?' },
          ],
        },
      ],
    });
    expect(toChatRequest(request).messages).toEqual([
      { role: 'user', content: 'Weather in Paris?' },
      {
        role: 'assistant',
        content: 'Checking.',
        tool_calls: [
          {
            id: 'toolu_1',
            type: 'function',
            function: { name: 'get_weather', arguments: '{"city":"Paris"}' },
          },
        ],
      },
      { role: 'tool', tool_call_id: 'toolu_1', content: '18°C' },
      { role: 'user', content: 'Warm enough?' },
    ]);
  });

  it('marks failed tool results and moves their images to a user message', () => {
    const png = { type: 'base64', media_type: 'image/png', data: 'iVBORw0KGgo=' };
    const request = parse({
      messages: [
        { role: 'user', content: 'Screenshot?' },
        { role: 'assistant', content: [{ type: 'tool_use', id: 't1', name: 'shot', input: {} }] },
        {
          role: 'user',
          content: [
            {
              type: 'tool_result',
              tool_use_id: 't1',
              is_error: true,
              content: [
                { type: 'text', text: 'partial capture' },
                { type: 'image', source: png },
              ],
            },
          ],
        },
      ],
    });
    expect(toChatRequest(request).messages.slice(1)).toEqual([
      {
        role: 'assistant',
        content: null,
        tool_calls: [{ id: 't1', type: 'function', function: { name: 'shot', arguments: '{}' } }],
      },
      { role: 'tool', tool_call_id: 't1', content: 'Error: partial capture' },
      {
        role: 'user',
        content: [{ type: 'image_url', image_url: { url: 'data:image/png;base64,iVBORw0KGgo=' } }],
      },
    ]);
  });

  it('maps image blocks to image_url parts (base64 as data URLs)', () => {
    const request = parse({
      messages: [
        {
          role: 'user',
          content: [
            { type: 'text', text: 'Compare' },
            { type: 'image', source: { type: 'base64', media_type: 'image/jpeg', data: '/9j/' } },
            { type: 'image', source: { type: 'url', url: 'https://example.com/cat.png' } },
          ],
        },
      ],
    });
    expect(toChatRequest(request).messages[0]).toEqual({
      role: 'user',
      content: [
        { type: 'text', text: 'Compare' },
        { type: 'image_url', image_url: { url: 'data:image/jpeg;base64,/9j/' } },
        { type: 'image_url', image_url: { url: 'https://example.com/cat.png' } },
      ],
    });
  });

  it('maps tools, every tool_choice and disable_parallel_tool_use', () => {
    const schema = { type: 'object', properties: { city: { type: 'string' } } };
    const tools = [{ name: 'get_weather', description: 'Weather', input_schema: schema }];
    const withChoice = (tool_choice: unknown) =>
      toChatRequest(parse({ messages: [{ role: 'user', content: 'x' }], tools, tool_choice }));
    expect(withChoice({ type: 'auto' })).toMatchObject({
      tools: [
        {
          type: 'function',
          function: { name: 'get_weather', description: 'Weather', parameters: schema },
        },
      ],
      tool_choice: 'auto',
    });
    expect(withChoice({ type: 'any' }).tool_choice).toBe('required');
    expect(withChoice({ type: 'none' }).tool_choice).toBe('none');
    expect(withChoice({ type: 'tool', name: 'get_weather' }).tool_choice).toEqual({
      type: 'function',
      function: { name: 'get_weather' },
    });
    expect(withChoice({ type: 'any', disable_parallel_tool_use: true }).parallel_tool_calls).toBe(
      false,
    );
    expect(withChoice({ type: 'auto' }).parallel_tool_calls).toBeUndefined();
  });

  it('maps output_config.format to a strict json_schema response_format', () => {
    const schema = { type: 'object', properties: { n: { type: 'integer' } } };
    const request = parse({
      messages: [{ role: 'user', content: 'Count' }],
      output_config: { format: { type: 'json_schema', schema } },
    });
    expect(toChatRequest(request).response_format).toEqual({
      type: 'json_schema',
      json_schema: { name: 'output', schema, strict: true },
    });
  });
});
