import { describe, expect, it } from 'vitest';
import {
  countOpenAiPromptTokens,
  countTokens,
  openAiCachedTokens,
  openAiPromptParts,
  truncateToTokens,
} from './count-tokens.js';

describe('countTokens', () => {
  it('counts o200k_base tokens', () => {
    expect(countTokens('Hello world')).toBe(2);
    expect(countTokens('')).toBe(0);
  });
});

describe('truncateToTokens', () => {
  it('cuts to the limit and says so', () => {
    const result = truncateToTokens('one two three four five six', 3);
    expect(result).toEqual({ text: 'one two three', tokens: 3, truncated: true });
  });
  it('keeps text under the limit', () => {
    expect(truncateToTokens('short', 10)).toEqual({ text: 'short', tokens: 1, truncated: false });
  });
});

describe('countOpenAiPromptTokens', () => {
  it('adds 3 per message, the role, the content and 3 for reply priming', () => {
    // 3 (priming) + 3 (message) + 1 ("user") + 2 ("Hello world")
    expect(countOpenAiPromptTokens([{ role: 'user', content: 'Hello world' }])).toBe(9);
  });
  it('adds 1 plus the name for named messages, and the tools JSON', () => {
    const named = countOpenAiPromptTokens([{ role: 'user', content: 'Hello world', name: 'bob' }]);
    expect(named).toBe(9 + 1 + countTokens('bob'));
    expect(countOpenAiPromptTokens([{ role: 'user', content: 'Hello world' }], '{"a":1}')).toBe(
      9 + countTokens('{"a":1}'),
    );
  });
});

describe('openAiPromptParts and openAiCachedTokens', () => {
  it('lists tools first, then messages, summing to the prompt count minus priming', () => {
    const messages = [
      { role: 'system', content: 'Be brief.' },
      { role: 'user', content: 'Hello world' },
    ];
    const parts = openAiPromptParts(messages, '{"t":1}');
    expect(parts.map((p) => p.json)).toEqual([
      '{"t":1}',
      JSON.stringify(messages[0]),
      JSON.stringify(messages[1]),
    ]);
    expect(parts.reduce((s, p) => s + p.tokens, 3)).toBe(
      countOpenAiPromptTokens(messages, '{"t":1}'),
    );
  });
  it('caches from 1024 tokens in 128-token steps', () => {
    expect(openAiCachedTokens(1023)).toBe(0);
    expect(openAiCachedTokens(1024)).toBe(1024);
    expect(openAiCachedTokens(1300)).toBe(1280);
  });
});
