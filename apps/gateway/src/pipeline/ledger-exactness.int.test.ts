// Every request yields exactly one usage event, with the tokens the caller was told and the cost
// the price table gives, through the real path: gateway → BullMQ → ledger worker → Postgres.
import { randomBytes } from 'node:crypto';
import { createRedisClient } from '@gatehouse/service-kit';
import {
  bullmqPrefix,
  computeCostMicros,
  countTextTokens,
  generateApiKey,
  hashApiKey,
  keyPrefix,
  QUEUE_NAMES,
  type UsageEventMessage,
} from '@gatehouse/shared';
import { Queue } from 'bullmq';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { postChat, setMockFaults, type Seen } from '../test-support/gateway-calls.js';
import { startTestGateway, type TestGateway } from '../test-support/start-test-gateway.js';

type EventRow = {
  requestId: string;
  occurredAt: Date;
  outcome: string;
  httpStatus: number;
  inputTokens: number;
  outputTokens: number;
  cachedTokens: number;
  costMicros: bigint;
  modelId: string | null;
};

describe('ledger exactness', () => {
  let gateway: TestGateway;
  let key: string;
  let keyId: string;
  const seen: Seen[] = [];

  beforeAll(async () => {
    gateway = await startTestGateway();
    key = generateApiKey();
    const app = await gateway.db.application.findFirstOrThrow({
      where: { orgId: gateway.orgId, name: 'Demo App' },
      select: { id: true },
    });
    const row = await gateway.db.apiKey.create({
      data: {
        orgId: gateway.orgId,
        applicationId: app.id,
        name: `ledger-${randomBytes(4).toString('hex')}`,
        keyHash: hashApiKey(key),
        prefix: keyPrefix(key),
      },
      select: { id: true },
    });
    keyId = row.id;
    await gateway.configChanged();
    await waitUntil(
      async () => (await postChat(gateway.baseUrl, key, 'nope', 'x', false)).status === 404,
    );
    seen.length = 0;
  });

  afterAll(async () => {
    await gateway?.close();
  });

  async function waitUntil(check: () => Promise<boolean>, timeoutMs = 10_000) {
    const deadline = Date.now() + timeoutMs;
    while (!(await check())) {
      if (Date.now() > deadline) throw new Error('timed out');
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  const events = () =>
    gateway.db.usageEvent.findMany({
      where: { apiKeyId: keyId },
      select: {
        requestId: true,
        occurredAt: true,
        outcome: true,
        httpStatus: true,
        inputTokens: true,
        outputTokens: true,
        cachedTokens: true,
        costMicros: true,
        modelId: true,
      },
    }) as Promise<EventRow[]>;

  it('writes one exact event per request: served, streamed, failed, aborted and refused', async () => {
    // The warm-up call above (404) is an event of this key too.
    const models = ['gpt-4o-mini', 'claude-haiku-4-5', 'gemini-2.5-flash', 'gpt-4o-eu'];
    for (const model of models)
      seen.push(await postChat(gateway.baseUrl, key, model, `Hello ${model}`, false));
    for (const model of models)
      seen.push(await postChat(gateway.baseUrl, key, model, `Stream ${model}`, true));
    await setMockFaults(gateway.mockUrl, { status: 500, targets: ['openai'], times: 3 });
    for (let i = 0; i < 3; i += 1)
      seen.push(await postChat(gateway.baseUrl, key, 'gpt-4o-mini', `fail ${i}`, false));
    await setMockFaults(gateway.mockUrl, { chunkDelayMs: 40, targets: ['anthropic'], times: 2 });
    const aborted = [
      await postChat(
        gateway.baseUrl,
        key,
        'claude-haiku-4-5',
        'Write a long story about ledgers.',
        true,
        true,
      ),
      await postChat(
        gateway.baseUrl,
        key,
        'claude-haiku-4-5',
        'Write a long poem about ledgers.',
        true,
        true,
      ),
    ];
    seen.push(...aborted);
    seen.push(await postChat(gateway.baseUrl, key, 'gpt-9-ultra', 'unknown model', false));
    const total = seen.length + 1;

    await waitUntil(async () => (await events()).length >= total);
    // Aborted streams are accounted when the gateway notices the disconnect; give it a moment.
    await new Promise((resolve) => setTimeout(resolve, 300));
    const rows = await events();
    expect(rows).toHaveLength(total);
    expect(new Set(rows.map((r) => r.requestId)).size).toBe(total);
    const byId = new Map(rows.map((r) => [r.requestId, r]));
    const modelRows = await gateway.db.model.findMany({ where: { orgId: gateway.orgId } });
    const prices = new Map(modelRows.map((m) => [m.id, m]));

    for (const call of seen) {
      const row = byId.get(call.requestId);
      expect(row, `event of ${call.requestId}`).toBeDefined();
      if (row === undefined) continue;
      const model = row.modelId === null ? undefined : prices.get(row.modelId);
      const expectedCost =
        model === undefined
          ? 0n
          : computeCostMicros(row, {
              inputPerMTokMicros: model.inputPricePerMTokMicros,
              outputPerMTokMicros: model.outputPricePerMTokMicros,
              cachedInputPerMTokMicros: model.cachedInputPricePerMTokMicros,
            });
      expect(row.costMicros).toBe(expectedCost);
      if (call.status === 200 && call.usage !== null) {
        expect(row.outcome).toBe('SUCCESS');
        expect(row.inputTokens).toBe(call.usage.prompt_tokens);
        expect(row.outputTokens).toBe(call.usage.completion_tokens);
      }
    }
    const failures = seen.filter((s) => s.status === 502);
    expect(failures).toHaveLength(3);
    for (const failure of failures) {
      expect(byId.get(failure.requestId)).toMatchObject({
        outcome: 'UPSTREAM_ERROR',
        httpStatus: 502,
        outputTokens: 0,
        costMicros: 0n,
      });
    }
    for (const call of aborted) {
      const row = byId.get(call.requestId);
      expect(row?.outcome).toBe('ABORTED');
      // Billed for what was produced: at least what the caller read, input estimated.
      expect(row?.outputTokens).toBeGreaterThanOrEqual(countTextTokens(call.text));
      expect(row?.inputTokens).toBeGreaterThan(0);
    }
    const unknown = seen.at(-1);
    expect(byId.get(unknown?.requestId ?? '')).toMatchObject({
      outcome: 'CLIENT_ERROR',
      httpStatus: 404,
      costMicros: 0n,
    });

    // The hourly rollups of this key add up to the ledger exactly.
    const rollups = await gateway.db.usageRollup.findMany({
      where: { apiKeyId: keyId, bucket: 'HOUR' },
      select: { requests: true, costMicros: true, inputTokens: true, outputTokens: true },
    });
    const sum = (values: bigint[]) => values.reduce((a, b) => a + b, 0n);
    expect(rollups.reduce((n, r) => n + r.requests, 0)).toBe(total);
    expect(sum(rollups.map((r) => r.costMicros))).toBe(sum(rows.map((r) => r.costMicros)));
    expect(sum(rollups.map((r) => r.outputTokens))).toBe(
      sum(rows.map((r) => BigInt(r.outputTokens))),
    );
  });

  it('writes nothing twice when a batch is delivered again', async () => {
    const before = await events();
    const full = await gateway.db.usageEvent.findMany({ where: { apiKeyId: keyId } });
    const replay: UsageEventMessage[] = full.map((e) => ({
      ...e,
      occurredAt: e.occurredAt.toISOString(),
      costMicros: e.costMicros.toString(),
      savedMicros: e.savedMicros.toString(),
      metadata: e.metadata as UsageEventMessage['metadata'],
    }));
    const redis = createRedisClient(inject('redisUrl'), 'bullmq');
    await redis.connect();
    const queue = new Queue(QUEUE_NAMES.usage, {
      connection: redis,
      prefix: bullmqPrefix(inject('redisPrefix')),
    });
    const batchId = `replay-${randomBytes(4).toString('hex')}`;
    const job = await queue.add('usage-batch', { batchId, events: replay }, { jobId: batchId });
    await waitUntil(async () => (await job.isCompleted()) || (await job.isFailed()));
    expect(await job.isCompleted()).toBe(true);
    await queue.close();
    await redis.quit();
    const after = await events();
    expect(after).toHaveLength(before.length);
    const rollups = await gateway.db.usageRollup.findMany({
      where: { apiKeyId: keyId, bucket: 'HOUR' },
      select: { requests: true },
    });
    expect(rollups.reduce((n, r) => n + r.requests, 0)).toBe(before.length);
  });
});
