import { describe, expect, it } from 'vitest';
import { GUARDRAIL_DETECTOR_KINDS, guardrailRulesSchema } from './guardrail-policy-schema.js';

describe('guardrailRulesSchema', () => {
  it('accepts every detector kind with every action', () => {
    const extra: Record<string, object> = {
      custom_regex: { pattern: 'ACME-\\d{6}', flags: 'i' },
      deny_words: { words: ['internal-only'] },
    };
    for (const kind of GUARDRAIL_DETECTOR_KINDS) {
      for (const action of ['redact', 'mask', 'block', 'log']) {
        const parsed = guardrailRulesSchema.parse({
          detectors: [{ kind, action, ...extra[kind] }],
        });
        expect(parsed.detectors[0]).toMatchObject({ kind, action });
      }
    }
    expect(GUARDRAIL_DETECTOR_KINDS).toEqual([
      'email',
      'phone',
      'credit_card',
      'us_ssn',
      'iban',
      'ip_address',
      'secret',
      'custom_regex',
      'deny_words',
    ]);
  });

  it('defaults detectors to none and keeps an injection rule', () => {
    expect(guardrailRulesSchema.parse({})).toEqual({ detectors: [] });
    expect(guardrailRulesSchema.parse({ injection: { threshold: 0.8, action: 'block' } })).toEqual({
      detectors: [],
      injection: { enabled: true, threshold: 0.8, action: 'block' },
    });
  });

  it('refuses unknown kinds, actions and options with a path', () => {
    const unknownKind = guardrailRulesSchema.safeParse({
      detectors: [{ kind: 'passport', action: 'block' }],
    });
    expect(unknownKind.success).toBe(false);
    expect(unknownKind.error?.issues[0]?.path).toEqual(['detectors', 0, 'kind']);

    const badAction = guardrailRulesSchema.safeParse({
      detectors: [{ kind: 'email', action: 'shred' }],
    });
    expect(badAction.error?.issues[0]?.path).toEqual(['detectors', 0, 'action']);

    const stray = guardrailRulesSchema.safeParse({
      detectors: [{ kind: 'email', action: 'log', pattern: 'x' }],
    });
    expect(stray.success).toBe(false);
  });

  it('requires the options a kind needs and a valid regex', () => {
    expect(
      guardrailRulesSchema.safeParse({ detectors: [{ kind: 'deny_words', action: 'block' }] })
        .success,
    ).toBe(false);
    const badRegex = guardrailRulesSchema.safeParse({
      detectors: [{ kind: 'custom_regex', action: 'block', pattern: '(' }],
    });
    expect(badRegex.error?.issues[0]?.message).toBe('must be a valid regular expression');
  });

  it('bounds the injection threshold to 0..1', () => {
    expect(
      guardrailRulesSchema.safeParse({ injection: { threshold: 1.5, action: 'block' } }).success,
    ).toBe(false);
    expect(
      guardrailRulesSchema.safeParse({ injection: { threshold: 0.5, action: 'redact' } }).success,
    ).toBe(false);
  });
});
