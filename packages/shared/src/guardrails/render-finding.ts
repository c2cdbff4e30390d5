import type { GuardrailAction } from '../guardrail-policy/guardrail-policy-schema.js';
import type { MaskStyle } from './guardrail-detectors.js';

/**
 * The text that replaces a finding:
 * - `redact` and `block` → the kind's typed placeholder (`[EMAIL]`, `[CREDIT_CARD]`, a custom
 *   pattern's `[LABEL]`); not numbered, so the rewrite needs no state across stream chunks and
 *   says nothing about which values were equal;
 * - `mask` with `last4` (cards, phones) → every digit but the last four becomes `*`, separators
 *   kept (`**** **** **** 1111`, `+* ***-***-0132`); `stars` (everything else) → `***`, whatever
 *   the length, so a mask does not leak the value's length;
 * - `log` → the original text (log findings never change the text).
 */
export function renderFinding(
  match: string,
  action: GuardrailAction,
  placeholder: string,
  mask: MaskStyle,
): string {
  if (action === 'log') return match;
  if (action === 'redact' || action === 'block') return placeholder;
  if (mask === 'stars') return '***';
  const digits = match.replace(/\D/g, '').length;
  let seen = 0;
  return match.replace(/\d/g, (digit) => (++seen > digits - 4 ? digit : '*'));
}
