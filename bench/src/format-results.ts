import { percentile, sortedCopy } from './percentile.js';
import type { LatencySamples } from './measure-latency.js';
import type { Throughput } from './measure-throughput.js';
import type { BenchTarget } from './bench-targets.js';

export type BenchResults = {
  targets: readonly BenchTarget[];
  throughput: Record<string, Throughput>;
  latency: LatencySamples;
  streams: LatencySamples;
  settings: {
    seconds: number;
    connections: number;
    latencyRequests: number;
    streamRequests: number;
  };
  ledger: { expected: number; written: number };
  machine: string;
};

const ms = (value: number) => (Number.isFinite(value) ? value.toFixed(2) : 'n/a');
const signedMs = (value: number) => (value >= 0 ? `+${ms(value)}` : ms(value));

function stat(samples: LatencySamples, name: string, key: 'total' | 'ttft', q: number): number {
  return percentile(sortedCopy(samples[name]?.total === undefined ? [] : samples[name][key]), q);
}

/** The side-by-side table (markdown), with "added" columns relative to the direct call. */
export function formatResults(r: BenchResults): string {
  const rows = r.targets.map((t) => {
    const added = (samples: LatencySamples, key: 'total' | 'ttft', q: number) =>
      t.name === 'direct'
        ? '—'
        : signedMs(stat(samples, t.name, key, q) - stat(samples, 'direct', key, q));
    const rps = r.throughput[t.name];
    return [
      t.label,
      rps === undefined ? 'n/a' : Math.round(rps.requestsPerSecond).toLocaleString('en-US'),
      rps === undefined ? 'n/a' : String(rps.non2xx + rps.errors),
      ms(stat(r.latency, t.name, 'total', 0.5)),
      ms(stat(r.latency, t.name, 'total', 0.99)),
      added(r.latency, 'total', 0.5),
      added(r.latency, 'total', 0.99),
      ms(stat(r.streams, t.name, 'ttft', 0.99)),
      added(r.streams, 'ttft', 0.5),
      added(r.streams, 'ttft', 0.99),
    ];
  });
  const header = [
    'target',
    'req/s at saturation',
    'failed',
    'latency p50 ms',
    'latency p99 ms',
    'added p50 ms',
    'added p99 ms',
    'TTFT p99 ms',
    'added TTFT p50 ms',
    'added TTFT p99 ms',
  ];
  const table = [header, header.map(() => '---'), ...rows].map(
    (cells) => `| ${cells.join(' | ')} |`,
  );
  const gh = r.throughput.gatehouse?.requestsPerSecond ?? Number.NaN;
  const pk = r.throughput.portkey?.requestsPerSecond ?? Number.NaN;
  const s = r.settings;
  return [
    ...table,
    '',
    `Gatehouse / Portkey requests/s: **${(gh / pk).toFixed(2)}×**. Ledger: ${r.ledger.written} of ${r.ledger.expected} Gatehouse requests written as usage events.`,
    '',
    `Saturation: ${s.connections} connections × ${s.seconds} s per target (autocannon). Latency: ${s.latencyRequests} requests one at a time, targets interleaved; TTFT: ${s.streamRequests} streamed requests likewise (time to the first content delta). Machine: ${r.machine}.`,
  ].join('\n');
}
