// The rest of the gateway's surface through real HTTP: revocation within a second, managed
// prompts, the REST product proxy, /metrics and readiness.
import { randomBytes } from 'node:crypto';
import { generateApiKey, hashApiKey, keyPrefix } from '@gatehouse/shared';
import OpenAI from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestGateway, type TestGateway } from '../test-support/start-test-gateway.js';

describe('gateway surface', () => {
  let gateway: TestGateway;
  let demoAppId: string;

  beforeAll(async () => {
    gateway = await startTestGateway();
    const app = await gateway.db.application.findFirstOrThrow({
      where: { orgId: gateway.orgId, name: 'Demo App' },
      select: { id: true },
    });
    demoAppId = app.id;
  });

  afterAll(async () => {
    await gateway?.close();
  });

  const chat = (key: string) =>
    fetch(`${gateway.baseUrl}/v1/chat/completions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
      body: JSON.stringify({ model: 'fast', messages: [{ role: 'user', content: 'hi' }] }),
    });

  it('refuses a revoked key within a second of the revocation', async () => {
    const key = generateApiKey();
    const row = await gateway.db.apiKey.create({
      data: {
        orgId: gateway.orgId,
        applicationId: demoAppId,
        name: `revoke-${randomBytes(4).toString('hex')}`,
        keyHash: hashApiKey(key),
        prefix: keyPrefix(key),
      },
      select: { id: true },
    });
    await gateway.configChanged();
    const deadline = Date.now() + 5_000;
    while ((await chat(key)).status !== 200 && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    expect((await chat(key)).status).toBe(200);

    await gateway.db.apiKey.update({
      where: { id: row.id },
      data: { status: 'REVOKED', revokedAt: new Date() },
    });
    const revokedAt = performance.now();
    await gateway.configChanged();
    let refused: Response | null = null;
    while (performance.now() - revokedAt < 3_000) {
      const response = await chat(key);
      if (response.status === 401) {
        refused = response;
        break;
      }
      await response.body?.cancel();
    }
    const elapsedMs = performance.now() - revokedAt;
    expect(refused?.status).toBe(401);
    expect(elapsedMs).toBeLessThan(1_000);
    expect(await refused?.json()).toMatchObject({ error: { code: 'invalid_api_key' } });
  });

  it('runs a managed prompt by label and by version, strict about variables', async () => {
    const run = (body: unknown) =>
      fetch(`${gateway.baseUrl}/v1/prompts/support-reply/completions`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${gateway.demoKey}` },
        body: JSON.stringify(body),
      });
    const ok = await run({ variables: { customer_name: 'Ada', question: 'Where is my order?' } });
    expect(ok.status).toBe(200);
    const completion = (await ok.json()) as OpenAI.ChatCompletion;
    expect(completion.choices[0]?.message.content).toContain('Ada');
    // production points at version 2 (gpt-4o-mini); version 3 runs on Claude Haiku.
    expect(ok.headers.get('x-gatehouse-model')).toBe('gpt-4o-mini');
    const v3 = await run({ version: 3, variables: { customer_name: 'Ada', question: 'Hi?' } });
    expect(v3.headers.get('x-gatehouse-model')).toBe('claude-haiku-4-5');
    await v3.body?.cancel();

    const missing = await run({ variables: { customer_name: 'Ada' } });
    expect(missing.status).toBe(400);
    expect(await missing.json()).toMatchObject({
      error: {
        code: 'invalid_prompt_variables',
        param: 'variables',
        message: expect.stringContaining('question'),
      },
    });
    const unknown = await run({ variables: { customer_name: 'Ada', question: 'q', mood: 'x' } });
    expect(unknown.status).toBe(400);
    expect(((await unknown.json()) as { error: { message: string } }).error.message).toContain(
      'mood',
    );
    const nope = await run({ label: 'canary', variables: {} });
    expect(nope.status).toBe(404);
    const rows = await gateway.db.usageEvent.findMany({
      where: { requestId: ok.headers.get('x-request-id') ?? '' },
      select: { promptVersionId: true },
    });
    await waitForRows(() =>
      gateway.db.usageEvent.count({ where: { requestId: ok.headers.get('x-request-id') ?? '' } }),
    );
    const version2 = await gateway.db.promptVersion.findFirstOrThrow({
      where: { version: 2, template: { slug: 'support-reply', orgId: gateway.orgId } },
      select: { id: true },
    });
    const event = await gateway.db.usageEvent.findFirstOrThrow({
      where: { requestId: ok.headers.get('x-request-id') ?? '' },
      select: { promptVersionId: true },
    });
    expect(rows.length).toBeLessThanOrEqual(1);
    expect(event.promptVersionId).toBe(version2.id);
  });

  it('proxies a REST product with the product credentials, never the caller key', async () => {
    await fetch(`${gateway.mockUrl}/_control/requests`, { method: 'DELETE' });
    const list = await fetch(`${gateway.baseUrl}/apis/orders/orders?pageSize=2`, {
      headers: { authorization: `Bearer ${gateway.demoKey}`, 'proxy-authorization': 'Basic eDp5' },
    });
    expect(list.status).toBe(200);
    const created = await fetch(`${gateway.baseUrl}/apis/orders/orders`, {
      method: 'POST',
      headers: { 'x-api-key': gateway.demoKey, 'content-type': 'application/json' },
      body: JSON.stringify({
        customerId: 'cus_0042',
        items: [{ sku: 'SKU-0001', quantity: 2, unitPriceCents: 1250 }],
      }),
    });
    expect(created.status).toBe(201);
    expect(created.headers.get('location')).toMatch(/^\/apis\/orders\/orders\/[\w-]+$/);
    expect(await created.json()).toMatchObject({ customerId: 'cus_0042', totalCents: 2500 });
    const log = (await (
      await fetch(`${gateway.mockUrl}/_control/requests?target=rest`)
    ).json()) as {
      data: Array<{ method: string; url: string; headers: Record<string, string | undefined> }>;
    };
    const get = log.data.find((r) => r.method === 'GET');
    expect(get?.url).toBe('/rest/orders?pageSize=2');
    expect(get?.headers['x-upstream-key']).toBe('mock-orders-key');
    expect(get?.headers.authorization).toBeUndefined();
    expect(get?.headers['proxy-authorization']).toBeUndefined();
    const post = log.data.find((r) => r.method === 'POST');
    expect(post?.headers['x-api-key']).toBeUndefined();
    expect(JSON.stringify(post ?? {})).not.toContain(gateway.demoKey);

    const unknown = await fetch(`${gateway.baseUrl}/apis/nope/x`, {
      headers: { authorization: `Bearer ${gateway.demoKey}` },
    });
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toMatchObject({ error: { code: 'product_not_found' } });
    const anonymous = await fetch(`${gateway.baseUrl}/apis/orders/orders`);
    expect(anonymous.status).toBe(401);
  });

  it("times out an upstream slower than the model's timeout with a 504", async () => {
    const model = await gateway.db.model.update({
      where: { orgId_publicName: { orgId: gateway.orgId, publicName: 'gpt-4o-mini' } },
      data: { timeoutMs: 300 },
      select: { id: true },
    });
    await gateway.configChanged();
    await new Promise((resolve) => setTimeout(resolve, 300));
    await fetch(`${gateway.mockUrl}/_control/faults`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ latencyMs: 1500, targets: ['openai'], times: 1 }),
    });
    try {
      const started = performance.now();
      const response = await chat(gateway.demoKey);
      expect(response.status).toBe(504);
      expect(await response.json()).toMatchObject({ error: { code: 'upstream_timeout' } });
      expect(performance.now() - started).toBeLessThan(1_200);
    } finally {
      await gateway.db.model.update({ where: { id: model.id }, data: { timeoutMs: null } });
      await gateway.configChanged();
    }
  });

  it('falls back to the next target before the first byte and records the path taken', async () => {
    await fetch(`${gateway.mockUrl}/_control/faults`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ status: 500, targets: ['openai'], times: 1 }),
    });
    const response = await fetch(`${gateway.baseUrl}/v1/chat/completions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${gateway.demoKey}` },
      body: JSON.stringify({ model: 'gpt-4o', messages: [{ role: 'user', content: 'hi' }] }),
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('x-gatehouse-provider')).toBe('azure-openai');
    const requestId = response.headers.get('x-request-id') ?? '';
    await waitForRows(() => gateway.db.usageEvent.count({ where: { requestId } }));
    const event = await gateway.db.usageEvent.findFirstOrThrow({
      where: { requestId },
      select: { metadata: true, modelName: true, outcome: true },
    });
    expect(event).toMatchObject({
      modelName: 'gpt-4o-eu',
      outcome: 'SUCCESS',
      metadata: { targetsTried: ['openai/gpt-4o', 'azure-openai/gpt-4o-eu'] },
    });
  });

  it('exposes request, token, cost and latency series on /metrics', async () => {
    await chat(gateway.demoKey);
    const text = await (await fetch(`${gateway.baseUrl}/metrics`)).text();
    expect(text).toMatch(
      /gatehouse_requests_total\{[^}]*endpoint="\/v1\/chat\/completions"[^}]*model="gpt-4o-mini"[^}]*\} \d+/,
    );
    expect(text).toMatch(/gatehouse_tokens_total\{[^}]*kind="output"[^}]*\} \d+/);
    expect(text).toMatch(/gatehouse_cost_usd_total\{/);
    expect(text).toMatch(/gatehouse_request_duration_seconds_bucket\{/);
    expect(text).toMatch(/gatehouse_snapshot_ready 1/);
  });
});

async function waitForRows(count: () => Promise<number>) {
  const deadline = Date.now() + 10_000;
  while ((await count()) === 0) {
    if (Date.now() > deadline) throw new Error('usage event not written');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
