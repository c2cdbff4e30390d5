import { Pool } from 'undici';
import { chatBody, type BenchTarget } from './bench-targets.js';

const FIRST_TOKEN = /"content":"[^"]/;

export type LatencySamples = Record<string, { total: number[]; ttft: number[] }>;

async function once(pool: Pool, target: BenchTarget, stream: boolean): Promise<[number, number]> {
  const started = performance.now();
  const response = await pool.request({
    method: 'POST',
    path: target.path,
    headers: target.headers,
    body: chatBody(stream),
  });
  if (response.statusCode !== 200) {
    const text = await response.body.text();
    throw new Error(`${target.name}: HTTP ${response.statusCode}: ${text.slice(0, 300)}`);
  }
  let firstToken = Number.NaN;
  for await (const chunk of response.body) {
    // The first non-empty content delta: the moment a streaming client could show a token (the
    // role-only opening chunk, `"content":""`, does not count).
    if (Number.isNaN(firstToken) && (!stream || FIRST_TOKEN.test(String(chunk)))) {
      firstToken = performance.now() - started;
    }
  }
  return [performance.now() - started, firstToken];
}

/**
 * One request in flight at a time, the targets interleaved request by request so drift (CPU
 * frequency, GC, other load) hits all of them alike. Returns milliseconds per request.
 */
export async function measureLatency(
  targets: readonly BenchTarget[],
  requests: number,
  stream: boolean,
): Promise<LatencySamples> {
  const pools = new Map(targets.map((t) => [t.name, new Pool(t.origin, { connections: 1 })]));
  const samples: LatencySamples = {};
  for (const t of targets) samples[t.name] = { total: [], ttft: [] };
  try {
    for (let i = 0; i < requests + 50; i += 1) {
      for (const target of targets) {
        const pool = pools.get(target.name);
        if (pool === undefined) continue;
        const [total, ttft] = await once(pool, target, stream);
        // The first 50 rounds warm the JIT, the pools and the gateway's snapshot.
        if (i < 50) continue;
        samples[target.name]?.total.push(total);
        samples[target.name]?.ttft.push(ttft);
      }
    }
  } finally {
    await Promise.all([...pools.values()].map((pool) => pool.close()));
  }
  return samples;
}
