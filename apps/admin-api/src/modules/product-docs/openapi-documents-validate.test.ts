import { compileErrors, validate } from '@readme/openapi-parser';
import { describe, expect, it } from 'vitest';
import {
  buildAiProductOpenApi,
  buildOrdersOpenApi,
  wrapRestProductOpenApi,
} from '@gatehouse/shared';

// The validator dereferences in place: hand it a copy.
async function errorsOf(document: unknown): Promise<string> {
  const result = await validate(structuredClone(document) as Parameters<typeof validate>[0]);
  return result.valid ? '' : compileErrors(result);
}

describe('generated product documents pass the OpenAPI 3.1 validator', () => {
  it('an AI product document', async () => {
    const doc = buildAiProductOpenApi({
      product: { slug: 'llm-api', name: 'LLM API', description: 'Every model.' },
      models: { chat: ['fast', 'gpt-4o', 'gpt-4o-mini'], embedding: ['text-embedding-3-small'] },
      gatewayUrl: 'http://localhost:8080',
    });
    expect(await errorsOf(doc)).toBe('');
  });

  it('an AI product document without models', async () => {
    const doc = buildAiProductOpenApi({
      product: { slug: 'empty', name: 'Empty', description: '' },
      models: { chat: [], embedding: [] },
      gatewayUrl: 'http://localhost:8080',
    });
    expect(await errorsOf(doc)).toBe('');
  });

  it('the Orders REST document as the gateway serves it', async () => {
    const served = wrapRestProductOpenApi(buildOrdersOpenApi('/apis/orders', 'gateway'), {
      slug: 'orders',
      gatewayUrl: 'http://localhost:8080',
    });
    expect(await errorsOf(served)).toBe('');
  });

  it('the validator does reject a broken document (so the checks above can fail)', async () => {
    const doc = buildAiProductOpenApi({
      product: { slug: 'x', name: 'X', description: '' },
      models: { chat: ['a'], embedding: [] },
      gatewayUrl: 'http://localhost:8080',
    }) as Record<string, unknown>;
    delete (doc.info as Record<string, unknown>).version;
    expect(await errorsOf(doc)).toContain('version');
  });
});
