import { formatUsdMicros } from '@gatehouse/shared';
import type { UsageSums } from './usage.repository.js';

export const money = (micros: bigint) => ({
  micros: micros.toString(),
  usd: formatUsdMicros(micros),
});

/** Sums as JSON: counts as numbers, tokens as strings, money as { micros, usd }. */
export function toUsageTotals(s: UsageSums) {
  return {
    requests: Number(s.requests),
    errors: Number(s.errors),
    cacheHits: Number(s.cacheHits),
    inputTokens: s.inputTokens.toString(),
    outputTokens: s.outputTokens.toString(),
    cachedTokens: s.cachedTokens.toString(),
    cost: money(s.costMicros),
    saved: money(s.savedMicros),
  };
}

const ZERO: UsageSums = {
  requests: 0n,
  errors: 0n,
  cacheHits: 0n,
  inputTokens: 0n,
  outputTokens: 0n,
  cachedTokens: 0n,
  costMicros: 0n,
  savedMicros: 0n,
  latencyMsSum: 0n,
};

/** Exact element-wise sum of sums. */
export function addSums(rows: Iterable<UsageSums>): UsageSums {
  const total = { ...ZERO };
  for (const row of rows) {
    for (const key of Object.keys(ZERO) as Array<keyof UsageSums>) total[key] += row[key];
  }
  return total;
}
