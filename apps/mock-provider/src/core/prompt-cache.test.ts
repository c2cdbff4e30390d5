import { describe, expect, it } from 'vitest';
import { createPromptCache, prefixSegments } from './prompt-cache.js';

const parts = [
  { json: 'system', tokens: 600 },
  { json: 'user-1', tokens: 500 },
  { json: 'user-2', tokens: 100 },
];

describe('prefixSegments', () => {
  it('accumulates tokens and chains keys by scope', () => {
    const segments = prefixSegments('openai/gpt-4o', parts);
    expect(segments.map((s) => s.tokens)).toEqual([600, 1100, 1200]);
    expect(prefixSegments('openai/gpt-4o', parts)).toEqual(segments);
    expect(prefixSegments('openai/gpt-4o-mini', parts)[0]?.key).not.toBe(segments[0]?.key);
  });
});

describe('createPromptCache', () => {
  it('finds the longest cached prefix while it lives', () => {
    const cache = createPromptCache(1000, 100);
    const first = prefixSegments('s', parts.slice(0, 2));
    expect(cache.lookup(first, 0)).toBe(0);
    cache.remember(first, 0);
    const longer = prefixSegments('s', parts);
    expect(cache.lookup(longer, 500)).toBe(1100);
    expect(cache.lookup(longer, 1500)).toBe(0);
  });
  it('drops the oldest entries beyond its size', () => {
    const cache = createPromptCache(1000, 2);
    const segments = prefixSegments('s', parts);
    cache.remember(segments, 0);
    expect(cache.lookup(segments.slice(0, 1), 1)).toBe(0);
    expect(cache.lookup(segments, 1)).toBe(1200);
  });
});
