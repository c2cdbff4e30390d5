import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type {} from '../../../../scripts/test/provided-context.js';
import { randomBytes } from 'node:crypto';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createGatewayApp } from '../create-gateway-app.js';
import { parseGatewayEnv, type GatewayEnv } from '../env.js';

const silent = pino({ level: 'silent' });

function envWith(overrides: Record<string, string>): GatewayEnv {
  const parsed = parseGatewayEnv({
    REDIS_URL: process.env.REDIS_URL,
    DATABASE_URL: inject('databaseUrl'),
    ENCRYPTION_KEY: randomBytes(32).toString('hex'),
    REDIS_KEY_PREFIX: inject('redisPrefix'),
    ...overrides,
  });
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.env;
}

// ioredis connects lazily after bootstrap; give it a moment before asking for readiness.
async function waitForReady(app: NestFastifyApplication, expected: string): Promise<unknown> {
  let body: unknown;
  for (let attempt = 0; attempt < 40; attempt += 1) {
    body = (await app.inject({ method: 'GET', url: '/readyz' })).json();
    if (JSON.stringify(body).includes(`"redis":"${expected}"`)) return body;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return body;
}

describe('gateway with Redis', () => {
  let app: NestFastifyApplication;
  beforeAll(async () => {
    app = await createGatewayApp(envWith({}), silent);
  });
  afterAll(async () => app.close());

  it('answers /healthz with ok and a generated request id', async () => {
    const response = await app.inject({ method: 'GET', url: '/healthz' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ status: 'ok' });
    expect(response.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('reports Redis up on /readyz', async () => {
    expect(await waitForReady(app, 'up')).toEqual({
      status: 'ok',
      components: { redis: 'up', snapshot: 'up' },
    });
  });

  it('echoes the caller request id', async () => {
    const response = await app.inject({
      method: 'GET',
      url: '/healthz',
      headers: { 'x-request-id': 'trace-123' },
    });
    expect(response.headers['x-request-id']).toBe('trace-123');
  });

  it('answers an unknown route with a 404 in OpenAI shape', async () => {
    const response = await app.inject({
      method: 'GET',
      url: '/v1/nope',
      headers: { 'x-request-id': 'r-404' },
    });
    expect(response.statusCode).toBe(404);
    expect(response.headers['x-request-id']).toBe('r-404');
    expect(response.json()).toEqual({
      error: {
        message: 'Cannot GET /v1/nope',
        type: 'invalid_request_error',
        code: 'not_found',
        param: null,
      },
    });
  });

  it('answers a malformed JSON body with a 400 in OpenAI shape', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/healthz',
      headers: { 'content-type': 'application/json' },
      payload: '{"model": ',
    });
    expect(response.statusCode).toBe(400);
    expect(response.headers['x-request-id']).toBeTruthy();
    expect(response.json()).toEqual({
      error: {
        message: 'Request body is not valid JSON',
        type: 'invalid_request_error',
        code: 'invalid_json',
        param: null,
      },
    });
  });
});

describe('gateway in single-node mode', () => {
  let app: NestFastifyApplication;
  beforeAll(async () => {
    // A Redis URL nobody listens on proves no connection is attempted.
    app = await createGatewayApp(
      envWith({ SINGLE_NODE: 'true', REDIS_URL: 'redis://127.0.0.1:1' }),
      silent,
    );
  });
  afterAll(async () => app.close());

  it('reports Redis disabled and stays ready', async () => {
    const response = await app.inject({ method: 'GET', url: '/readyz' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({
      status: 'ok',
      components: { redis: 'disabled', snapshot: 'up' },
    });
  });
});

describe('gateway with Redis unreachable', () => {
  let app: NestFastifyApplication;
  beforeAll(async () => {
    app = await createGatewayApp(envWith({ REDIS_URL: 'redis://127.0.0.1:1' }), silent);
  });
  afterAll(async () => app.close());

  it('keeps serving and reports Redis down as degraded', async () => {
    const health = await app.inject({ method: 'GET', url: '/healthz' });
    expect(health.statusCode).toBe(200);
    const ready = await app.inject({ method: 'GET', url: '/readyz' });
    expect(ready.statusCode).toBe(200);
    expect(ready.json()).toEqual({
      status: 'degraded',
      components: { redis: 'down', snapshot: 'up' },
    });
  });
});

describe('gateway whose database never answered', () => {
  let app: NestFastifyApplication;
  beforeAll(async () => {
    app = await createGatewayApp(
      envWith({ DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none' }),
      silent,
    );
  });
  afterAll(async () => app.close());

  it('is alive but not ready, and refuses calls with a 503 until a snapshot loads', async () => {
    expect((await app.inject({ method: 'GET', url: '/healthz' })).statusCode).toBe(200);
    const ready = await app.inject({ method: 'GET', url: '/readyz' });
    expect(ready.statusCode).toBe(503);
    expect(ready.json()).toMatchObject({ status: 'unavailable', components: { snapshot: 'down' } });
    const call = await app.inject({
      method: 'POST',
      url: '/v1/chat/completions',
      headers: { authorization: 'Bearer gh_whatever00000000000000' },
      payload: { model: 'gpt-4o-mini', messages: [{ role: 'user', content: 'hi' }] },
    });
    expect(call.statusCode).toBe(503);
    expect(call.json()).toMatchObject({ error: { code: 'service_unavailable' } });
  });
});
