import { collectMatches, type GuardrailFinding } from './guardrail-finding.js';

// 13-19 digits, optionally grouped by single spaces or dashes; the bounded repeat consumes one
// digit per turn, so matching stays linear.
const CARD = /(?<![\d-])\d(?:[ -]?\d){12,18}(?![\d-]|[.,]\d)/g;

// Issuer (IIN) ranges: [low prefix, high prefix, allowed lengths]. Prefixes compare as numbers
// of the same width as `low`.
const ISSUERS: ReadonlyArray<[string, string, readonly number[]]> = [
  ['4', '4', [13, 16, 19]], // Visa
  ['51', '55', [16]], // Mastercard
  ['2221', '2720', [16]], // Mastercard 2-series
  ['34', '34', [15]], // American Express
  ['37', '37', [15]], // American Express
  ['6011', '6011', [16, 17, 18, 19]], // Discover
  ['644', '649', [16, 17, 18, 19]], // Discover
  ['65', '65', [16, 17, 18, 19]], // Discover
  ['300', '305', [14, 15, 16, 17, 18, 19]], // Diners Club
  ['36', '36', [14, 15, 16, 17, 18, 19]], // Diners Club
  ['38', '39', [16, 17, 18, 19]], // Diners Club
  ['3528', '3589', [16, 17, 18, 19]], // JCB
  ['62', '62', [16, 17, 18, 19]], // UnionPay
  ['50', '50', [12, 13, 14, 15, 16, 17, 18, 19]], // Maestro
  ['56', '58', [12, 13, 14, 15, 16, 17, 18, 19]], // Maestro
  ['67', '67', [12, 13, 14, 15, 16, 17, 18, 19]], // Maestro
];

/** The Luhn (mod 10) checksum every payment card number carries in its last digit. */
export function passesLuhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i += 1) {
    let digit = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}

function knownIssuer(digits: string): boolean {
  return ISSUERS.some(([low, high, lengths]) => {
    const prefix = Number(digits.slice(0, low.length));
    return prefix >= Number(low) && prefix <= Number(high) && lengths.includes(digits.length);
  });
}

// Grouping must be consistent: no separators, or one kind of separator throughout.
function consistentSeparators(match: string): boolean {
  return !(match.includes(' ') && match.includes('-'));
}

/** Payment card numbers: known issuer prefix and length, Luhn-valid. */
export function detectCreditCard(text: string): GuardrailFinding[] {
  return collectMatches('credit_card', text, CARD, (match) => {
    const digits = match.replace(/[ -]/g, '');
    if (!consistentSeparators(match) || !knownIssuer(digits) || !passesLuhn(digits)) return null;
    return 0.95;
  });
}
