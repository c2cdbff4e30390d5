import { decryptSecret } from '@gatehouse/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  configVersion,
  lastAudit,
  startResourceTest,
  type ResourceTest,
} from '../resource-support/resource-test-kit.js';

type Provider = {
  id: string;
  slug: string;
  kind: string;
  hasCredentials: boolean;
  settings: object;
};
type Page<T> = { data: T[]; nextCursor: string | null };

const SECRET = 'sk-live-very-secret-0123456789';

describe('providers', () => {
  let t: ResourceTest;
  beforeAll(async () => {
    t = await startResourceTest('res-providers');
  });
  afterAll(async () => t.close());

  async function storedCredentials(id: string): Promise<unknown> {
    const row = await t.db.provider.findUniqueOrThrow({
      where: { id },
      select: { credentialsEnc: true },
    });
    if (row.credentialsEnc === null) return null;
    expect(Buffer.from(row.credentialsEnc).toString('utf8')).not.toContain(SECRET);
    return JSON.parse(decryptSecret(row.credentialsEnc, t.app.env.ENCRYPTION_KEY));
  }

  it('encrypts credentials at rest and never returns them from any read', async () => {
    const version = await configVersion(t.db, t.org.orgId);
    const created = await t.call<Provider>('ADMIN', 'POST', '/providers', {
      slug: 'openai',
      name: 'OpenAI',
      kind: 'OPENAI',
      baseUrl: 'https://api.openai.com/v1',
      credentials: { apiKey: SECRET },
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ slug: 'openai', kind: 'OPENAI', hasCredentials: true });
    expect(await configVersion(t.db, t.org.orgId)).toBe(version + 1n);
    expect(await storedCredentials(created.body.id)).toEqual({ apiKey: SECRET });

    const reads = [
      JSON.stringify(created.body),
      JSON.stringify((await t.call('ADMIN', 'GET', `/providers/${created.body.id}`)).body),
      JSON.stringify((await t.call('AUDITOR', 'GET', '/providers')).body),
      JSON.stringify(
        (await t.call('ADMIN', 'PATCH', `/providers/${created.body.id}`, { name: 'O' })).body,
      ),
      JSON.stringify(await lastAudit(t.db, t.org.orgId, created.body.id)),
    ];
    for (const text of reads) {
      expect(text).not.toContain(SECRET);
      expect(text).not.toContain('credentialsEnc');
    }
    expect(reads[1]).toContain('"hasCredentials":true');
  });

  it('replaces and clears credentials on update', async () => {
    const created = await t.call<Provider>('ADMIN', 'POST', '/providers', {
      slug: 'local',
      name: 'vLLM',
      kind: 'OPENAI_COMPATIBLE',
      baseUrl: 'http://vllm:8000/v1',
    });
    expect(created.body.hasCredentials).toBe(false);
    expect(await storedCredentials(created.body.id)).toBeNull();
    const replaced = await t.call<Provider>('ADMIN', 'PATCH', `/providers/${created.body.id}`, {
      credentials: { apiKey: SECRET },
    });
    expect(replaced.body.hasCredentials).toBe(true);
    expect(await storedCredentials(created.body.id)).toEqual({ apiKey: SECRET });
    const cleared = await t.call<Provider>('ADMIN', 'PATCH', `/providers/${created.body.id}`, {
      credentials: null,
    });
    expect(cleared.body.hasCredentials).toBe(false);
  });

  it('checks credentials and settings per kind', async () => {
    const azure = {
      slug: 'azure',
      name: 'Azure',
      kind: 'AZURE_OPENAI',
      baseUrl: 'https://x.openai.azure.com/openai',
      credentials: { apiKey: 'k' },
    };
    const noVersion = await t.call('ADMIN', 'POST', '/providers', azure);
    expect(noVersion.status).toBe(400);
    expect(noVersion.body.error.param).toBe('settings.apiVersion');
    const ok = await t.call<Provider>('ADMIN', 'POST', '/providers', {
      ...azure,
      settings: { apiVersion: '2024-10-21' },
    });
    expect(ok.status).toBe(201);
    expect(ok.body.settings).toEqual({ apiVersion: '2024-10-21' });
    const dropVersion = await t.call('ADMIN', 'PATCH', `/providers/${ok.body.id}`, {
      settings: {},
    });
    expect(dropVersion.body.error.param).toBe('settings.apiVersion');

    const noKey = await t.call('ADMIN', 'POST', '/providers', {
      slug: 'anthropic',
      name: 'A',
      kind: 'ANTHROPIC',
      baseUrl: 'https://api.anthropic.com/v1',
    });
    expect(noKey.body.error).toMatchObject({ code: 'invalid_request', param: 'credentials' });
    const badKind = await t.call('ADMIN', 'POST', '/providers', { ...azure, kind: 'COHERE' });
    expect(badKind.body.error.param).toBe('kind');
    const badUrl = await t.call('ADMIN', 'POST', '/providers', { ...azure, baseUrl: 'ftp://x' });
    expect(badUrl.body.error.param).toBe('baseUrl');
    const dup = await t.call('ADMIN', 'POST', '/providers', {
      ...azure,
      settings: { apiVersion: '2024-10-21' },
    });
    expect(dup.status).toBe(409);
    expect(dup.body.error.param).toBe('slug');
  });

  it('is admin-only to write, hidden from other orgs, and refuses deleting a provider with models', async () => {
    const list = await t.call<Page<Provider>>('ADMIN', 'GET', '/providers?kind=OPENAI');
    const openai = list.body.data[0];
    expect(openai?.slug).toBe('openai');
    expect((await t.call('DEVELOPER', 'GET', '/providers')).status).toBe(403);
    expect((await t.call('FINANCE', 'GET', '/providers')).status).toBe(403);
    expect((await t.call('AUDITOR', 'DELETE', `/providers/${openai?.id}`)).status).toBe(403);
    expect((await t.call('OTHER_ADMIN', 'GET', `/providers/${openai?.id}`)).status).toBe(404);
    expect((await t.call('OTHER_ADMIN', 'DELETE', `/providers/${openai?.id}`)).status).toBe(404);

    await t.call('ADMIN', 'POST', '/models', {
      providerId: openai?.id,
      publicName: 'gpt-x',
      upstreamId: 'gpt-x',
      inputPricePerMTokMicros: '1',
      outputPricePerMTokMicros: '1',
      contextWindow: 1000,
    });
    const inUse = await t.call('ADMIN', 'DELETE', `/providers/${openai?.id}`);
    expect(inUse.status).toBe(409);
    const spare = await t.call<Provider>('ADMIN', 'POST', '/providers', {
      slug: 'spare',
      name: 'Spare',
      kind: 'OPENAI_COMPATIBLE',
      baseUrl: 'http://spare',
    });
    expect((await t.call('ADMIN', 'DELETE', `/providers/${spare.body.id}`)).status).toBe(204);
    expect((await t.call('ADMIN', 'GET', `/providers/${spare.body.id}`)).status).toBe(404);
  });
});
