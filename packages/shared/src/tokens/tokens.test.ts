import { describe, expect, it } from 'vitest';
import type { ChatRequest } from '../llm/chat-types.js';
import { countTextTokens } from './count-text-tokens.js';
import { estimateChatInputTokens } from './estimate-chat-input-tokens.js';
import { estimateEmbeddingInputTokens } from './estimate-embedding-input-tokens.js';

describe('countTextTokens', () => {
  it.each([
    ['', 0],
    ['Hello world', 2],
    ['Hello, world!', 4],
    ['user', 1],
    ['The quick brown fox jumps over the lazy dog.', 10],
  ])('counts %j as %i o200k_base tokens', (text, tokens) => {
    expect(countTextTokens(text)).toBe(tokens);
  });
});

describe('estimateChatInputTokens', () => {
  const user = (content: string): ChatRequest['messages'][number] => ({ role: 'user', content });

  it('adds 3 per message, the role and content, and 3 for reply priming', () => {
    // 3 priming + 3 framing + 1 ("user") + 2 ("Hello world")
    expect(estimateChatInputTokens({ model: 'm', messages: [user('Hello world')] })).toBe(9);
  });

  it('matches OpenAI’s reported prompt_tokens for a system + user prompt', () => {
    // OpenAI reports 19 prompt tokens for gpt-4o-mini with these two messages.
    const request: ChatRequest = {
      model: 'gpt-4o-mini',
      messages: [
        { role: 'system', content: 'You are a helpful assistant.' },
        { role: 'user', content: 'Hello!' },
      ],
    };
    expect(estimateChatInputTokens(request)).toBe(19);
  });

  it('adds a name, text parts, images by detail and tool calls as name(arguments)', () => {
    const request: ChatRequest = {
      model: 'm',
      messages: [
        { role: 'user', name: 'bob', content: 'Hello world' },
        {
          role: 'user',
          content: [
            { type: 'text', text: 'Hello world' },
            { type: 'image_url', image_url: { url: 'u', detail: 'low' } },
            { type: 'image_url', image_url: { url: 'u' } },
          ],
        },
        {
          role: 'assistant',
          content: null,
          tool_calls: [{ id: 'c', type: 'function', function: { name: 'f', arguments: '{}' } }],
        },
      ],
    };
    const named = 3 + 1 + 2 + 1 + countTextTokens('bob');
    const withImages = 3 + 1 + 2 + 85 + 765;
    const call = 3 + countTextTokens('assistant') + countTextTokens('f({})');
    expect(estimateChatInputTokens(request)).toBe(3 + named + withImages + call);
  });

  it('counts tool definitions as their JSON', () => {
    const tools: ChatRequest['tools'] = [
      { type: 'function', function: { name: 'get_weather', parameters: { type: 'object' } } },
    ];
    expect(estimateChatInputTokens({ model: 'm', messages: [user('Hello world')], tools })).toBe(
      9 + countTextTokens(JSON.stringify(tools)),
    );
  });
});

describe('estimateEmbeddingInputTokens', () => {
  it.each([
    ['Hello world', 2],
    [['Hello world', 'user'], 3],
    [[1, 2, 3], 3],
    [
      [
        [1, 2],
        [3, 4, 5],
      ],
      5,
    ],
  ] as const)('counts %j as %i', (input, tokens) => {
    expect(
      estimateEmbeddingInputTokens({ model: 'e', input: input as string | string[] | number[] }),
    ).toBe(tokens);
  });
});
