import { collectMatches, type DetectText } from './guardrail-finding.js';

export type DenyWordsOptions = { words: readonly string[] };

function escapeRegex(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

// A word's internal whitespace matches any run of whitespace ("project  x" across a line break).
function wordSource(word: string): string {
  return word.trim().split(/\s+/).map(escapeRegex).join('\\s+');
}

/**
 * Compiles a deny list into one detector: whole words or phrases, case-insensitive with Unicode
 * case folding ("ÉTÉ" matches "été"), where a "word boundary" is any character that is not a
 * letter, mark, digit or underscore in any script (so "project" does not match "projection" and
 * "naïve" is one word). Longer entries are tried first so "project x" wins over "project".
 */
export function compileDenyWords(options: DenyWordsOptions): DetectText {
  const sources = [...new Set(options.words.map((w) => w.normalize('NFC').trim()))]
    .filter((w) => w !== '')
    .sort((a, b) => b.length - a.length)
    .map(wordSource);
  if (sources.length === 0) return () => [];
  const pattern = new RegExp(
    `(?<![\\p{L}\\p{M}\\p{N}_])(?:${sources.join('|')})(?![\\p{L}\\p{M}\\p{N}_])`,
    'giu',
  );
  return (text) => collectMatches('deny_words', text, pattern, () => 1);
}
