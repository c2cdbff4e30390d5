import { describe, expect, it } from 'vitest';
import { encodeEmbeddingBase64, generateEmbedding } from './generate-embedding.js';

describe('generateEmbedding', () => {
  it('is deterministic, unit length and sized as asked', () => {
    const vector = generateEmbedding('m', 'hello', 64);
    expect(vector).toHaveLength(64);
    expect(generateEmbedding('m', 'hello', 64)).toEqual(vector);
    expect(generateEmbedding('m', 'bye', 64)).not.toEqual(vector);
    const norm = Math.sqrt(vector.reduce((s, v) => s + v * v, 0));
    expect(norm).toBeCloseTo(1, 5);
  });
  it('encodes base64 float32 that decodes to the same numbers', () => {
    const vector = generateEmbedding('m', 'hello', 8);
    const bytes = Buffer.from(encodeEmbeddingBase64(vector), 'base64');
    expect(Array.from(new Float32Array(bytes.buffer, bytes.byteOffset, 8))).toEqual(vector);
  });
});
