import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  configVersion,
  startResourceTest,
  type ResourceTest,
} from '../resource-support/resource-test-kit.js';

type Model = {
  id: string;
  publicName: string;
  providerSlug: string;
  aliases: string[];
  inputPricePerMTokMicros: string;
  inputPricePerMTokUsd: string;
  outputPricePerMTokUsd: string;
  cachedInputPricePerMTokMicros: string;
};
type Page<T> = { data: T[]; nextCursor: string | null };

describe('models', () => {
  let t: ResourceTest;
  let providerId: string;
  const model = (publicName: string, extra: object = {}) => ({
    providerId,
    publicName,
    upstreamId: publicName,
    inputPricePerMTokMicros: '150000',
    outputPricePerMTokMicros: 600000,
    contextWindow: 128000,
    ...extra,
  });
  beforeAll(async () => {
    t = await startResourceTest('res-models');
    const provider = await t.call<{ id: string }>('ADMIN', 'POST', '/providers', {
      slug: 'openai',
      name: 'OpenAI',
      kind: 'OPENAI',
      baseUrl: 'https://api.openai.com/v1',
      credentials: { apiKey: 'sk-1' },
    });
    providerId = provider.body.id;
  });
  afterAll(async () => t.close());

  it('stores prices as micro-dollars and shows them with USD', async () => {
    const version = await configVersion(t.db, t.org.orgId);
    const created = await t.call<Model>(
      'ADMIN',
      'POST',
      '/models',
      model('gpt-4o-mini', { aliases: ['fast'] }),
    );
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      publicName: 'gpt-4o-mini',
      providerSlug: 'openai',
      aliases: ['fast'],
      inputPricePerMTokMicros: '150000',
      inputPricePerMTokUsd: '0.15',
      outputPricePerMTokUsd: '0.60',
      cachedInputPricePerMTokMicros: '0',
    });
    const row = await t.db.model.findUniqueOrThrow({ where: { id: created.body.id } });
    expect(row.inputPricePerMTokMicros).toBe(150000n);
    expect(row.outputPricePerMTokMicros).toBe(600000n);
    expect(await configVersion(t.db, t.org.orgId)).toBe(version + 1n);
    // Everyone reads the catalog, prices included.
    const financeView = await t.call<Model>('FINANCE', 'GET', `/models/${created.body.id}`);
    expect(financeView.body.inputPricePerMTokUsd).toBe('0.15');
    expect((await t.call('DEVELOPER', 'GET', '/models')).status).toBe(200);
    expect((await t.call('DEVELOPER', 'POST', '/models', model('dev'))).status).toBe(403);
  });

  it('keeps names and aliases unique per organization (409)', async () => {
    const clashAlias = await t.call(
      'ADMIN',
      'POST',
      '/models',
      model('gpt-4o', { aliases: ['fast'] }),
    );
    expect(clashAlias.status).toBe(409);
    expect(clashAlias.body.error.param).toBe('aliases');
    const nameIsAlias = await t.call('ADMIN', 'POST', '/models', model('fast'));
    expect(nameIsAlias.status).toBe(409);
    expect(nameIsAlias.body.error.param).toBe('publicName');
    const aliasIsName = await t.call(
      'ADMIN',
      'POST',
      '/models',
      model('o1', { aliases: ['gpt-4o-mini'] }),
    );
    expect(aliasIsName.status).toBe(409);

    const other = await t.call<Model>(
      'ADMIN',
      'POST',
      '/models',
      model('gpt-4o', { aliases: ['smart'] }),
    );
    expect(other.status).toBe(201);
    const replaced = await t.call<Model>('ADMIN', 'PATCH', `/models/${other.body.id}`, {
      aliases: ['smart', 'best'],
      inputPricePerMTokMicros: '2500000',
    });
    expect(replaced.body.aliases).toEqual(['best', 'smart']);
    expect(replaced.body.inputPricePerMTokUsd).toBe('2.50');
    const steal = await t.call('ADMIN', 'PATCH', `/models/${other.body.id}`, { aliases: ['fast'] });
    expect(steal.status).toBe(409);
    // Another organization may use the same names.
    const theirProvider = await t.call<{ id: string }>('OTHER_ADMIN', 'POST', '/providers', {
      slug: 'openai',
      name: 'OpenAI',
      kind: 'OPENAI',
      baseUrl: 'https://api.openai.com/v1',
      credentials: { apiKey: 'sk-2' },
    });
    const theirs = await t.call('OTHER_ADMIN', 'POST', '/models', {
      ...model('gpt-4o-mini', { aliases: ['fast'] }),
      providerId: theirProvider.body.id,
    });
    expect(theirs.status).toBe(201);
  });

  it('validates bodies and hides other orgs’ models and providers', async () => {
    const slash = await t.call('ADMIN', 'POST', '/models', model('openai/gpt'));
    expect(slash.body.error.param).toBe('publicName');
    const floatPrice = await t.call(
      'ADMIN',
      'POST',
      '/models',
      model('m', { inputPricePerMTokMicros: 0.5 }),
    );
    expect(floatPrice.status).toBe(400);
    expect(floatPrice.body.error.param).toBe('inputPricePerMTokMicros');
    const dollars = await t.call(
      'ADMIN',
      'POST',
      '/models',
      model('m', { inputPricePerMTokMicros: '0.15' }),
    );
    expect(dollars.body.error.param).toBe('inputPricePerMTokMicros');

    const theirProviders = await t.call<Page<{ id: string }>>('OTHER_ADMIN', 'GET', '/providers');
    const foreign = await t.call('ADMIN', 'POST', '/models', {
      ...model('m2'),
      providerId: theirProviders.body.data[0]?.id,
    });
    expect(foreign.status).toBe(404);
    expect(foreign.body.error.param).toBe('providerId');
    const mine = await t.call<Page<Model>>('ADMIN', 'GET', '/models?q=gpt-4o-mini');
    expect(mine.body.data).toHaveLength(1);
    const id = mine.body.data[0]?.id;
    expect((await t.call('OTHER_ADMIN', 'GET', `/models/${id}`)).status).toBe(404);
    expect((await t.call('OTHER_ADMIN', 'PATCH', `/models/${id}`, { enabled: false })).status).toBe(
      404,
    );
  });

  it('deletes a model and its aliases', async () => {
    const created = await t.call<Model>(
      'ADMIN',
      'POST',
      '/models',
      model('temp', { aliases: ['tmp'] }),
    );
    expect((await t.call('ADMIN', 'DELETE', `/models/${created.body.id}`)).status).toBe(204);
    expect(await t.db.modelAlias.count({ where: { alias: 'tmp' } })).toBe(0);
    const reuse = await t.call('ADMIN', 'POST', '/models', model('tmp'));
    expect(reuse.status).toBe(201);
  });
});
