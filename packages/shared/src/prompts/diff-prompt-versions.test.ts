import { describe, expect, it } from 'vitest';
import { diffLines } from './diff-lines.js';
import { diffPromptVersions } from './diff-prompt-versions.js';
import type { PromptVersionData } from './prompt-schemas.js';

const v1: PromptVersionData = {
  id: 'a',
  version: 1,
  messages: [
    { role: 'system', content: 'You are a support agent for Acme. Answer briefly.' },
    { role: 'user', content: 'Customer {{customer_name}} asks: {{question}}' },
  ],
  variables: {
    customer_name: { type: 'string', required: true },
    question: { type: 'string', required: true },
  },
  model: 'gpt-4o-mini',
  parameters: { temperature: 0.3 },
};

const v2: PromptVersionData = {
  ...v1,
  id: 'b',
  version: 2,
  messages: [
    { role: 'system', content: 'You are a support agent for Acme. Answer in a {{tone}} tone.' },
    { role: 'user', content: 'Customer {{customer_name}} asks: {{question}}' },
  ],
  variables: { ...v1.variables, tone: { type: 'string', default: 'friendly' } },
  parameters: { max_tokens: 400, temperature: 0.3 },
};

describe('diffLines', () => {
  it('keeps common lines and marks the rest', () => {
    expect(diffLines(['a', 'b', 'c'], ['a', 'x', 'c', 'd'])).toEqual([
      { op: 'equal', text: 'a' },
      { op: 'remove', text: 'b' },
      { op: 'add', text: 'x' },
      { op: 'equal', text: 'c' },
      { op: 'add', text: 'd' },
    ]);
    expect(diffLines([], [])).toEqual([]);
  });
});

describe('diffPromptVersions', () => {
  const diff = diffPromptVersions(v1, v2);

  it('reports which fields changed', () => {
    expect(diff.changed).toBe(true);
    expect(diff.sections.map((s) => [s.field, s.changed])).toEqual([
      ['messages', true],
      ['model', false],
      ['parameters', true],
      ['variables', true],
    ]);
  });

  it('diffs the messages line by line', () => {
    expect(diff.sections[0]?.lines).toEqual([
      { op: 'equal', text: '[0] system:' },
      { op: 'remove', text: '  You are a support agent for Acme. Answer briefly.' },
      { op: 'add', text: '  You are a support agent for Acme. Answer in a {{tone}} tone.' },
      { op: 'equal', text: '[1] user:' },
      { op: 'equal', text: '  Customer {{customer_name}} asks: {{question}}' },
    ]);
  });

  it('renders a unified text of the changed fields only', () => {
    expect(diff.text).toBe(
      [
        '--- v1',
        '+++ v2',
        '@@ messages',
        ' [0] system:',
        '-  You are a support agent for Acme. Answer briefly.',
        '+  You are a support agent for Acme. Answer in a {{tone}} tone.',
        ' [1] user:',
        ' \u0020 Customer {{customer_name}} asks: {{question}}',
        '@@ parameters',
        ' {',
        '+  "max_tokens": 400,',
        '   "temperature": 0.3',
        ' }',
        '@@ variables',
        ' {',
        '   "customer_name": {',
        '     "required": true,',
        '     "type": "string"',
        '   },',
        '   "question": {',
        '     "required": true,',
        '     "type": "string"',
        '+  },',
        '+  "tone": {',
        '+    "default": "friendly",',
        '+    "type": "string"',
        '   }',
        ' }',
      ].join('\n'),
    );
  });

  it('finds no change between a version and itself, whatever the key order', () => {
    const same = diffPromptVersions(v1, { ...v1, parameters: { temperature: 0.3 }, version: 1 });
    expect(same.changed).toBe(false);
    expect(same.text).toBe('--- v1\n+++ v1');
  });
});
