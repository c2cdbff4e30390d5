import { TOKEN_PREFIXES, TOKEN_RANDOM_LENGTH } from './generate-api-key.js';

// How many random characters the display prefix keeps: enough to tell keys apart in a list,
// far too few to help a guess.
const SHOWN_RANDOM_CHARS = 4;

// Issued tokens carry TOKEN_RANDOM_LENGTH characters; operators may supply their own (e.g. the
// seed's SEED_DEMO_KEY), so anything from 32 base62 characters up is accepted.
const MIN_RANDOM_LENGTH = 32;
const TOKEN_PATTERN = new RegExp(
  `^(${Object.values(TOKEN_PREFIXES).join('|')})[0-9A-Za-z]{${MIN_RANDOM_LENGTH},${TOKEN_RANDOM_LENGTH * 2}}$`,
);

/** The part of a token safe to display: its kind prefix and 4 characters ("gh_AbCd", "ghp_AbCd"). */
export function keyPrefix(key: string): string {
  const kindPrefix = Object.values(TOKEN_PREFIXES).find((p) => key.startsWith(p)) ?? '';
  return key.slice(0, kindPrefix.length + SHOWN_RANDOM_CHARS);
}

/** Whether a string has the shape of a token this platform issues (cheap check before a lookup). */
export function isWellFormedToken(key: string): boolean {
  return TOKEN_PATTERN.test(key);
}
