// The credential formats the `secret` detector knows, one line each. Every pattern is anchored
// on a distinctive literal prefix with a bounded or single-class body, so matching is linear.
// `check` (optional) confirms a candidate the regex alone cannot (a JWT header that is JSON, an
// AWS secret next to an AWS-ish word).

export type SecretPattern = {
  name: string;
  pattern: RegExp;
  confidence: number;
  check?: (match: string, text: string, index: number) => boolean;
};

const AWS_CONTEXT = /aws|secret[_ -]?access|secret[_ -]?key/i;

function nearAwsContext(_match: string, text: string, index: number): boolean {
  return AWS_CONTEXT.test(text.slice(Math.max(0, index - 80), index));
}

// A 40-character AWS secret key is random: mixed case and digits (rules out hex digests and
// base64 of plain words that happen to be 40 long).
function looksRandom(match: string): boolean {
  return /[a-z]/.test(match) && /[A-Z]/.test(match) && /\d/.test(match);
}

function decodeBase64Url(segment: string): string | null {
  try {
    const base64 = segment.replace(/-/g, '+').replace(/_/g, '/');
    return atob(base64 + '='.repeat((4 - (base64.length % 4)) % 4));
  } catch {
    return null;
  }
}

// A JWT's first segment is a JSON object naming its algorithm.
function hasJsonHeader(match: string): boolean {
  const header = decodeBase64Url(match.slice(0, match.indexOf('.')));
  if (header === null) return false;
  try {
    const parsed: unknown = JSON.parse(header);
    return typeof parsed === 'object' && parsed !== null && 'alg' in parsed;
  } catch {
    return false;
  }
}

export const SECRET_PATTERNS: readonly SecretPattern[] = [
  { name: 'aws_access_key_id', pattern: /\b(?:AKIA|ASIA)[A-Z0-9]{16}\b/g, confidence: 0.95 },
  {
    name: 'aws_secret_access_key',
    pattern: /(?<![A-Za-z0-9/+])[A-Za-z0-9/+]{40}(?![A-Za-z0-9/+=])/g,
    confidence: 0.8,
    check: (match, text, index) => looksRandom(match) && nearAwsContext(match, text, index),
  },
  { name: 'github_token', pattern: /\bgh[oursp]_[A-Za-z0-9]{36,251}\b/g, confidence: 0.95 },
  { name: 'github_pat', pattern: /\bgithub_pat_[A-Za-z0-9_]{22,242}\b/g, confidence: 0.95 },
  { name: 'anthropic_key', pattern: /\bsk-ant-[A-Za-z0-9_-]{20,200}/g, confidence: 0.95 },
  {
    name: 'openai_key',
    pattern: /\bsk-(?!ant-)(?:proj-|svcacct-|admin-)?[A-Za-z0-9_-]{20,200}/g,
    confidence: 0.9,
  },
  { name: 'slack_token', pattern: /\bxox[abpr]-[A-Za-z0-9-]{10,200}/g, confidence: 0.95 },
  { name: 'stripe_key', pattern: /\b[rs]k_live_[A-Za-z0-9]{16,200}\b/g, confidence: 0.95 },
  { name: 'google_api_key', pattern: /\bAIza[0-9A-Za-z_-]{35}(?![0-9A-Za-z_-])/g, confidence: 0.9 },
  {
    name: 'jwt',
    pattern: /\beyJ[A-Za-z0-9_-]{6,2000}\.[A-Za-z0-9_-]{2,8000}\.[A-Za-z0-9_-]{10,2000}/g,
    confidence: 0.9,
    check: hasJsonHeader,
  },
  { name: 'gatehouse_key', pattern: /\bgh_[0-9A-Za-z]{16,128}\b/g, confidence: 0.95 },
];
