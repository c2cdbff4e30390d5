import { collectMatches, type GuardrailFinding } from './guardrail-finding.js';

// Three shapes, each strict enough that plain numbers, dates and order ids do not match:
// - international (E.164 style): `+` country code, then 7-14 more digits, optional separators;
// - North American: (415) 555-0132, 415-555-0132, 415.555.0132, 1 415 555 0132 — area code
//   2-9, separators required (ten bare digits are more often an id than a phone);
// - national with a trunk 0: 020 7946 0958, 07700 900123, 01 23 45 67 89 — 10-12 digits in
//   separated groups (so 01.02.2024 is too short to be one).
const INTERNATIONAL = /(?<![\w+])\+[1-9](?:[ .-]?\(?\d\)?){7,14}(?![\w-]|[.-]\d)/g;
const NORTH_AMERICAN =
  /(?<![\w+.-])(?:1[ .-]?)?(?:\([2-9]\d{2}\) ?|[2-9]\d{2}[ .-])\d{3}[ .-]\d{4}(?![\w-]|[.-]\d)/g;
const NATIONAL = /(?<![\w+.-])0\d{1,4}(?:[ .-]\d{2,8}){1,4}(?![\w-]|[.-]\d)/g;

const SHAPES: ReadonlyArray<{ pattern: RegExp; digits: [number, number]; confidence: number }> = [
  { pattern: INTERNATIONAL, digits: [8, 15], confidence: 0.9 },
  { pattern: NORTH_AMERICAN, digits: [10, 11], confidence: 0.8 },
  { pattern: NATIONAL, digits: [10, 12], confidence: 0.6 },
];

function digitCount(value: string): number {
  let count = 0;
  for (const char of value) if (char >= '0' && char <= '9') count += 1;
  return count;
}

function balancedParens(value: string): boolean {
  return value.split('(').length === value.split(')').length;
}

/** Phone numbers in international (+CC …) and common national formats. */
export function detectPhone(text: string): GuardrailFinding[] {
  const findings = SHAPES.flatMap(({ pattern, digits, confidence }) =>
    collectMatches('phone', text, pattern, (match) => {
      const count = digitCount(match);
      if (count < digits[0] || count > digits[1] || !balancedParens(match)) return null;
      return confidence;
    }),
  );
  // Shapes can overlap (a +1 number is also North American): keep the first, longest one.
  let end = 0;
  return findings
    .sort((a, b) => a.start - b.start || b.end - a.end)
    .filter((f) => {
      if (f.start < end) return false;
      end = f.end;
      return true;
    });
}
