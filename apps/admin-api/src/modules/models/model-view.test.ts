import { describe, expect, it } from 'vitest';
import { toModelView } from './model-view.js';
import type { ModelRecord } from './models.repository.js';

const model: ModelRecord = {
  id: 'm1',
  providerId: 'p1',
  providerSlug: 'openai',
  publicName: 'gpt-4o',
  upstreamId: 'gpt-4o-2024-08-06',
  kind: 'CHAT',
  inputPricePerMTokMicros: 2_500_000n,
  outputPricePerMTokMicros: 10_000_000n,
  cachedInputPricePerMTokMicros: 1_250_000n,
  contextWindow: 128_000,
  maxOutputTokens: 16_384,
  supportsTools: true,
  supportsVision: true,
  supportsStreaming: true,
  embeddingDimensions: null,
  region: null,
  timeoutMs: null,
  enabled: true,
  aliases: ['smart'],
  createdAt: new Date('2026-01-01Z'),
  updatedAt: new Date('2026-01-01Z'),
};

describe('toModelView', () => {
  it('writes prices as micro-dollar strings with USD beside them, JSON-safe', () => {
    const view = toModelView(model);
    expect(view).toMatchObject({
      inputPricePerMTokMicros: '2500000',
      inputPricePerMTokUsd: '2.50',
      outputPricePerMTokMicros: '10000000',
      outputPricePerMTokUsd: '10.00',
      cachedInputPricePerMTokMicros: '1250000',
      cachedInputPricePerMTokUsd: '1.25',
      aliases: ['smart'],
    });
    expect(() => JSON.stringify(view)).not.toThrow();
  });
});
