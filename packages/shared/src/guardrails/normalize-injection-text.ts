// Text normalisation for prompt-injection scoring. Offsets are not kept: the scorer answers
// "how likely is this an attack", it does not point at spans.

const ZERO_WIDTH = /[\u00AD\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\uFEFF]/g;

// Look-alike letters from Cyrillic and Greek that attackers put into Latin words to dodge
// keyword filters ("іgnore" with a Cyrillic і). NFKC already folds full-width and styled
// (mathematical) letters.
const HOMOGLYPHS: Readonly<Record<string, string>> = {
  а: 'a',
  в: 'b',
  е: 'e',
  ё: 'e',
  к: 'k',
  м: 'm',
  н: 'h',
  о: 'o',
  р: 'p',
  с: 'c',
  т: 't',
  у: 'y',
  х: 'x',
  і: 'i',
  ї: 'i',
  ј: 'j',
  ѕ: 's',
  ԁ: 'd',
  ɡ: 'g',
  ո: 'n',
  ս: 'u',
  α: 'a',
  β: 'b',
  ε: 'e',
  ι: 'i',
  κ: 'k',
  ν: 'v',
  ο: 'o',
  ρ: 'p',
  τ: 't',
  υ: 'u',
  χ: 'x',
};
const HOMOGLYPH = new RegExp(`[${Object.keys(HOMOGLYPHS).join('')}]`, 'gu');

// Leetspeak digits and symbols, decoded only between letters ("1gn0re" → "ignore", while
// "3 files" and "v1.2" stay numbers).
const LEET: Readonly<Record<string, string>> = {
  '0': 'o',
  '1': 'i',
  '3': 'e',
  '4': 'a',
  '5': 's',
  '7': 't',
  '@': 'a',
  $: 's',
  '!': 'i',
};
const LEET_IN_WORD =
  /(?<=\p{L})[013457@$!]+(?=\p{L})|(?<![\p{L}\p{N}])[013457@$](?=\p{L}{2})|(?<=\p{L}{2})[013457@$](?![\p{L}\p{N}])/gu;

export type NormalizedText = {
  /** NFKC, no zero-width characters, homoglyphs folded, whitespace collapsed, lower-case. */
  plain: string;
  /** `plain` with in-word leetspeak decoded. */
  deleet: string;
  zeroWidthCount: number;
  /** Words mixing Latin letters with Cyrillic/Greek look-alikes (a sign of evasion). */
  mixedScriptWords: number;
};

function countMixedScriptWords(lower: string): number {
  const words = lower.match(/\p{L}+/gu) ?? [];
  return words.filter((w) => /[a-z]/.test(w) && new RegExp(HOMOGLYPH.source, 'u').test(w)).length;
}

function decodeLeet(text: string): string {
  return text.replace(LEET_IN_WORD, (run) => [...run].map((char) => LEET[char] ?? char).join(''));
}

/** Normalises text before injection scoring (see NormalizedText). */
export function normalizeInjectionText(text: string): NormalizedText {
  const nfkc = text.normalize('NFKC');
  const zeroWidthCount = nfkc.match(ZERO_WIDTH)?.length ?? 0;
  const lower = nfkc.replace(ZERO_WIDTH, '').toLowerCase();
  const mixedScriptWords = countMixedScriptWords(lower);
  const plain = lower
    .replace(HOMOGLYPH, (char) => HOMOGLYPHS[char] ?? char)
    .replace(/\s+/g, ' ')
    .trim();
  // Twice: decoding one symbol can make its neighbour "between letters" ("n0r3" → "nor3" → "nore").
  const deleet = decodeLeet(decodeLeet(plain));
  return { plain, deleet, zeroWidthCount, mixedScriptWords };
}
