import { describe, expect, it } from 'vitest';
import { findModel, type ModelEntry } from '../core/model-catalog.js';
import { checkModelLimits } from './check-model-limits.js';

const messages = [{ role: 'user' as const, content: 'hi' }];
const model = (id: string): ModelEntry => {
  const entry = findModel('openai', id);
  if (entry === undefined) throw new Error(`no model ${id}`);
  return entry;
};

describe('checkModelLimits', () => {
  it('passes ordinary requests', () => {
    expect(
      checkModelLimits(
        { model: 'gpt-4o', messages, max_tokens: 100, temperature: 0.2 },
        model('gpt-4o'),
        10,
      ),
    ).toBeUndefined();
    expect(
      checkModelLimits(
        { model: 'gpt-5', messages, max_completion_tokens: 100 },
        model('gpt-5'),
        10,
      ),
    ).toBeUndefined();
  });
  it('rejects max_tokens and custom temperature on reasoning models', () => {
    expect(
      checkModelLimits({ model: 'o3-mini', messages, max_tokens: 100 }, model('o3-mini'), 10)
        ?.error,
    ).toMatchObject({ param: 'max_tokens', code: 'unsupported_parameter' });
    expect(
      checkModelLimits({ model: 'gpt-5', messages, temperature: 0.2 }, model('gpt-5'), 10)?.error,
    ).toMatchObject({ param: 'temperature', code: 'unsupported_value' });
  });
  it('rejects output budgets and prompts beyond the model', () => {
    expect(
      checkModelLimits({ model: 'gpt-4o', messages, max_tokens: 100_000 }, model('gpt-4o'), 10)
        ?.error,
    ).toMatchObject({
      param: 'max_tokens',
      message:
        'max_tokens is too large: 100000. This model supports at most 16384 completion tokens, whereas you provided 100000.',
    });
    expect(
      checkModelLimits({ model: 'gpt-3.5-turbo', messages }, model('gpt-3.5-turbo'), 20_000)?.error,
    ).toMatchObject({ code: 'context_length_exceeded', param: 'messages' });
  });
});
