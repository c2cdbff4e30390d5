import type { EmbeddingsRequest } from '../llm/chat-types.js';
import { countTextTokens } from './count-text-tokens.js';

/** Input tokens of an embeddings request: texts tokenized, token-id arrays counted as they are. */
export function estimateEmbeddingInputTokens(request: EmbeddingsRequest): number {
  const { input } = request;
  if (typeof input === 'string') return countTextTokens(input);
  return (input as readonly (string | number | number[])[]).reduce<number>((sum, item) => {
    if (typeof item === 'string') return sum + countTextTokens(item);
    if (typeof item === 'number') return sum + 1;
    return sum + item.length;
  }, 0);
}
