import { describe, expect, it } from 'vitest';
import { promptLabelSplitSchema } from './prompt-schemas.js';
import { promptVersionInputSchema } from './prompt-version-input.js';

describe('promptVersionInputSchema', () => {
  it('accepts a version and fills defaults', () => {
    const parsed = promptVersionInputSchema.parse({
      messages: [{ role: 'user', content: 'Hi {{ name }}' }],
      variables: { name: { type: 'string', required: true } },
    });
    expect(parsed).toEqual({
      messages: [{ role: 'user', content: 'Hi {{ name }}' }],
      variables: { name: { type: 'string', required: true } },
      model: null,
      parameters: {},
      changelog: '',
    });
  });

  it('refuses undeclared placeholders, mistyped defaults, bad names and unknown types', () => {
    const result = promptVersionInputSchema.safeParse({
      messages: [{ role: 'user', content: [{ type: 'text', text: '{{who}} {{n}}' }] }],
      variables: { n: { type: 'number', default: 'three' } },
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join('.'))).toEqual([
      'variables.who',
      'variables.n.default',
    ]);
    expect(
      promptVersionInputSchema.safeParse({
        messages: [{ role: 'user', content: 'x' }],
        variables: { 'bad-name': { type: 'string' } },
      }).success,
    ).toBe(false);
    expect(
      promptVersionInputSchema.safeParse({
        messages: [{ role: 'user', content: 'x' }],
        variables: { a: { type: 'date' } },
      }).success,
    ).toBe(false);
  });
});

describe('promptLabelSplitSchema', () => {
  it('needs distinct versions and a positive weight', () => {
    expect(promptLabelSplitSchema.parse([{ version: 2 }])).toEqual([{ version: 2, weight: 100 }]);
    expect(promptLabelSplitSchema.safeParse([{ version: 2 }, { version: 2 }]).success).toBe(false);
    expect(promptLabelSplitSchema.safeParse([{ version: 2, weight: 0 }]).success).toBe(false);
    expect(promptLabelSplitSchema.safeParse([]).success).toBe(false);
  });
});
