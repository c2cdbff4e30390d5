import { describe, expect, it } from 'vitest';
import { parseAnthropicMessagesRequest } from './parse-anthropic-messages-request.js';

const valid = {
  model: 'claude-sonnet',
  max_tokens: 256,
  messages: [{ role: 'user', content: 'Hello' }],
};

function rejection(body: unknown): string {
  const parsed = parseAnthropicMessagesRequest(body);
  if (parsed.ok) throw new Error('expected the body to be rejected');
  expect(parsed.error.status).toBe(400);
  expect(parsed.error.body.type).toBe('error');
  expect(parsed.error.body.error.type).toBe('invalid_request_error');
  return parsed.error.body.error.message;
}

const toolTurns = [
  { role: 'user', content: 'Weather in Paris?' },
  {
    role: 'assistant',
    content: [{ type: 'tool_use', id: 'toolu_1', name: 'get_weather', input: { city: 'Paris' } }],
  },
];
const weatherTool = {
  name: 'get_weather',
  input_schema: { type: 'object', properties: { city: { type: 'string' } } },
};

describe('parseAnthropicMessagesRequest', () => {
  it('accepts a minimal request and a full one', () => {
    expect(parseAnthropicMessagesRequest(valid)).toEqual({ ok: true, request: valid });
    const full = {
      ...valid,
      system: [{ type: 'text', text: 'Be brief.', cache_control: { type: 'ephemeral' } }],
      messages: [
        ...toolTurns,
        {
          role: 'user',
          content: [{ type: 'tool_result', tool_use_id: 'toolu_1', content: '18°C' }],
        },
        { role: 'assistant', content: 'It is' },
      ],
      tools: [weatherTool],
      tool_choice: { type: 'auto', disable_parallel_tool_use: true },
      stop_sequences: ['END'],
      stream: true,
      temperature: 0.5,
      top_p: 0.9,
      top_k: 40,
      metadata: { user_id: 'u-1' },
      thinking: { type: 'disabled' },
      service_tier: 'auto',
    };
    expect(parseAnthropicMessagesRequest(full).ok).toBe(true);
  });

  it('requires max_tokens, a model and messages, in the API’s words', () => {
    expect(rejection({ model: 'm', messages: valid.messages })).toBe('max_tokens: Field required');
    expect(rejection({ max_tokens: 1, messages: valid.messages })).toBe('model: Field required');
    expect(rejection({ ...valid, messages: [] })).toBe(
      'messages: at least one message is required',
    );
    expect(rejection({ ...valid, max_tokens: 0 })).toMatch(/^max_tokens: /);
    expect(rejection([])).toBe('Input should be a valid dictionary');
    expect(rejection({ ...valid, max_tokens: '5' })).toBe(
      'max_tokens: Invalid input: expected number, received string',
    );
  });

  it('rejects unknown top-level fields as the API does', () => {
    expect(rejection({ ...valid, frequency_penalty: 1 })).toBe(
      'frequency_penalty: Extra inputs are not permitted',
    );
  });

  it('checks roles, content and sampling ranges', () => {
    expect(rejection({ ...valid, messages: [{ role: 'tool', content: 'x' }] })).toMatch(
      /^messages\.0\.role: /,
    );
    expect(rejection({ ...valid, messages: [{ role: 'user', content: '' }] })).toBe(
      'messages.0: all messages must have non-empty content except for the optional final assistant message',
    );
    expect(
      rejection({ ...valid, messages: [{ role: 'user', content: [{ type: 'text', text: '' }] }] }),
    ).toBe('messages: text content blocks must be non-empty');
    expect(rejection({ ...valid, temperature: 1.5 })).toMatch(/^temperature: /);
    expect(
      rejection({ ...valid, messages: [{ role: 'user', content: [{ type: 'audio' }] }] }),
    ).toBe('messages.0.content.0.type: Input tag "audio" does not match any of the expected tags');
  });

  it('allows consecutive turns of one role and a final empty assistant prefill', () => {
    const body = {
      ...valid,
      messages: [
        { role: 'user', content: 'One' },
        { role: 'user', content: 'Two' },
        { role: 'assistant', content: '' },
      ],
    };
    expect(parseAnthropicMessagesRequest(body).ok).toBe(true);
  });

  it('requires every tool_use to be answered by a tool_result in the next turn, and vice versa', () => {
    expect(
      rejection({
        ...valid,
        tools: [weatherTool],
        messages: [...toolTurns, { role: 'user', content: 'And?' }],
      }),
    ).toMatch(
      /^messages\.2: `tool_use` ids were found without `tool_result` blocks immediately after: toolu_1/,
    );
    expect(
      rejection({
        ...valid,
        messages: [
          {
            role: 'user',
            content: [{ type: 'tool_result', tool_use_id: 'toolu_9', content: 'x' }],
          },
        ],
      }),
    ).toMatch(/unexpected `tool_use_id` found in `tool_result` blocks: toolu_9/);
  });

  it('checks tool_choice against the tools', () => {
    expect(rejection({ ...valid, tool_choice: { type: 'any' } })).toBe(
      'tool_choice may only be specified while providing tools.',
    );
    expect(
      rejection({ ...valid, tools: [weatherTool], tool_choice: { type: 'tool', name: 'nope' } }),
    ).toBe("tool_choice.name: Tool 'nope' not found in provided tools");
    expect(
      rejection({ ...valid, tools: [{ name: 'bad name!', input_schema: { type: 'object' } }] }),
    ).toMatch(/^tools\.0\.name: String should match pattern/);
  });

  it('refuses what other providers cannot receive: server tools, documents, file images, MCP', () => {
    expect(
      rejection({ ...valid, tools: [{ type: 'web_search_20250305', name: 'web_search' }] }),
    ).toMatch(/^tools\.0: server tool 'web_search_20250305' is not supported/);
    const document = { type: 'document', source: { type: 'url', url: 'https://x.test/a.pdf' } };
    expect(rejection({ ...valid, messages: [{ role: 'user', content: [document] }] })).toMatch(
      /^messages\.0\.content\.0: document blocks are not supported/,
    );
    const file = { type: 'image', source: { type: 'file', file_id: 'file_1' } };
    expect(rejection({ ...valid, messages: [{ role: 'user', content: [file] }] })).toMatch(
      /file sources/,
    );
    expect(
      rejection({ ...valid, mcp_servers: [{ type: 'url', url: 'https://mcp.test' }] }),
    ).toMatch(/^mcp_servers: /);
  });
});
