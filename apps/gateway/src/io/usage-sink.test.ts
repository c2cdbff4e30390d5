import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it, vi } from 'vitest';
import type { UsageEventMessage } from '@gatehouse/shared';
import type { Logger } from 'pino';
import {
  UsageSink,
  type UsageBatch,
  type UsageSinkOptions,
  type UsageTransport,
} from './usage-sink.js';

function event(i: number): UsageEventMessage {
  return {
    occurredAt: new Date(Date.UTC(2026, 10, 24, 12, 0, 0, i)).toISOString(),
    requestId: `req-${i}`,
    orgId: '0b9f3c1e-5a8d-4f0e-9c1a-2b3c4d5e6f70',
    teamId: null,
    applicationId: null,
    apiKeyId: null,
    productId: null,
    providerId: null,
    modelId: null,
    providerSlug: null,
    modelName: null,
    endpoint: '/v1/chat/completions',
    httpStatus: 200,
    outcome: 'SUCCESS',
    errorType: null,
    stream: false,
    cacheHit: false,
    inputTokens: 1,
    outputTokens: 1,
    cachedTokens: 0,
    costMicros: '10',
    savedMicros: '0',
    latencyMs: 5,
    ttftMs: null,
    promptVersionId: null,
    region: null,
    metadata: { secret: 'sk-should-never-be-logged' },
  };
}

// A transport that records every attempt and fails or refuses on demand.
class FakeTransport implements UsageTransport {
  up = true;
  failNext = 0;
  refuse = 0;
  attempts: UsageBatch[] = [];
  delivered: UsageBatch[] = [];
  closed = false;
  available = () => this.up;
  async send(batch: UsageBatch): Promise<number> {
    this.attempts.push(batch);
    if (this.failNext > 0) {
      this.failNext -= 1;
      throw new Error('ECONNRESET');
    }
    this.delivered.push(batch);
    return this.refuse;
  }
  async close(): Promise<void> {
    this.closed = true;
  }
  requestIds = () => this.delivered.flatMap((b) => b.events.map((e) => e.requestId));
}

function fakeLogger() {
  const calls: Array<[level: string, fields: unknown, message: unknown]> = [];
  const at = (level: string) => (fields: unknown, message?: unknown) => {
    calls.push([level, fields, message]);
  };
  const logger = { debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') };
  return { logger: logger as unknown as Logger, calls };
}

function setup(options: Partial<UsageSinkOptions> = {}) {
  const transport = new FakeTransport();
  const { logger, calls } = fakeLogger();
  const sink = new UsageSink(transport, {
    batchSize: 3,
    flushIntervalMs: 20,
    bufferMax: 100,
    logger,
    retryMinMs: 5,
    retryMaxMs: 20,
    ...options,
  });
  return { sink, transport, calls };
}

async function until(check: () => boolean, timeoutMs = 2_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await sleep(2);
  }
}

