import { TOKEN_PREFIXES } from './generate-api-key.js';

// How many random characters the display prefix keeps: enough to tell keys apart in a list,
// far too few to help a guess.
const SHOWN_RANDOM_CHARS = 4;

// Issued tokens carry 40 random characters; operators may supply their own (the seed's
// SEED_DEMO_KEY, which `npm start` accepts as gh_ + 16 or more letters and digits), so 16 to 128
// are accepted.
const MIN_RANDOM_LENGTH = 16;
const MAX_RANDOM_LENGTH = 128;
const TOKEN_PATTERN = new RegExp(
  `^(${Object.values(TOKEN_PREFIXES).join('|')})[0-9A-Za-z]{${MIN_RANDOM_LENGTH},${MAX_RANDOM_LENGTH}}$`,
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
