/**
 * Why a policy-supplied pattern is refused, or null when it is safe to compile.
 *
 * JavaScript regexes backtrack, and a pattern like `(a+)+$` takes exponential time on
 * `aaaa…b`. We cannot time out a regex on the gateway's hot path, so we refuse the shapes that
 * cause exponential backtracking before compiling:
 * 1. a repeated group (`*`, `+`, `{n,}`, `{n,m}` with m > 1) that itself contains a quantifier —
 *    nested quantifiers: `(a+)+`, `(\d*)*`, `(?:x\w+){2,}`;
 * 2. a repeated group that contains an alternation: `(a|aa)+`, `(?:cat|ca)*` (alternatives that
 *    can match the same text multiply the paths); write `[ab]+` or `(?:cat|dog)?` instead;
 * 3. backreferences (`\1`, `\k<name>`), which can make matching NP-hard;
 * 4. patterns longer than MAX_CUSTOM_PATTERN_LENGTH characters.
 * A single `?` on a group is fine (at most one extra path). Polynomial cases (e.g. `.*.*x`) are
 * not exponential and are bounded by the text size cap of the caller.
 */
export const MAX_CUSTOM_PATTERN_LENGTH = 1000;

type Frame = { quantified: boolean; alternation: boolean };

// A `{…}` at `i` that is a quantifier: its max count, or null when the brace is a literal.
function braceMax(source: string, i: number): { max: number; length: number } | null {
  const m = /^\{(\d+)(,(\d*))?\}/.exec(source.slice(i, i + 24));
  if (m === null) return null;
  const max = m[2] === undefined ? Number(m[1]) : m[3] === '' ? Infinity : Number(m[3]);
  return { max, length: m[0].length };
}

// The quantifier at `i`: how many characters it spans and whether it repeats (max > 1).
function quantifierAt(source: string, i: number): { length: number; repeats: boolean } | null {
  const char = source[i];
  let q: { length: number; repeats: boolean } | null = null;
  if (char === '*' || char === '+') q = { length: 1, repeats: true };
  else if (char === '?') q = { length: 1, repeats: false };
  else if (char === '{') {
    const brace = braceMax(source, i);
    if (brace !== null) q = { length: brace.length, repeats: brace.max > 1 };
  }
  if (q !== null && source[i + q.length] === '?') q.length += 1; // lazy
  return q;
}

// Length of a group opener: `(`, `(?:`, `(?=`, `(?!`, `(?<=`, `(?<!`, `(?<name>`.
function groupOpenerLength(source: string, i: number): number {
  if (source[i + 1] !== '?') return 1;
  if (source[i + 2] !== '<' || source[i + 3] === '=' || source[i + 3] === '!')
    return source[i + 2] === '<' ? 4 : 3;
  const close = source.indexOf('>', i);
  return close === -1 ? 3 : close - i + 1;
}

function skipClass(source: string, i: number): number {
  let j = i + 1;
  while (j < source.length && source[j] !== ']') j += source[j] === '\\' ? 2 : 1;
  return j + 1;
}

/** Scans `source` once; see the rules above. */
export function checkRegexSafety(source: string): string | null {
  if (source.length > MAX_CUSTOM_PATTERN_LENGTH)
    return `longer than ${MAX_CUSTOM_PATTERN_LENGTH} characters`;
  const stack: Frame[] = [{ quantified: false, alternation: false }];
  let i = 0;
  while (i < source.length) {
    const char = source[i];
    const frame = stack[stack.length - 1] as Frame;
    if (char === '\\') {
      if (/[1-9k]/.test(source[i + 1] ?? '')) return 'backreferences are not allowed';
      i += 2;
    } else if (char === '[') i = skipClass(source, i);
    else if (char === '(') {
      stack.push({ quantified: false, alternation: false });
      i += groupOpenerLength(source, i);
    } else if (char === '|') {
      frame.alternation = true;
      i += 1;
    } else if (char === ')' && stack.length > 1) {
      const inner = stack.pop() as Frame;
      const q = quantifierAt(source, i + 1);
      if (q?.repeats && inner.quantified) return 'nested quantifiers like (a+)+ are not allowed';
      if (q?.repeats && inner.alternation) return 'a repeated group may not contain |';
      const parent = stack[stack.length - 1] as Frame;
      parent.quantified ||= inner.quantified || q !== null;
      i += 1 + (q?.length ?? 0);
    } else {
      const q = quantifierAt(source, i);
      if (q !== null) frame.quantified = true;
      i += q?.length ?? 1;
    }
  }
  return null;
}