describe('UsageSink', () => {
  it('cuts a batch at the batch size and sends the rest when the interval passes', async () => {
    const { sink, transport } = setup();
    for (let i = 0; i < 7; i++) sink.record(event(i));
    await until(() => sink.stats().flushedBatches === 2);
    expect(sink.stats().buffered).toBe(1);
    await until(() => sink.stats().flushedBatches === 3);
    expect(transport.delivered.map((b) => b.events.length)).toEqual([3, 3, 1]);
    expect(transport.requestIds()).toEqual([0, 1, 2, 3, 4, 5, 6].map((i) => `req-${i}`));
    expect(new Set(transport.delivered.map((b) => b.batchId)).size).toBe(3);
    expect(sink.stats()).toEqual({
      buffered: 0,
      flushedEvents: 7,
      flushedBatches: 3,
      dropped: 0,
      rejected: 0,
      lastError: null,
    });
  });

  it('retries a failed batch under the same id, in order, losing nothing', async () => {
    const { sink, transport, calls } = setup();
    transport.failNext = 2;
    for (let i = 0; i < 6; i++) sink.record(event(i));
    await until(() => sink.stats().flushedBatches === 2);
    const [first, second] = transport.delivered.map((b) => b.batchId);
    expect(transport.attempts.map((b) => b.batchId)).toEqual([first, first, first, second]);
    expect(transport.requestIds()).toEqual([0, 1, 2, 3, 4, 5].map((i) => `req-${i}`));
    expect(sink.stats()).toMatchObject({ flushedEvents: 6, dropped: 0, lastError: 'ECONNRESET' });
    // one warning for the outage, one info when it ends; not one per retry
    expect(calls.filter(([level]) => level === 'warn')).toHaveLength(1);
    expect(calls.filter(([level]) => level === 'info')).toHaveLength(1);
  });

  it('holds events while the transport is unavailable and drops the newest beyond the bound', async () => {
    const { sink, transport, calls } = setup({ bufferMax: 10, dropLogIntervalMs: 60_000 });
    transport.up = false;
    for (let i = 0; i < 25; i++) sink.record(event(i));
    expect(sink.stats()).toMatchObject({ buffered: 10, dropped: 15, flushedEvents: 0 });
    transport.up = true;
    await until(() => sink.stats().buffered === 0);
    expect(transport.requestIds()).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9].map((i) => `req-${i}`));
    expect(sink.stats()).toMatchObject({ flushedEvents: 10, dropped: 15 });
    const dropLogs = calls.filter(([, , message]) => String(message).includes('buffer full'));
    // the first drop is logged at once; the other 14 are summed into the next (timed) line
    expect(dropLogs[0]?.[1]).toMatchObject({ dropped: 1, droppedTotal: 1, bufferMax: 10 });
    expect(JSON.stringify(calls)).not.toContain('sk-should-never-be-logged');
  });

  it('logs drops within the quiet interval as one summed line', async () => {
    const { sink, transport, calls } = setup({ bufferMax: 2, dropLogIntervalMs: 30 });
    transport.up = false;
    for (let i = 0; i < 9; i++) sink.record(event(i));
    await until(() => calls.filter(([level]) => level === 'warn').length >= 3);
    const drops = calls.filter(([, , m]) => String(m).includes('buffer full'));
    expect(drops.map(([, fields]) => (fields as { dropped: number }).dropped)).toEqual([1, 6]);
    await sink.close(0);
  });

  it('flushes everything on close and closes the transport', async () => {
    const { sink, transport } = setup({ batchSize: 100, flushIntervalMs: 60_000 });
    for (let i = 0; i < 5; i++) sink.record(event(i));
    await sink.close(1_000);
    expect(transport.requestIds()).toHaveLength(5);
    expect(transport.closed).toBe(true);
    sink.record(event(99));
    expect(sink.stats()).toMatchObject({ flushedEvents: 5, dropped: 1, buffered: 0 });
  });

  it('counts what is still unsent at the shutdown deadline as dropped, and says so', async () => {
    const { sink, transport, calls } = setup();
    transport.up = false;
    for (let i = 0; i < 4; i++) sink.record(event(i));
    await sink.close(50);
    expect(sink.stats()).toMatchObject({ dropped: 4, flushedEvents: 0 });
    expect(
      calls.some(([level, f]) => level === 'error' && (f as { unsent: number }).unsent === 4),
    ).toBe(true);
  });

  it('counts events the transport refused as malformed', async () => {
    const { sink, transport } = setup();
    transport.refuse = 1;
    for (let i = 0; i < 3; i++) sink.record(event(i));
    await until(() => sink.stats().flushedBatches === 1);
    expect(sink.stats()).toMatchObject({ flushedEvents: 3, rejected: 1 });
  });

  it('treats a send that never answers as failed and retries it', async () => {
    const { sink, transport } = setup({ sendTimeoutMs: 20 });
    const hang = vi.spyOn(transport, 'send').mockImplementationOnce(() => new Promise(() => {}));
    for (let i = 0; i < 3; i++) sink.record(event(i));
    await until(() => sink.stats().flushedBatches === 1);
    expect(hang).toHaveBeenCalledTimes(2);
    expect(sink.stats()).toMatchObject({
      flushedEvents: 3,
      lastError: 'send timed out after 20 ms',
    });
  });
});
