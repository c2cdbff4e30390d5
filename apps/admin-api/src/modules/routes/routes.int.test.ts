import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  configVersion,
  startResourceTest,
  type ResourceTest,
} from '../resource-support/resource-test-kit.js';

type Target = {
  modelId: string | null;
  modelName: string | null;
  upstreamUrl: string | null;
  isFallback: boolean;
  position: number;
};
type Route = {
  id: string;
  strategy: string;
  targets: Target[];
  cacheEnabled: boolean;
  region: string | null;
};

describe('routes', () => {
  let t: ResourceTest;
  let ai: string;
  let rest: string;
  let gpt4o: string;
  let gpt4oEu: string;
  beforeAll(async () => {
    t = await startResourceTest('res-routes');
    const provider = await t.call<{ id: string }>('ADMIN', 'POST', '/providers', {
      slug: 'openai',
      name: 'OpenAI',
      kind: 'OPENAI',
      baseUrl: 'https://api.openai.com/v1',
      credentials: { apiKey: 'sk' },
    });
    const model = async (publicName: string) =>
      (
        await t.call<{ id: string }>('ADMIN', 'POST', '/models', {
          providerId: provider.body.id,
          publicName,
          upstreamId: publicName,
          inputPricePerMTokMicros: '1',
          outputPricePerMTokMicros: '1',
          contextWindow: 1000,
        })
      ).body.id;
    gpt4o = await model('gpt-4o');
    gpt4oEu = await model('gpt-4o-eu');
    ai = (
      await t.call<{ id: string }>('ADMIN', 'POST', '/products', {
        slug: 'llm',
        name: 'LLM',
        kind: 'AI',
      })
    ).body.id;
    rest = (
      await t.call<{ id: string }>('ADMIN', 'POST', '/products', {
        slug: 'orders',
        name: 'Orders',
        kind: 'REST',
      })
    ).body.id;
  });
  afterAll(async () => t.close());

  it('creates an AI route with a fallback, cache and region', async () => {
    const version = await configVersion(t.db, t.org.orgId);
    const created = await t.call<Route>('ADMIN', 'POST', `/products/${ai}/routes`, {
      name: 'gpt-4o with EU failover',
      match: { models: ['gpt-4o'] },
      strategy: 'FALLBACK',
      targets: [{ modelId: gpt4o }, { modelId: gpt4oEu, isFallback: true }],
      retries: 3,
      cacheEnabled: true,
      region: 'eu-west',
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      strategy: 'FALLBACK',
      cacheEnabled: true,
      region: 'eu-west',
    });
    expect(created.body.targets).toEqual([
      expect.objectContaining({
        modelId: gpt4o,
        modelName: 'gpt-4o',
        isFallback: false,
        position: 0,
      }),
      expect.objectContaining({
        modelId: gpt4oEu,
        modelName: 'gpt-4o-eu',
        isFallback: true,
        position: 1,
      }),
    ]);
    expect(await configVersion(t.db, t.org.orgId)).toBe(version + 1n);

    const updated = await t.call<Route>(
      'ADMIN',
      'PATCH',
      `/products/${ai}/routes/${created.body.id}`,
      {
        strategy: 'WEIGHTED',
        targets: [
          { modelId: gpt4o, weight: 90 },
          { modelId: gpt4oEu, weight: 10 },
        ],
      },
    );
    expect(updated.status).toBe(200);
    expect(updated.body.targets.map((x) => x.modelId)).toEqual([gpt4o, gpt4oEu]);
    expect(await t.db.routeTarget.count({ where: { routeId: created.body.id } })).toBe(2);
  });

  it('checks targets and match keys against the product kind', async () => {
    const urlOnAi = await t.call('ADMIN', 'POST', `/products/${ai}/routes`, {
      name: 'x',
      targets: [{ upstreamUrl: 'http://orders' }],
    });
    expect(urlOnAi.status).toBe(400);
    expect(urlOnAi.body.error.param).toBe('targets.0.modelId');
    const modelOnRest = await t.call('ADMIN', 'POST', `/products/${rest}/routes`, {
      name: 'x',
      targets: [{ modelId: gpt4o }],
    });
    expect(modelOnRest.body.error.param).toBe('targets.0.upstreamUrl');
    const pathOnAi = await t.call('ADMIN', 'POST', `/products/${ai}/routes`, {
      name: 'x',
      match: { pathPrefix: '/v1' },
      targets: [{ modelId: gpt4o }],
    });
    expect(pathOnAi.body.error.param).toBe('match.pathPrefix');
    const twoSingles = await t.call('ADMIN', 'POST', `/products/${ai}/routes`, {
      name: 'x',
      strategy: 'SINGLE',
      targets: [{ modelId: gpt4o }, { modelId: gpt4oEu }],
    });
    expect(twoSingles.body.error.param).toBe('targets');
    const badStrategy = await t.call('ADMIN', 'POST', `/products/${ai}/routes`, {
      name: 'x',
      strategy: 'RANDOM',
      targets: [],
    });
    expect(badStrategy.body.error.param).toBe('strategy');

    const ok = await t.call<Route>('ADMIN', 'POST', `/products/${rest}/routes`, {
      name: 'orders service',
      match: { pathPrefix: '/orders' },
      targets: [{ upstreamUrl: 'http://orders.internal:8080' }],
      timeoutMs: 10_000,
    });
    expect(ok.status).toBe(201);
    const dup = await t.call('ADMIN', 'POST', `/products/${rest}/routes`, {
      name: 'orders service',
      targets: [{ upstreamUrl: 'http://x' }],
    });
    expect(dup.status).toBe(409);
  });

  it('refuses other orgs’ models and products', async () => {
    const theirProvider = await t.call<{ id: string }>('OTHER_ADMIN', 'POST', '/providers', {
      slug: 'p',
      name: 'P',
      kind: 'OPENAI_COMPATIBLE',
      baseUrl: 'http://p',
    });
    const theirModel = await t.call<{ id: string }>('OTHER_ADMIN', 'POST', '/models', {
      providerId: theirProvider.body.id,
      publicName: 'theirs',
      upstreamId: 'theirs',
      inputPricePerMTokMicros: '1',
      outputPricePerMTokMicros: '1',
      contextWindow: 1000,
    });
    const foreignModel = await t.call('ADMIN', 'POST', `/products/${ai}/routes`, {
      name: 'foreign',
      targets: [{ modelId: theirModel.body.id }],
    });
    expect(foreignModel.status).toBe(404);
    expect(foreignModel.body.error.param).toBe('targets.0.modelId');
    expect((await t.call('OTHER_ADMIN', 'GET', `/products/${ai}/routes`)).status).toBe(404);
    expect((await t.call('DEVELOPER', 'GET', `/products/${ai}/routes`)).status).toBe(403);
    expect((await t.call('AUDITOR', 'GET', `/products/${ai}/routes`)).status).toBe(200);
  });

  it('deletes a route and then lets its model go', async () => {
    const route = await t.call<Route>('ADMIN', 'POST', `/products/${ai}/routes`, {
      name: 'temp',
      targets: [{ modelId: gpt4oEu }],
    });
    expect((await t.call('ADMIN', 'DELETE', `/models/${gpt4oEu}`)).status).toBe(409);
    expect(
      (await t.call('ADMIN', 'DELETE', `/products/${ai}/routes/${route.body.id}`)).status,
    ).toBe(204);
    expect((await t.call('ADMIN', 'GET', `/products/${ai}/routes/${route.body.id}`)).status).toBe(
      404,
    );
  });
});
