import { describe, expect, it } from 'vitest';
import { guardrailRulesSchema } from '../guardrail-policy/guardrail-policy-schema.js';
import { applyGuardrailPolicy } from './apply-guardrail-policy.js';
import { guardStreamChunk, type GuardrailStreamState } from './guard-stream-chunk.js';

const policy = guardrailRulesSchema.parse({
  detectors: [
    { kind: 'email', action: 'redact' },
    { kind: 'credit_card', action: 'mask' },
    { kind: 'secret', action: 'redact' },
    { kind: 'deny_words', action: 'redact', words: ['project falcon'] },
  ],
});

const PEM = `-----BEGIN PRIVATE KEY-----\n${'MIIEvQIBADANBgkqhkiG9w0BAQEFAASC'.repeat(30)}\n-----END PRIVATE KEY-----`;
const TEXT =
  `Contact jane.doe@example.com about Project Falcon. Card 4111 1111 1111 1111 on file. ` +
  `${'Filler sentence. '.repeat(40)}Key:\n${PEM}\nand sk-proj-${'Ab3_-'.repeat(10)} done.`;

function streamIn(text: string, size: number, window?: number) {
  let state: GuardrailStreamState = { pending: '', offset: 0 };
  let out = '';
  const findings = [];
  for (let i = 0; i <= text.length; i += size) {
    const last = i + size >= text.length;
    const step = guardStreamChunk(policy, state, text.slice(i, i + size), { final: last, window });
    out += step.emit;
    findings.push(...step.findings);
    state = step.state;
    if (last) break;
  }
  return { out, findings, state };
}

describe('guardStreamChunk', () => {
  it.each([1, 7, 64, 500, 5000])(
    'gives the same text and findings as the whole text, in chunks of %i',
    (size) => {
      const whole = applyGuardrailPolicy(policy, TEXT);
      const streamed = streamIn(TEXT, size);
      expect(streamed.out).toBe(whole.text);
      expect(streamed.findings).toEqual(whole.findings);
      expect(streamed.state).toEqual({ pending: '', offset: TEXT.length });
    },
  );

  it('holds back the window and never splits a value across emits', () => {
    const first = guardStreamChunk(
      policy,
      { pending: '', offset: 0 },
      'a'.repeat(600) + ' card 4111 1111',
    );
    expect(first.emit).toBe('a'.repeat(600 + 15 - 512));
    const second = guardStreamChunk(policy, first.state, ' 1111 1111 ok', { final: true });
    expect(first.emit + second.emit).toBe(`${'a'.repeat(600)} card **** **** **** 1111 ok`);
  });

  it('stops at a block finding and emits only the text before it', () => {
    const blocking = guardrailRulesSchema.parse({
      detectors: [{ kind: 'us_ssn', action: 'block' }],
    });
    const step = guardStreamChunk(
      blocking,
      { pending: 'x'.repeat(10), offset: 100 },
      ' ssn 123-45-6789 more',
      {
        final: true,
      },
    );
    expect(step).toMatchObject({ blocked: true, emit: 'xxxxxxxxxx ssn ' });
    expect(step.findings).toEqual([
      { kind: 'us_ssn', start: 115, end: 126, action: 'block', confidence: 0.85 },
    ]);
  });
});
