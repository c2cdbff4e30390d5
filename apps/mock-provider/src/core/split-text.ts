/** Splits text into word-sized pieces (word plus trailing space) for streaming; joins back exactly. */
export function splitText(text: string): string[] {
  const pieces = text.match(/\s*\S+\s*/g) ?? [];
  return pieces.length === 0 && text.length > 0 ? [text] : pieces;
}

/** Splits a string into pieces of at most `size` characters (for streaming tool-call arguments). */
export function splitEvery(text: string, size: number): string[] {
  const pieces: string[] = [];
  for (let i = 0; i < text.length; i += size) pieces.push(text.slice(i, i + size));
  return pieces.length === 0 ? [''] : pieces;
}
