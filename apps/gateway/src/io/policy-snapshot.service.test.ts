import { emptySnapshotRows, GatewayError, type ConfigVersionRow } from '@gatehouse/shared';
import { pino } from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { PolicySnapshotService, type SnapshotSource } from './policy-snapshot.service.js';

const ORG = '0192f7a0-1c2d-7e3f-8a9b-0c1d2e3f4a5b';

// An in-memory source (the database one has its own integration tests): counts loads and can be
// switched off like a Postgres outage.
function memorySource() {
  const state = { up: true, version: 1n, loads: 0, polls: 0 };
  const down = () => Promise.reject(new Error('connect ECONNREFUSED 127.0.0.1:5432'));
  const source: SnapshotSource = {
    loadRows: () => {
      if (!state.up) return down();
      state.loads += 1;
      return Promise.resolve({
        ...emptySnapshotRows(),
        configVersions: [{ orgId: ORG, version: state.version }],
      });
    },
    readVersions: (): Promise<ConfigVersionRow[]> => {
      if (!state.up) return down();
      state.polls += 1;
      return Promise.resolve([{ orgId: ORG, version: state.version }]);
    },
    close: () => Promise.resolve(),
  };
  return { source, state };
}

const started: PolicySnapshotService[] = [];
function service(source: SnapshotSource, debounceMs = 5) {
  const s = new PolicySnapshotService({
    source,
    decryptCredentials: () => '{}',
    logger: pino({ level: 'silent' }),
    redisUrl: null,
    channel: 'gatehouse:config',
    pollIntervalMs: 3_600_000,
    debounceMs,
  });
  started.push(s);
  return s;
}
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

afterEach(async () => {
  for (const s of started.splice(0)) await s.close();
});

describe('PolicySnapshotService', () => {
  it('answers 503 until a first build succeeds, then builds on the next poll', async () => {
    const { source, state } = memorySource();
    state.up = false;
    const snapshots = service(source);
    await snapshots.start();
    expect(snapshots.isReady()).toBe(false);
    expect(() => snapshots.current()).toThrow(GatewayError);
    try {
      snapshots.current();
    } catch (error) {
      expect((error as GatewayError).status).toBe(503);
    }
    expect(snapshots.stats()).toMatchObject({ ready: false, failures: 1, version: null });
    expect(snapshots.stats().lastError).toMatch(/ECONNREFUSED/);
    state.up = true;
    await snapshots.poll();
    await sleep(30);
    expect(snapshots.isReady()).toBe(true);
    expect(snapshots.stats()).toMatchObject({
      rebuilds: 1,
      failures: 1,
      lastError: null,
      version: '1',
    });
  });

  it('retries a failed first build every second without waiting for the poll', async () => {
    const { source, state } = memorySource();
    state.up = false;
    const snapshots = service(source);
    await snapshots.start();
    expect(snapshots.isReady()).toBe(false);
    state.up = true;
    await sleep(1_200);
    expect(snapshots.isReady()).toBe(true);
    expect(state.polls).toBe(0);
  });

  it('coalesces many requests into one rebuild', async () => {
    const { source, state } = memorySource();
    const snapshots = service(source, 20);
    await snapshots.start();
    for (let i = 0; i < 100; i += 1) snapshots.requestRebuild();
    await sleep(80);
    expect(state.loads).toBe(2);
    expect(snapshots.stats().rebuilds).toBe(2);
  });

  it('rebuilds on a poll only when a config version moved', async () => {
    const { source, state } = memorySource();
    const snapshots = service(source);
    await snapshots.start();
    await snapshots.poll();
    await sleep(20);
    expect(state.loads).toBe(1);
    state.version = 2n;
    await snapshots.poll();
    await sleep(20);
    expect(state.loads).toBe(2);
    expect(snapshots.current().configVersions.get(ORG)).toBe(2n);
  });

  it('keeps the last snapshot when a rebuild or poll fails', async () => {
    const { source, state } = memorySource();
    const snapshots = service(source);
    await snapshots.start();
    const first = snapshots.current();
    state.up = false;
    snapshots.requestRebuild();
    await sleep(20);
    await snapshots.poll();
    await sleep(20);
    expect(snapshots.current()).toBe(first);
    expect(snapshots.stats().failures).toBeGreaterThanOrEqual(1);
    state.up = true;
    await snapshots.poll();
    await sleep(20);
    expect(snapshots.current()).not.toBe(first);
    expect(snapshots.stats().lastError).toBeNull();
  });
});
