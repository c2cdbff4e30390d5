import { describe, expect, it } from 'vitest';
import { computeCostMicros, type ModelPrices } from './compute-cost-micros.js';
import { parseUsdMicros } from './parse-usd-micros.js';

// gpt-4o: $2.50 in, $10 out, $1.25 cached (per million tokens)
const gpt4o: ModelPrices = {
  inputPerMTokMicros: 2_500_000n,
  outputPerMTokMicros: 10_000_000n,
  cachedInputPerMTokMicros: 1_250_000n,
};

describe('computeCostMicros', () => {
  it('prices a million tokens at the list price exactly', () => {
    expect(
      computeCostMicros({ inputTokens: 1_000_000, outputTokens: 0, cachedTokens: 0 }, gpt4o),
    ).toBe(2_500_000n);
    expect(
      computeCostMicros({ inputTokens: 0, outputTokens: 1_000_000, cachedTokens: 0 }, gpt4o),
    ).toBe(10_000_000n);
  });

  it('prices cached input at the cached price and the rest at the input price', () => {
    // 800 uncached × $2.50/M + 200 cached × $1.25/M + 100 out × $10/M = 2000 + 250 + 1000 µ$
    expect(
      computeCostMicros({ inputTokens: 1000, outputTokens: 100, cachedTokens: 200 }, gpt4o),
    ).toBe(3250n);
    // all cached: 1000 × $1.25/M = 1250 µ$
    expect(
      computeCostMicros({ inputTokens: 1000, outputTokens: 0, cachedTokens: 1000 }, gpt4o),
    ).toBe(1250n);
  });

  it('rounds the event total half up, once', () => {
    const cheap: ModelPrices = {
      inputPerMTokMicros: 500_000n,
      outputPerMTokMicros: 1_500_000n,
      cachedInputPerMTokMicros: 0n,
    };
    // 1 in × 0.5 = 0.5 µ$ → 1 ; 1 out × 1.5 = 1.5 → 2 ; both = 2.0 → 2 (not 1 + 2)
    expect(computeCostMicros({ inputTokens: 1, outputTokens: 0, cachedTokens: 0 }, cheap)).toBe(1n);
    expect(computeCostMicros({ inputTokens: 0, outputTokens: 1, cachedTokens: 0 }, cheap)).toBe(2n);
    expect(computeCostMicros({ inputTokens: 1, outputTokens: 1, cachedTokens: 0 }, cheap)).toBe(2n);
    // 0.499999 rounds down
    const odd: ModelPrices = {
      inputPerMTokMicros: 499_999n,
      outputPerMTokMicros: 0n,
      cachedInputPerMTokMicros: 0n,
    };
    expect(computeCostMicros({ inputTokens: 1, outputTokens: 0, cachedTokens: 0 }, odd)).toBe(0n);
  });

  it('stays exact beyond float precision', () => {
    const big = computeCostMicros(
      { inputTokens: 9_000_000_000_000, outputTokens: 0, cachedTokens: 0 },
      gpt4o,
    );
    expect(big).toBe(22_500_000_000_000n);
  });

  it('caps cached tokens at input tokens', () => {
    expect(
      computeCostMicros(
        { inputTokens: 1_000_000, outputTokens: 0, cachedTokens: 5_000_000 },
        gpt4o,
      ),
    ).toBe(1_250_000n);
  });

  it('rejects negative or fractional counts', () => {
    expect(() =>
      computeCostMicros({ inputTokens: -1, outputTokens: 0, cachedTokens: 0 }, gpt4o),
    ).toThrow(/inputTokens/);
    expect(() =>
      computeCostMicros({ inputTokens: 1, outputTokens: 1.5, cachedTokens: 0 }, gpt4o),
    ).toThrow(/outputTokens/);
  });
});

describe('parseUsdMicros', () => {
  it('parses decimal dollars exactly', () => {
    expect(parseUsdMicros('2.50')).toBe(2_500_000n);
    expect(parseUsdMicros('0.075')).toBe(75_000n);
    expect(parseUsdMicros('500')).toBe(500_000_000n);
    expect(parseUsdMicros('0.000001')).toBe(1n);
  });

  it('rejects more than six decimals and non-numbers', () => {
    expect(() => parseUsdMicros('0.0000001')).toThrow();
    expect(() => parseUsdMicros('-1')).toThrow();
    expect(() => parseUsdMicros('1e3')).toThrow();
  });
});
