import { describe, expect, it } from 'vitest';
import { buildOrdersOpenApi } from '../orders-api/build-orders-openapi.js';
import { buildAiProductOpenApi } from './build-ai-product-openapi.js';
import { resolveProductModels } from './resolve-product-models.js';
import { wrapRestProductOpenApi } from './wrap-rest-product-openapi.js';

const models = [
  { publicName: 'gpt-4o', kind: 'CHAT' as const, aliases: [] },
  { publicName: 'gpt-4o-mini', kind: 'CHAT' as const, aliases: ['fast'] },
  { publicName: 'claude-sonnet-4', kind: 'CHAT' as const, aliases: ['smart', 'claude-sonnet'] },
  { publicName: 'gpt-4o-eu', kind: 'CHAT' as const, aliases: [] },
  { publicName: 'text-embedding-3-small', kind: 'EMBEDDING' as const, aliases: [] },
];

describe('resolveProductModels', () => {
  it('takes every model a route answers for when a plan allows all', () => {
    const resolved = resolveProductModels({
      models,
      routes: [{ match: { models: ['*'] }, targetModels: [] }],
      plans: [{ allowedModels: ['gpt-4o-mini'] }, { allowedModels: [] }],
    });
    expect(resolved).toEqual({
      chat: [
        'claude-sonnet',
        'claude-sonnet-4',
        'fast',
        'gpt-4o',
        'gpt-4o-eu',
        'gpt-4o-mini',
        'smart',
      ],
      embedding: ['text-embedding-3-small'],
    });
  });

  it('narrows to the union of the plans and matches globs, aliases and targets', () => {
    const resolved = resolveProductModels({
      models,
      routes: [
        { match: { models: ['gpt-*'] }, targetModels: ['gpt-4o-eu'] },
        { match: { models: ['smart'] }, targetModels: [] },
        { match: { pathPrefix: '/' }, targetModels: [] },
      ],
      plans: [{ allowedModels: ['gpt-4o-mini', 'claude-sonnet-4', 'text-embedding-3-small'] }],
    });
    // the embedding model is allowed but no route answers for it
    expect(resolved).toEqual({
      chat: ['claude-sonnet', 'claude-sonnet-4', 'fast', 'gpt-4o-mini', 'smart'],
      embedding: [],
    });
  });
});

describe('buildAiProductOpenApi', () => {
  const doc = buildAiProductOpenApi({
    product: { slug: 'llm-api', name: 'LLM API', description: 'Every model.' },
    models: { chat: ['fast', 'gpt-4o-mini'], embedding: ['text-embedding-3-small'] },
    gatewayUrl: 'https://gw.example.test/',
  });

  it('documents the gateway endpoints with the product models as the enum', () => {
    expect(Object.keys(doc.paths)).toEqual([
      '/v1/chat/completions',
      '/v1/embeddings',
      '/v1/models',
      '/v1/messages',
      '/v1/prompts/{slug}/completions',
    ]);
    const schemas = doc.components.schemas;
    const model = (name: keyof typeof schemas) =>
      (schemas[name] as { properties: { model: { enum?: string[] } } }).properties.model.enum;
    expect(model('ChatCompletionRequest')).toEqual(['fast', 'gpt-4o-mini']);
    expect(model('MessagesRequest')).toEqual(['fast', 'gpt-4o-mini']);
    expect(model('PromptCompletionRequest')).toEqual(['fast', 'gpt-4o-mini']);
    expect(model('EmbeddingsRequest')).toEqual(['text-embedding-3-small']);
  });

  it('names the gateway server and both key schemes', () => {
    expect(doc.servers).toEqual([
      { url: 'https://gw.example.test', description: 'Gatehouse gateway' },
    ]);
    expect(doc.security).toEqual([{ bearerAuth: [] }, { apiKeyHeader: [] }]);
    expect(doc.components.securitySchemes.apiKeyHeader).toMatchObject({
      in: 'header',
      name: 'x-api-key',
    });
    expect(doc.components.securitySchemes.bearerAuth).toMatchObject({
      type: 'http',
      scheme: 'bearer',
    });
  });

  it('gives examples that use the product models', () => {
    expect(doc.paths).toHaveProperty(
      [
        '/v1/chat/completions',
        'post',
        'requestBody',
        'content',
        'application/json',
        'example',
        'model',
      ],
      'fast',
    );
  });

  it('leaves the enum out rather than empty when a product has no model of a kind', () => {
    const empty = buildAiProductOpenApi({
      product: { slug: 'x', name: 'X', description: '' },
      models: { chat: [], embedding: [] },
      gatewayUrl: 'http://localhost:8080',
    });
    expect(empty.components.schemas.EmbeddingsRequest).toHaveProperty(['properties', 'model'], {
      type: 'string',
      description: 'An embedding model of this product.',
    });
  });
});

describe('wrapRestProductOpenApi', () => {
  it('points a stored document at the gateway and swaps in the gateway keys', () => {
    const upstream = buildOrdersOpenApi('http://127.0.0.1:9090/rest');
    const stored = JSON.parse(JSON.stringify(upstream)) as Record<string, unknown>;
    (stored.paths as Record<string, Record<string, Record<string, unknown>>>)[
      '/orders'
    ]!.get!.security = [{ upstreamKey: [] }];
    const served = wrapRestProductOpenApi(stored, {
      slug: 'orders',
      gatewayUrl: 'http://gw:8080/',
    });
    expect(served.servers).toEqual([
      { url: 'http://gw:8080/apis/orders', description: 'Gatehouse gateway' },
    ]);
    expect(served.security).toEqual([{ bearerAuth: [] }, { apiKeyHeader: [] }]);
    expect(JSON.stringify(served)).not.toContain('upstreamKey');
    expect(JSON.stringify(served)).not.toContain('x-upstream-key');
    expect(served.paths).toHaveProperty(['/orders', 'post', 'operationId'], 'createOrder');
    // the stored document is untouched
    expect(stored.servers).toEqual([{ url: 'http://127.0.0.1:9090/rest' }]);
  });
});
