import { checkRegexSafety } from './check-regex-safety.js';
import { collectMatches, type DetectText } from './guardrail-finding.js';

export type CustomRegexOptions = { pattern: string; flags?: string; label?: string };

/** A policy pattern that cannot be used; the policy schema refuses these with a 400. */
export class UnsafeGuardrailPatternError extends Error {
  constructor(reason: string) {
    super(`Unsafe guardrail pattern: ${reason}`);
  }
}

/**
 * Compiles a policy-supplied pattern once into a detector. The pattern is checked by
 * `checkRegexSafety` first (no nested quantifiers, no repeated alternation, no backreferences,
 * at most 1000 characters); flags are limited to i, m, s, u and `g` is added here.
 */
export function compileCustomRegex(options: CustomRegexOptions): DetectText {
  const reason = checkRegexSafety(options.pattern);
  if (reason !== null) throw new UnsafeGuardrailPatternError(reason);
  const flags = (options.flags ?? '').replace(/[^imsu]/g, '');
  const pattern = new RegExp(options.pattern, `${flags}g`);
  return (text) => collectMatches('custom_regex', text, pattern, () => 1);
}
