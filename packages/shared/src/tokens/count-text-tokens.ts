// The o200k_base entry point loads only that encoding's ranks (~2.4 MB of JS, a few hundred ms
// once at import), not the package's model and price tables.
import { countTokens } from 'gpt-tokenizer/encoding/o200k_base';

/** Tokens of a plain string in the o200k_base encoding (GPT-4o, GPT-4.1, o-series, GPT-5). */
export function countTextTokens(text: string): number {
  return text.length === 0 ? 0 : countTokens(text);
}
