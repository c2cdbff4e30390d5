import { createRandom, hashText } from './hash-text.js';

/** A deterministic unit-length vector derived from the text (same text, same vector). */
export function generateEmbedding(model: string, text: string, dimensions: number): number[] {
  const random = createRandom(hashText(`${model}\n${text}`));
  const raw = Array.from({ length: dimensions }, () => random() * 2 - 1);
  const norm = Math.sqrt(raw.reduce((sum, v) => sum + v * v, 0)) || 1;
  // Float32 precision, as the vendors return.
  return raw.map((v) => Math.fround(v / norm));
}

/** OpenAI's `encoding_format: "base64"`: little-endian float32 bytes, base64-encoded. */
export function encodeEmbeddingBase64(vector: number[]): string {
  return Buffer.from(new Float32Array(vector).buffer).toString('base64');
}
