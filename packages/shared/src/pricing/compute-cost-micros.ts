/** Token counts of one request, as the provider reported them (or as estimated). */
export type TokenUsage = {
  /** All prompt tokens, cached ones included (OpenAI's `prompt_tokens` semantics). */
  inputTokens: number;
  outputTokens: number;
  /** The part of inputTokens served from the provider's prompt cache. */
  cachedTokens: number;
};

/** A model's list prices in micro-dollars per million tokens ($2.50 / 1M = 2_500_000n). */
export type ModelPrices = {
  inputPerMTokMicros: bigint;
  outputPerMTokMicros: bigint;
  cachedInputPerMTokMicros: bigint;
};

const TOKENS_PER_PRICE_UNIT = 1_000_000n;

function toCount(name: string, value: number): bigint {
  if (!Number.isSafeInteger(value) || value < 0) {
    throw new RangeError(`${name} must be a non-negative integer, got ${value}`);
  }
  return BigInt(value);
}

/**
 * Cost of one request in integer micro-dollars, exact.
 *
 * Cached tokens are a subset of input tokens: they are priced at the cached-input price and only
 * the rest of the input at the input price (adapters of providers that report cache reads apart
 * from input, like Anthropic, add them into inputTokens first). Cached tokens above inputTokens
 * are capped at inputTokens, so a bad report never charges more input than was sent.
 *
 * Rounding: the three products are summed exactly in micro-dollar·tokens and the event total is
 * divided by one million once, rounding half up. Per-event totals are what the ledger stores and
 * what every rollup, budget and invoice sums, so reports always add up.
 */
export function computeCostMicros(usage: TokenUsage, prices: ModelPrices): bigint {
  const input = toCount('inputTokens', usage.inputTokens);
  const output = toCount('outputTokens', usage.outputTokens);
  const cachedRaw = toCount('cachedTokens', usage.cachedTokens);
  const cached = cachedRaw < input ? cachedRaw : input;
  const scaled =
    (input - cached) * prices.inputPerMTokMicros +
    cached * prices.cachedInputPerMTokMicros +
    output * prices.outputPerMTokMicros;
  return (scaled + TOKENS_PER_PRICE_UNIT / 2n) / TOKENS_PER_PRICE_UNIT;
}
