import { collectMatches, type GuardrailFinding } from './guardrail-finding.js';

// Local part (max 64) @ dot-separated labels ending in an alphabetic TLD. Each label must end
// with its dot, so the repeated group cannot re-split the same characters (no backtracking
// blow-up); the lookbehind keeps us from starting in the middle of a longer local part.
const EMAIL =
  /(?<![\w.+%-])[A-Za-z0-9._%+-]{1,64}@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,24}(?![\w-])/g;

/** E-mail addresses (ASCII; the common `local@domain.tld` form). */
export function detectEmail(text: string): GuardrailFinding[] {
  return collectMatches('email', text, EMAIL, (match) =>
    match.startsWith('.') || match.includes('..') ? null : 0.95,
  );
}
