import { formatUsdMicros, latencyQuantile, type PromptLabelSplit } from '@gatehouse/shared';
import type { UsageSums } from '../usage/usage.repository.js';

/** A version's rollup sums in the range, with its latency histogram. */
export type PromptVersionTotals = UsageSums & { promptVersionId: string; histogram: number[] };

const money = (micros: bigint) => ({ micros: micros.toString(), usd: formatUsdMicros(micros) });

const divRound = (a: bigint, b: bigint) => (a * 2n + b) / (2n * b);

/** One version's line of the metrics response (zeros where it served nothing in the range). */
export function toVersionMetrics(
  version: { id: string; version: number },
  labels: Record<string, PromptLabelSplit>,
  totals: readonly PromptVersionTotals[],
) {
  const t = totals.find((row) => row.promptVersionId === version.id);
  const requests = t?.requests ?? 0n;
  const errors = t?.errors ?? 0n;
  const cost = t?.costMicros ?? 0n;
  const histogram = t?.histogram ?? [];
  return {
    version: version.version,
    versionId: version.id,
    labels: Object.entries(labels)
      .filter(([, split]) => split.some((s) => s.version === version.version && s.weight > 0))
      .map(([name]) => name)
      .sort(),
    requests: Number(requests),
    errors: Number(errors),
    errorRate: requests === 0n ? null : Number(errors) / Number(requests),
    cost: money(cost),
    costPerRequest: requests === 0n ? null : money(divRound(cost, requests)),
    inputTokens: (t?.inputTokens ?? 0n).toString(),
    outputTokens: (t?.outputTokens ?? 0n).toString(),
    latencyMs: {
      avg: requests === 0n ? null : Number(divRound(t?.latencyMsSum ?? 0n, requests)),
      p50: latencyQuantile(histogram, 0.5),
      p95: latencyQuantile(histogram, 0.95),
    },
  };
}
