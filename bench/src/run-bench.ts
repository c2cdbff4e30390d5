// `npm run bench`: the mock provider directly, Gatehouse and Portkey's gateway, side by side in
// one run on this machine. Prints the table and writes it into bench/README.md.
import { readFile, writeFile } from 'node:fs/promises';
import { cpus } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { benchTargets } from './bench-targets.js';
import { formatResults, type BenchResults } from './format-results.js';
import { measureLatency } from './measure-latency.js';
import { measureThroughput, type Throughput } from './measure-throughput.js';
import { repoRoot, startBenchStack } from './start-bench-stack.js';

const num = (name: string, fallback: number) => {
  const value = Number(process.env[name] ?? fallback);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`${name} must be a positive number`);
  return value;
};

const settings = {
  seconds: num('BENCH_SECONDS', 10),
  connections: num('BENCH_CONNECTIONS', 64),
  latencyRequests: num('BENCH_LATENCY_REQUESTS', 1000),
  streamRequests: num('BENCH_STREAM_REQUESTS', 500),
};

const START = '<!-- bench:results:start -->';
const END = '<!-- bench:results:end -->';

async function countLedgerRows(databaseUrl: string, since: Date): Promise<number> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const result = await client.query<{ n: string }>(
      `SELECT count(*)::text AS n FROM "UsageEvent"
        WHERE "endpoint" = '/v1/chat/completions' AND "occurredAt" >= $1`,
      [since],
    );
    return Number(result.rows[0]?.n ?? 0);
  } finally {
    await client.end();
  }
}

async function waitForLedger(databaseUrl: string, since: Date, expected: number): Promise<number> {
  let written = 0;
  for (let i = 0; i < 60 && written < expected; i += 1) {
    written = await countLedgerRows(databaseUrl, since);
    if (written < expected) await new Promise((resolve) => setTimeout(resolve, 500));
  }
  return written;
}

async function writeReadme(table: string): Promise<void> {
  const file = join(repoRoot, 'bench/README.md');
  const readme = await readFile(file, 'utf8');
  const dated = `Last run: ${new Date().toISOString()}\n\n${table}`;
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  const next =
    start >= 0 && end > start
      ? `${readme.slice(0, start + START.length)}\n${dated}\n${readme.slice(end)}`
      : `${readme.trimEnd()}\n\n## Results\n\n${START}\n${dated}\n${END}\n`;
  await writeFile(file, next);
}

async function main(): Promise<void> {
  const stack = await startBenchStack();
  // The seeded history is in the ledger too; count only what this run sent.
  const since = new Date();
  try {
    const targets = benchTargets(stack.urls, stack.demoKey);
    const throughput: Record<string, Throughput> = {};
    for (const target of targets) {
      console.log(`bench: saturating ${target.label}…`);
      throughput[target.name] = await measureThroughput(
        target,
        settings.connections,
        settings.seconds,
      );
    }
    console.log('bench: latency, one request in flight…');
    const latency = await measureLatency(targets, settings.latencyRequests, false);
    console.log('bench: time to first token, streams…');
    const streams = await measureLatency(targets, settings.streamRequests, true);
    const served =
      (throughput.gatehouse?.total ?? 0) + settings.latencyRequests + settings.streamRequests + 100;
    const written = await waitForLedger(stack.databaseUrl, since, served);
    const results: BenchResults = {
      targets,
      throughput,
      latency,
      streams,
      settings,
      ledger: { expected: served, written },
      machine: `${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, Node ${process.version}`,
    };
    const table = formatResults(results);
    console.log(`\n${table}\n`);
    await writeReadme(table);
  } finally {
    await stack.stop();
  }
}

main().catch((error: unknown) => {
  console.error(`bench: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
