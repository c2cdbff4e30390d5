import { describe, expect, it } from 'vitest';
import { findModel } from '../core/model-catalog.js';
import { checkAnthropicLimits } from './check-anthropic-limits.js';

const model = findModel('anthropic', 'claude-3-5-haiku-latest');

describe('checkAnthropicLimits', () => {
  it('accepts requests within the model', () => {
    expect(model && checkAnthropicLimits(8192, model, 1000)).toBeUndefined();
  });
  it('words over-limit requests as Anthropic does', () => {
    expect(model && checkAnthropicLimits(9000, model, 10)).toBe(
      'max_tokens: 9000 > 8192, which is the maximum allowed number of output tokens for claude-3-5-haiku-latest',
    );
    expect(model && checkAnthropicLimits(10, model, 250_000)).toBe(
      'prompt is too long: 250000 tokens > 200000 maximum',
    );
  });
});
