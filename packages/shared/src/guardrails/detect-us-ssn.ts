import { collectMatches, type GuardrailFinding } from './guardrail-finding.js';

// AAA-GG-SSSS with the SSA's never-issued values excluded: area 000, 666 and 900-999; group
// 00; serial 0000. Dashes or spaces are required (and the same both times): nine bare digits
// are far more often an order or account number.
const SSN = /(?<![\w-])(?!000|666|9\d\d)\d{3}([- ])(?!00)\d{2}\1(?!0000)\d{4}(?![\w-]|[.,]\d)/g;

/** US Social Security numbers (formatted, with the issuance rules applied). */
export function detectUsSsn(text: string): GuardrailFinding[] {
  return collectMatches('us_ssn', text, SSN, () => 0.85);
}
