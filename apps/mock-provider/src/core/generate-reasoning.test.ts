import { describe, expect, it } from 'vitest';
import { countTokens } from './count-tokens.js';
import { generateReasoning } from './generate-reasoning.js';
import { planCompletion } from './plan-completion.js';

describe('generateReasoning', () => {
  it('produces deterministic thinking of exactly the asked token count', () => {
    for (const tokens of [1, 24, 64, 300])
      expect(countTokens(generateReasoning('seed', 'Why is the sky blue?', tokens))).toBe(tokens);
    expect(generateReasoning('seed', 'q', 50)).toBe(generateReasoning('seed', 'q', 50));
    expect(generateReasoning('seed', 'q', 0)).toBe('');
  });
});

describe('planCompletion with reasoning', () => {
  const request = {
    model: 'm',
    seedText: 's',
    lastUserText: 'hi',
    tools: [],
    toolChoice: { mode: 'auto' as const },
    endsWithToolResult: false,
    format: { kind: 'text' as const },
    choiceIndex: 0,
  };
  it('thinks first and answers with the rest of the budget', () => {
    const plan = planCompletion({ ...request, reasoningTokens: 64, maxTokens: 70 });
    expect(plan.reasoning.tokens).toBe(64);
    expect(plan.completionTokens).toBe(6);
    expect(plan.finish).toBe('length');
  });
  it('ends in "length" with no answer when thinking uses the whole budget', () => {
    expect(planCompletion({ ...request, reasoningTokens: 64, maxTokens: 10 })).toMatchObject({
      text: '',
      completionTokens: 0,
      finish: 'length',
      reasoning: { tokens: 10 },
    });
  });
});
