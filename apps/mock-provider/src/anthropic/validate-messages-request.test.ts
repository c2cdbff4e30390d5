import { describe, expect, it } from 'vitest';
import { countAnthropicInputTokens } from './anthropic-prompt-parts.js';
import { toCompletionRequest } from './to-completion-request.js';
import { validateMessagesRequest } from './validate-messages-request.js';

const body = {
  model: 'claude-sonnet-4-5',
  max_tokens: 100,
  messages: [{ role: 'user', content: 'Hello' }],
};

describe('validateMessagesRequest', () => {
  it('accepts a minimal body', () => {
    expect(validateMessagesRequest(body).ok).toBe(true);
  });
  it.each([
    [{ ...body, max_tokens: undefined }, 'max_tokens: Field required'],
    [{ ...body, messages: [] }, 'messages: at least one message is required'],
    [
      { ...body, tool_choice: { type: 'any' } },
      'tool_choice may only be specified while providing tools.',
    ],
    [{ ...body, n: 2 }, 'n: Extra inputs are not permitted'],
    [
      {
        ...body,
        thinking: { type: 'enabled', budget_tokens: 2000 },
        tools: [{ name: 't', input_schema: { type: 'object' } }],
        tool_choice: { type: 'any' },
      },
      'max_tokens must be greater than thinking.budget_tokens. Please consult our documentation at https://docs.claude.com/en/docs/build-with-claude/extended-thinking#max-tokens-and-context-window-size',
    ],
    [
      {
        ...body,
        max_tokens: 4000,
        thinking: { type: 'adaptive' },
        tools: [{ name: 't', input_schema: { type: 'object' } }],
        tool_choice: { type: 'any' },
      },
      'Thinking may not be enabled when tool_choice forces tool use.',
    ],
    [
      { ...body, messages: [{ role: 'user', content: '' }] },
      'messages.0: all messages must have non-empty content except for the optional final assistant message',
    ],
    [
      { ...body, messages: [{ role: 'user', content: [{ type: 'text', text: '' }] }] },
      'messages: text content blocks must be non-empty',
    ],
  ])('rejects %j', (input, message) => {
    expect(validateMessagesRequest(input)).toEqual({
      ok: false,
      error: { type: 'error', error: { type: 'invalid_request_error', message }, request_id: null },
    });
  });
  it('names nested fields with dots', () => {
    const result = validateMessagesRequest({
      ...body,
      messages: [{ role: 'robot', content: 'x' }],
    });
    expect(result.ok ? '' : result.error.error.message).toMatch(/^messages\.0\.role: /);
  });
});

describe('toCompletionRequest', () => {
  it('maps system, tools and tool results', () => {
    const validated = validateMessagesRequest({
      ...body,
      system: [{ type: 'text', text: 'Be brief.' }],
      tools: [{ name: 'lookup', input_schema: { type: 'object', properties: {} } }],
      tool_choice: { type: 'any' },
      messages: [
        { role: 'user', content: 'Find it' },
        { role: 'assistant', content: [{ type: 'tool_use', id: 't1', name: 'lookup', input: {} }] },
        { role: 'user', content: [{ type: 'tool_result', tool_use_id: 't1', content: 'found' }] },
      ],
    });
    if (!validated.ok) throw new Error('expected a valid body');
    const request = toCompletionRequest(validated.body);
    expect(request).toMatchObject({
      lastUserText: 'Find it',
      endsWithToolResult: true,
      toolChoice: { mode: 'required' },
      maxTokens: 100,
    });
    expect(request.tools.map((t) => t.name)).toEqual(['lookup']);
    expect(countAnthropicInputTokens(validated.body)).toBeGreaterThan(
      countAnthropicInputTokens({ model: 'x', messages: [] }),
    );
  });
});
