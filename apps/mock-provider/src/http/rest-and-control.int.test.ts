import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMockProvider, type RunningMock } from '../test-support/start-mock-provider.js';

let mock: RunningMock;
const key = { 'x-upstream-key': 'upstream-secret' };
const json = { 'content-type': 'application/json' };

beforeAll(async () => {
  mock = await startMockProvider({ now: () => Date.UTC(2026, 2, 1) });
});
afterAll(async () => {
  await mock.app.close();
});

const get = (path: string, headers: Record<string, string> = key) =>
  fetch(`${mock.baseUrl}${path}`, { headers });

describe('health', () => {
  it('answers /healthz', async () => {
    const response = await get('/healthz', {});
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
  });
});

describe('REST orders upstream', () => {
  it('requires the upstream credential', async () => {
    const missing = await get('/rest/orders', {});
    expect(missing.status).toBe(401);
    expect(await missing.json()).toEqual({
      error: { code: 'unauthorized', message: 'Missing x-upstream-key header.' },
    });
    expect((await get('/rest/orders', { 'x-upstream-key': 'invalid-1' })).status).toBe(403);
  });

  it('lists with pagination and gets by id', async () => {
    const page = (await (await get('/rest/orders?page=2&pageSize=10')).json()) as {
      data: { id: string }[];
      total: number;
      nextPage: number;
    };
    expect(page.data.map((o) => o.id)).toEqual(
      Array.from({ length: 10 }, (_, i) => `ord_${String(11 + i).padStart(4, '0')}`),
    );
    expect(page).toMatchObject({ total: 57, nextPage: 3 });
    const order = (await (await get('/rest/orders/ord_0011')).json()) as { id: string };
    expect(order).toEqual(page.data[0]);
    const unknown = await get('/rest/orders/ord_9999');
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toMatchObject({ error: { code: 'not_found' } });
    expect((await get('/rest/orders?pageSize=500')).status).toBe(400);
  });

  it('creates orders with validation', async () => {
    const body = {
      customerId: 'cus_0003',
      items: [{ sku: 'SKU-0002', quantity: 2, unitPriceCents: 1250 }],
    };
    const created = await fetch(`${mock.baseUrl}/rest/orders`, {
      method: 'POST',
      headers: { ...key, ...json },
      body: JSON.stringify(body),
    });
    expect(created.status).toBe(201);
    expect(created.headers.get('location')).toBe('/rest/orders/ord_0058');
    expect(await created.json()).toEqual({
      id: 'ord_0058',
      customerId: 'cus_0003',
      status: 'pending',
      currency: 'USD',
      items: body.items,
      totalCents: 2500,
      createdAt: '2026-03-01T00:00:00.000Z',
    });
    expect((await get('/rest/orders/ord_0058')).status).toBe(200);
    const invalid = await fetch(`${mock.baseUrl}/rest/orders`, {
      method: 'POST',
      headers: { ...key, ...json },
      body: JSON.stringify({ customerId: 'bob', items: [] }),
    });
    expect(invalid.status).toBe(400);
    const error = (await invalid.json()) as {
      error: { code: string; details: { path: string }[] };
    };
    expect(error.error.code).toBe('validation_failed');
    expect(error.error.details.map((d) => d.path)).toEqual(['customerId', 'items']);
  });

  it('serves its OpenAPI 3.1 document without a credential', async () => {
    const response = await get('/rest/openapi.json', {});
    const doc = (await response.json()) as {
      openapi: string;
      servers: { url: string }[];
      paths: Record<string, unknown>;
    };
    expect(doc.openapi).toBe('3.1.0');
    expect(doc.servers[0]?.url).toBe(`${mock.baseUrl}/rest`);
    expect(Object.keys(doc.paths)).toEqual(['/orders', '/orders/{id}']);
  });
});

describe('/_control/faults', () => {
  it('validates, reads and resets the global faults', async () => {
    const bad = await fetch(`${mock.baseUrl}/_control/faults`, {
      method: 'POST',
      headers: json,
      body: JSON.stringify({ status: 200 }),
    });
    expect(bad.status).toBe(400);
    const set = await fetch(`${mock.baseUrl}/_control/faults`, {
      method: 'POST',
      headers: json,
      body: JSON.stringify({ status: 503, retryAfterSeconds: 4, targets: ['rest'] }),
    });
    expect(set.status).toBe(200);
    expect(await (await get('/_control/faults', {})).json()).toEqual({
      status: 503,
      retryAfterSeconds: 4,
      targets: ['rest'],
    });
    const failed = await get('/rest/orders');
    expect(failed.status).toBe(503);
    expect(failed.headers.get('retry-after')).toBe('4');
    expect(await failed.json()).toMatchObject({ error: { code: 'service_unavailable' } });
    await fetch(`${mock.baseUrl}/_control/faults`, { method: 'DELETE' });
    expect((await get('/rest/orders')).status).toBe(200);
  });

  it('rejects a malformed fault header in the vendor shape', async () => {
    const response = await get('/rest/orders', { ...key, 'x-mock-latency-ms': 'soon' });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      error: { code: 'bad_request', message: 'Invalid x-mock-latency-ms header: soon' },
    });
  });
});

describe('/_control/requests', () => {
  it('shows what arrived, newest first, with headers and parsed body', async () => {
    await fetch(`${mock.baseUrl}/_control/requests`, { method: 'DELETE' });
    const body = {
      model: 'gpt-4o-mini',
      messages: [{ role: 'user', content: 'My email is [REDACTED]' }],
    };
    await fetch(`${mock.baseUrl}/openai/v1/chat/completions`, {
      method: 'POST',
      headers: { ...json, authorization: 'Bearer sk-upstream' },
      body: JSON.stringify(body),
    });
    const rejected = await fetch(`${mock.baseUrl}/rest/orders`, {
      method: 'POST',
      headers: json,
      body: JSON.stringify({ customerId: 'cus_0001' }),
    });
    expect(rejected.status).toBe(401);
    const all = (await (await get('/_control/requests', {})).json()) as {
      data: { target: string; url: string; headers: Record<string, string>; body?: unknown }[];
    };
    expect(all.data.map((r) => r.target)).toEqual(['rest', 'openai']);
    const openai = (await (
      await get('/_control/requests?target=openai&limit=1', {})
    ).json()) as typeof all;
    expect(openai.data).toHaveLength(1);
    expect(openai.data[0]).toMatchObject({
      url: '/openai/v1/chat/completions',
      body,
      headers: { authorization: 'Bearer sk-upstream' },
    });
    expect(all.data[0]).toMatchObject({ url: '/rest/orders' });
    expect(all.data[0]?.body).toBeUndefined(); // rejected (401) before its body was read
    expect((await get('/_control/requests?target=nope', {})).status).toBe(400);
  });
});

describe('main entry', () => {
  it('prints one line and exits 1 on a bad environment', () => {
    const main = fileURLToPath(new URL('../main.ts', import.meta.url));
    const result = spawnSync(
      process.execPath,
      ['--conditions=@gatehouse/source', '--import', 'tsx', main],
      {
        env: { ...process.env, MOCK_PROVIDER_PORT: 'not-a-port' },
        encoding: 'utf8',
        timeout: 20_000,
      },
    );
    expect(result.status).toBe(1);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/^mock-provider: bad environment: MOCK_PROVIDER_PORT is invalid/);
  });
});
