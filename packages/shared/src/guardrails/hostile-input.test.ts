import { describe, expect, it } from 'vitest';
import { guardrailRulesSchema } from '../guardrail-policy/guardrail-policy-schema.js';
import { GUARDRAIL_DETECTOR_KINDS } from '../guardrail-policy/guardrail-policy-schema.js';
import { applyGuardrailPolicy } from './apply-guardrail-policy.js';
import { compileGuardrailRules } from './compile-guardrail-rules.js';

// Every detector and the injection scorer on 100k-character texts built to make backtracking
// regexes blow up (long runs of near-matches). Linear patterns finish in milliseconds; an
// exponential one would not finish at all.
const HOSTILE: Record<string, string> = {
  letters: 'a'.repeat(100_000),
  digits: '1'.repeat(100_000),
  spacedDigits: '4 '.repeat(50_000),
  emailish: 'a.'.repeat(25_000) + '@' + 'b-'.repeat(24_999) + '!',
  colons: ':1'.repeat(50_000),
  dots: '1.'.repeat(50_000),
  base64: 'QUFB'.repeat(25_000),
  pem: '-----BEGIN PRIVATE KEY-----'.repeat(3_000),
  words: 'ignore previous '.repeat(6_000),
  jwtish: 'eyJ' + 'a'.repeat(50_000) + '.' + 'b'.repeat(49_000),
};

describe('detectors on hostile input', () => {
  const policy = compileGuardrailRules(
    guardrailRulesSchema.parse({
      detectors: GUARDRAIL_DETECTOR_KINDS.map((kind) => ({
        kind,
        action: 'redact',
        ...(kind === 'custom_regex' ? { pattern: '\\b(?:INV|PO)-\\d+\\b' } : {}),
        ...(kind === 'deny_words' ? { words: ['falcon', 'project x', 'ignore previous'] } : {}),
      })),
      injection: { threshold: 0.5, action: 'log' },
    }),
  );

  it.each(Object.entries(HOSTILE))('handles %s within a second', (_name, text) => {
    const started = performance.now();
    const result = applyGuardrailPolicy(policy, text);
    const elapsed = performance.now() - started;
    expect(result.text.length).toBeGreaterThan(0);
    expect(elapsed).toBeLessThan(1000);
  });
});
