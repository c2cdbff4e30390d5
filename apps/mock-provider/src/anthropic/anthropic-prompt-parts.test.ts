import { describe, expect, it } from 'vitest';
import { countTokens } from '../core/count-tokens.js';
import {
  anthropicPromptParts,
  countAnthropicInputTokens,
  planAnthropicCache,
} from './anthropic-prompt-parts.js';

describe('anthropicPromptParts', () => {
  it('orders tools, system and message blocks, marking cache_control breakpoints', () => {
    const body = {
      model: 'm',
      tools: [{ name: 't', input_schema: { type: 'object' as const } }],
      system: [
        { type: 'text' as const, text: 'Rules.', cache_control: { type: 'ephemeral' as const } },
      ],
      messages: [{ role: 'user' as const, content: 'Hello' }],
    };
    const parts = anthropicPromptParts(body);
    expect(parts.map((p) => p.breakpoint)).toEqual([false, false, true, false]);
    expect(parts[2]?.tokens).toBe(3 + countTokens('Rules.'));
    expect(countAnthropicInputTokens(body)).toBe(parts.reduce((s, p) => s + p.tokens, 0));
  });
  it('charges a flat amount per image block', () => {
    const image = {
      type: 'image' as const,
      source: { type: 'base64', media_type: 'image/png', data: 'AAAA' },
    };
    const withImage = countAnthropicInputTokens({
      model: 'm',
      messages: [{ role: 'user', content: [image, { type: 'text', text: 'Hi' }] }],
    });
    const without = countAnthropicInputTokens({
      model: 'm',
      messages: [{ role: 'user', content: [{ type: 'text', text: 'Hi' }] }],
    });
    expect(withImage - without).toBe(1590);
  });
  it('puts an automatic breakpoint on the last block for a top-level cache_control', () => {
    const parts = anthropicPromptParts({
      model: 'm',
      cache_control: { type: 'ephemeral' },
      messages: [
        { role: 'user', content: 'a' },
        { role: 'assistant', content: 'b' },
      ],
    });
    expect(parts.map((p) => p.breakpoint)).toEqual([false, false, true]);
  });
});

describe('planAnthropicCache', () => {
  it('writes everything up to the last breakpoint on a miss, reads the cached prefix on a hit', () => {
    expect(planAnthropicCache([{ tokens: 1500 }, { tokens: 2500 }], 0)).toEqual({
      read: 0,
      write: 2500,
    });
    expect(planAnthropicCache([{ tokens: 1500 }, { tokens: 2500 }], 1500)).toEqual({
      read: 1500,
      write: 1000,
    });
    expect(planAnthropicCache([], 0)).toEqual({ read: 0, write: 0 });
  });
});
