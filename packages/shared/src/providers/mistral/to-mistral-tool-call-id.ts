const MISTRAL_ID = /^[a-zA-Z0-9]{9}$/;
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

// FNV-1a over UTF-16 code units, 32 bits, with a chosen offset basis.
function fnv1a(text: string, basis: number): number {
  let hash = basis >>> 0;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/**
 * Mistral accepts only tool-call ids of 9 letters and digits, and answers its own calls with such
 * ids. A conversation that started on another provider carries ids like `call_abc…`: they are
 * mapped to 9 characters deterministically, so an assistant's call and the tool result that
 * answers it still match.
 */
export function toMistralToolCallId(id: string): string {
  if (MISTRAL_ID.test(id)) return id;
  let value = (BigInt(fnv1a(id, 0x811c9dc5)) << 32n) | BigInt(fnv1a(id, 0x050c5d1f));
  let out = '';
  for (let i = 0; i < 9; i++) {
    out += ALPHABET[Number(value % 62n)];
    value /= 62n;
  }
  return out;
}
