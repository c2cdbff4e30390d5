import { describe, expect, it } from 'vitest';
import { ProviderRequestError, type UpstreamTarget } from '../../llm/provider-adapter.js';
import { readJsonFixture } from './__fixtures__/read-fixture.js';
import { fromGeminiEmbeddingsResponse } from './from-gemini-embeddings-response.js';
import { toGeminiEmbeddingsRequest } from './to-gemini-embeddings-request.js';

const target: UpstreamTarget = {
  kind: 'GEMINI',
  providerSlug: 'gemini',
  baseUrl: 'https://generativelanguage.googleapis.com/v1beta/',
  upstreamModel: 'gemini-embedding-001',
  credentials: { apiKey: 'AIza-test' },
  settings: {},
};
const context = { model: 'embed', id: 'chatcmpl-e1', created: 1_760_000_000 };

describe('Gemini embeddings', () => {
  it('embeds every input in one batchEmbedContents call naming models/{model}', () => {
    const http = toGeminiEmbeddingsRequest(
      { model: 'embed', input: ['first', 'second'], dimensions: 256 },
      target,
    );
    expect(http.url).toBe(
      'https://generativelanguage.googleapis.com/v1beta/models/gemini-embedding-001:batchEmbedContents',
    );
    expect(http.headers['x-goog-api-key']).toBe('AIza-test');
    expect(JSON.parse(http.body)).toEqual({
      requests: [
        {
          model: 'models/gemini-embedding-001',
          content: { parts: [{ text: 'first' }] },
          outputDimensionality: 256,
        },
        {
          model: 'models/gemini-embedding-001',
          content: { parts: [{ text: 'second' }] },
          outputDimensionality: 256,
        },
      ],
    });
    const single = JSON.parse(
      toGeminiEmbeddingsRequest({ model: 'embed', input: 'one' }, target).body,
    );
    expect(single.requests).toEqual([
      { model: 'models/gemini-embedding-001', content: { parts: [{ text: 'one' }] } },
    ]);
  });

  it('refuses token-array and empty input', () => {
    expect(() => toGeminiEmbeddingsRequest({ model: 'embed', input: [1, 2, 3] }, target)).toThrow(
      ProviderRequestError,
    );
    expect(() => toGeminiEmbeddingsRequest({ model: 'embed', input: [] }, target)).toThrow(/empty/);
  });

  it('returns vectors in order with usage 0 (Gemini reports no embedding tokens)', () => {
    expect(fromGeminiEmbeddingsResponse(readJsonFixture('batch-embed.json'), context)).toEqual({
      object: 'list',
      data: [
        { object: 'embedding', index: 0, embedding: [0.0131, -0.0082, 0.0475, -0.0193] },
        { object: 'embedding', index: 1, embedding: [-0.0217, 0.0309, 0.0011, 0.0568] },
      ],
      model: 'embed',
      usage: { prompt_tokens: 0, total_tokens: 0 },
    });
  });

  it('sums token counts where the API reports them (statistics.tokenCount)', () => {
    const body = {
      embeddings: [
        { values: [0.1], statistics: { tokenCount: 3 } },
        { values: [0.2], statistics: { tokenCount: 4 } },
      ],
    };
    expect(fromGeminiEmbeddingsResponse(body, context).usage).toEqual({
      prompt_tokens: 7,
      total_tokens: 7,
    });
  });
});
