import { describe, expect, it } from 'vitest';
import { PromptRenderError, renderPrompt } from './render-prompt.js';
import type { PromptVersionData } from './prompt-schemas.js';

const version: PromptVersionData = {
  id: 'v2',
  version: 2,
  messages: [
    { role: 'system', content: 'Answer in a {{ tone }} tone, at most {{max}} sentences.' },
    {
      role: 'user',
      content: [
        { type: 'text', text: 'Customer {{customer_name}} asks: {{question}}' },
        { type: 'image_url', image_url: { url: 'https://x.test/{{question}}.png' } },
      ],
    },
  ],
  variables: {
    customer_name: { type: 'string', required: true },
    question: { type: 'string', required: true },
    tone: { type: 'string', default: 'friendly' },
    max: { type: 'number', required: false },
    vip: { type: 'boolean' },
  },
  model: 'gpt-4o-mini',
  parameters: { temperature: 0.3 },
};

function problemOf(run: () => unknown): PromptRenderError['problem'] {
  try {
    run();
  } catch (error) {
    if (error instanceof PromptRenderError) return error.problem;
    throw error;
  }
  throw new Error('expected a PromptRenderError');
}

describe('renderPrompt', () => {
  it('substitutes variables in string contents and text parts, defaults included', () => {
    const out = renderPrompt(version, {
      customer_name: 'Ada',
      question: 'Where is my order?',
      max: 5,
    });
    expect(out.messages).toEqual([
      { role: 'system', content: 'Answer in a friendly tone, at most 5 sentences.' },
      {
        role: 'user',
        content: [
          { type: 'text', text: 'Customer Ada asks: Where is my order?' },
          // image URLs are not text: left alone
          { type: 'image_url', image_url: { url: 'https://x.test/{{question}}.png' } },
        ],
      },
    ]);
    expect(out.model).toBe('gpt-4o-mini');
    expect(out.parameters).toEqual({ temperature: 0.3 });
    expect(out.variables).toEqual({
      customer_name: 'Ada',
      question: 'Where is my order?',
      tone: 'friendly',
      max: 5,
      vip: '',
    });
  });

  it('renders optional variables without default as empty and accepts given booleans', () => {
    const out = renderPrompt(version, {
      customer_name: 'A',
      question: 'Q',
      tone: 'formal',
      vip: false,
    });
    expect(out.messages[0]?.content).toBe('Answer in a formal tone, at most  sentences.');
    expect(out.variables.vip).toBe(false);
  });

  it('lists every missing required variable', () => {
    expect(problemOf(() => renderPrompt(version, {}))).toEqual({
      missing: ['customer_name', 'question'],
      unknown: [],
      invalid: [],
    });
    // null counts as not given
    expect(
      problemOf(() => renderPrompt(version, { customer_name: null, question: 'q' })).missing,
    ).toEqual(['customer_name']);
  });

  it('refuses unknown variables and wrong types, all at once', () => {
    const problem = problemOf(() =>
      renderPrompt(version, { customer_name: 'A', question: 7, colour: 'red', extra: 1 }),
    );
    expect(problem).toEqual({
      missing: [],
      unknown: ['colour', 'extra'],
      invalid: [{ name: 'question', expected: 'string' }],
    });
    try {
      renderPrompt(version, { colour: 'red' });
    } catch (error) {
      expect((error as PromptRenderError).code).toBe('invalid_prompt_variables');
      expect((error as Error).message).toBe(
        'missing required variables: customer_name, question; unknown variables: colour',
      );
    }
  });

  it('never evaluates or re-expands what a value contains', () => {
    const out = renderPrompt(version, {
      customer_name: '{{question}}',
      question: '${process.exit()} {{ constructor }}',
    });
    expect(out.messages[1]?.content).toEqual([
      { type: 'text', text: 'Customer {{question}} asks: ${process.exit()} {{ constructor }}' },
      { type: 'image_url', image_url: { url: 'https://x.test/{{question}}.png' } },
    ]);
  });

  it('treats a placeholder the schema does not declare as missing', () => {
    const broken = {
      ...version,
      messages: [{ role: 'user' as const, content: 'Hi {{who}}' }],
      variables: {},
    };
    expect(problemOf(() => renderPrompt(broken, {})).missing).toEqual(['who']);
  });

  it('ignores inherited object keys as variable names', () => {
    expect(
      problemOf(() => renderPrompt(version, { customer_name: 'a', question: 'b', toString: 'x' }))
        .unknown,
    ).toEqual(['toString']);
  });
});
