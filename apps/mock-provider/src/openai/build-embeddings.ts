import { decode } from 'gpt-tokenizer/encoding/o200k_base';
import { countTokens } from '../core/count-tokens.js';
import { encodeEmbeddingBase64, generateEmbedding } from '../core/generate-embedding.js';
import type { EmbeddingsBody } from './openai-schemas.js';

/** The inputs as strings (token-id inputs decoded) and their token count. */
export function embeddingInputs(input: EmbeddingsBody['input']): {
  texts: string[];
  tokens: number;
} {
  if (typeof input === 'string') return { texts: [input], tokens: countTokens(input) };
  if (input.every((item): item is number => typeof item === 'number'))
    return { texts: [decode(input)], tokens: input.length };
  const texts: string[] = [];
  let tokens = 0;
  for (const item of input as (string | number[])[]) {
    texts.push(typeof item === 'string' ? item : decode(item));
    tokens += typeof item === 'string' ? countTokens(item) : item.length;
  }
  return { texts, tokens };
}

/** An OpenAI embeddings list response. */
export function buildEmbeddings(body: EmbeddingsBody, model: string, dimensions: number) {
  const { texts, tokens } = embeddingInputs(body.input);
  const base64 = body.encoding_format === 'base64';
  return {
    object: 'list',
    data: texts.map((text, index) => {
      const vector = generateEmbedding(model, text, dimensions);
      return {
        object: 'embedding',
        index,
        embedding: base64 ? encodeEmbeddingBase64(vector) : vector,
      };
    }),
    model,
    usage: { prompt_tokens: tokens, total_tokens: tokens },
  };
}
