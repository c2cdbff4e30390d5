import { randomBytes } from 'node:crypto';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAdminApp } from '../../create-admin-app.js';
import { parseAdminApiEnv, type AdminApiEnv } from '../../env.js';

const silent = pino({ level: 'silent' });
const DATABASE_URL = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

function envWith(overrides: Record<string, string>): AdminApiEnv {
  const parsed = parseAdminApiEnv({
    DATABASE_URL,
    REDIS_URL: process.env.REDIS_URL,
    ENCRYPTION_KEY: randomBytes(32).toString('hex'),
    AUTH_JWT_SECRET: randomBytes(32).toString('hex'),
    ...overrides,
  });
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.env;
}

// ioredis connects lazily after bootstrap; poll readiness briefly until Redis shows the state.
async function readyWhenRedis(app: NestFastifyApplication, expected: string) {
  let response = await app.inject({ method: 'GET', url: '/readyz' });
  for (
    let attempt = 0;
    attempt < 40 && !response.body.includes(`"redis":"${expected}"`);
    attempt += 1
  ) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    response = await app.inject({ method: 'GET', url: '/readyz' });
  }
  return response;
}

describe('admin-api with Postgres and Redis', () => {
  let app: NestFastifyApplication;
  beforeAll(async () => {
    app = await createAdminApp(envWith({}), silent);
  });
  afterAll(async () => app.close());

  it('answers /healthz', async () => {
    const response = await app.inject({
      method: 'GET',
      url: '/healthz',
      headers: { 'x-request-id': 'adm-1' },
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ status: 'ok' });
    expect(response.headers['x-request-id']).toBe('adm-1');
  });

  it('reports database and Redis up on /readyz', async () => {
    const response = await readyWhenRedis(app, 'up');
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ status: 'ok', components: { database: 'up', redis: 'up' } });
  });

  it('answers an unknown route with a 404 in the API error shape', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/nope' });
    expect(response.statusCode).toBe(404);
    expect(response.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    expect(response.json()).toEqual({
      error: { code: 'not_found', message: 'Cannot GET /api/nope' },
    });
  });

  it('answers a malformed JSON body with a 400 in the API error shape', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/healthz',
      headers: { 'content-type': 'application/json' },
      payload: '{"name":',
    });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toEqual({
      error: { code: 'invalid_json', message: 'Request body is not valid JSON' },
    });
  });
});

describe('admin-api in single-node mode', () => {
  let app: NestFastifyApplication;
  beforeAll(async () => {
    app = await createAdminApp(
      envWith({ SINGLE_NODE: 'true', REDIS_URL: 'redis://127.0.0.1:1' }),
      silent,
    );
  });
  afterAll(async () => app.close());

  it('reports Redis disabled and the database up', async () => {
    const response = await app.inject({ method: 'GET', url: '/readyz' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({
      status: 'ok',
      components: { database: 'up', redis: 'disabled' },
    });
  });
});

describe('admin-api with Postgres unreachable', () => {
  let app: NestFastifyApplication;
  beforeAll(async () => {
    // Port 1: nothing listens, so the connection is refused at once.
    app = await createAdminApp(
      envWith({ SINGLE_NODE: 'true', DATABASE_URL: 'postgres://postgres@127.0.0.1:1/none' }),
      silent,
    );
  });
  afterAll(async () => app.close());

  it('stays alive but is not ready', async () => {
    expect((await app.inject({ method: 'GET', url: '/healthz' })).statusCode).toBe(200);
    const response = await app.inject({ method: 'GET', url: '/readyz' });
    expect(response.statusCode).toBe(503);
    expect(response.json()).toEqual({
      status: 'unavailable',
      components: { database: 'down', redis: 'disabled' },
    });
  });
});
