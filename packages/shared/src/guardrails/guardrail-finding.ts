import type { GuardrailDetectorKind } from '../guardrail-policy/guardrail-policy-schema.js';

/**
 * One thing a detector found, as UTF-16 offsets into the text it was given (`text.slice(start,
 * end) === match`). `match` is the raw sensitive value: use it to rewrite the text, never log it
 * or return it over an API. `confidence` (0..1) says how sure the detector's pattern is (a
 * Luhn-valid card with a known issuer prefix is surer than a national phone number).
 */
export type GuardrailFinding = {
  kind: GuardrailDetectorKind;
  start: number;
  end: number;
  match: string;
  confidence: number;
};

/** A compiled detector: pure, stateless, linear-time on its input. */
export type DetectText = (text: string) => GuardrailFinding[];

// Every detector stops after this many findings so one hostile text cannot allocate without
// bound; whatever it found is enough to block or redact the rest is not needed for a verdict.
export const MAX_FINDINGS_PER_DETECTOR = 1000;

/**
 * Runs a global (`g`) regex over the text and turns each match that `accept` keeps into a
 * finding. `accept` returns a confidence, or null to skip the match.
 */
export function collectMatches(
  kind: GuardrailDetectorKind,
  text: string,
  pattern: RegExp,
  accept: (match: string, index: number) => number | null,
): GuardrailFinding[] {
  const findings: GuardrailFinding[] = [];
  for (const m of text.matchAll(pattern)) {
    if (m[0] === '') continue;
    const confidence = accept(m[0], m.index);
    if (confidence === null) continue;
    findings.push({ kind, start: m.index, end: m.index + m[0].length, match: m[0], confidence });
    if (findings.length >= MAX_FINDINGS_PER_DETECTOR) break;
  }
  return findings;
}
