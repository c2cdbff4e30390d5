import { describe, expect, it } from 'vitest';
import { guardrailRulesSchema } from '../guardrail-policy/guardrail-policy-schema.js';
import { checkRegexSafety } from './check-regex-safety.js';
import { compileCustomRegex, UnsafeGuardrailPatternError } from './detect-custom-regex.js';
import { compileDenyWords } from './detect-deny-words.js';

describe('checkRegexSafety', () => {
  it.each([
    ['(a+)+$', 'nested quantifiers'],
    ['(\\d*)*', 'nested quantifiers'],
    ['(?:x\\w+){2,}', 'nested quantifiers'],
    ['((ab)*c)+', 'nested quantifiers'],
    ['(a|aa)+', 'may not contain |'],
    ['(?:cat|ca)*', 'may not contain |'],
    ['(a)\\1', 'backreferences'],
    ['(?<x>a)\\k<x>', 'backreferences'],
    ['a'.repeat(1001), 'longer than 1000'],
  ])('refuses %s', (pattern, reason) => {
    expect(checkRegexSafety(pattern)).toContain(reason);
  });

  it.each([
    'ACME-\\d{6}',
    '(?:cat|dog)s?',
    '(ab){3}',
    '[(a+)+]x',
    '\\(a+\\)+',
    '(?<year>\\d{4})-\\d{2}',
    '\\b(?:INV|PO)-\\d+\\b',
    '(?=\\w{8})\\w+',
  ])('accepts %s', (pattern) => {
    expect(checkRegexSafety(pattern)).toBeNull();
  });

  it('is enforced by the policy schema (a 400 on save) and by compileCustomRegex', () => {
    const parsed = guardrailRulesSchema.safeParse({
      detectors: [{ kind: 'custom_regex', action: 'block', pattern: '(a+)+' }],
    });
    expect(parsed.error?.issues[0]?.message).toBe(
      'unsafe pattern: nested quantifiers like (a+)+ are not allowed',
    );
    expect(() => compileCustomRegex({ pattern: '(a|b)*' })).toThrow(UnsafeGuardrailPatternError);
  });
});

describe('compileCustomRegex', () => {
  it('finds every match with the given flags', () => {
    const detect = compileCustomRegex({ pattern: 'acme-\\d{3}', flags: 'i' });
    expect(detect('ACME-123 and acme-456').map((f) => [f.start, f.end, f.match])).toEqual([
      [0, 8, 'ACME-123'],
      [13, 21, 'acme-456'],
    ]);
  });
  it('skips empty matches instead of looping', () => {
    expect(compileCustomRegex({ pattern: 'x*' })('abc')).toEqual([]);
  });
});

describe('compileDenyWords', () => {
  it('matches whole words and phrases, case-insensitively across scripts', () => {
    const detect = compileDenyWords({ words: ['falcon', 'project x', 'Éclair', 'секрет', 'c++'] });
    const text = 'FALCON; Project\nX; éclair; СЕКРЕТ; c++ code';
    expect(detect(text).map((f) => f.match)).toEqual([
      'FALCON',
      'Project\nX',
      'éclair',
      'СЕКРЕТ',
      'c++',
    ]);
  });
  it('does not match inside longer words in any script', () => {
    const detect = compileDenyWords({ words: ['falcon', 'секрет', 'naïve'] });
    expect(detect('falconry, superfalcon, falcon_9, секретный, naïvety')).toEqual([]);
  });
  it('prefers the longer phrase', () => {
    const detect = compileDenyWords({ words: ['project', 'project x'] });
    expect(detect('project x').map((f) => f.match)).toEqual(['project x']);
  });
});
