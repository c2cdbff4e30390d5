import { describe, expect, it } from 'vitest';
import { checkOpenApiDocument } from './check-openapi-document.js';
import { checkRouteTargets } from './check-route-targets.js';
import { formatUsdMicros } from './format-usd-micros.js';

describe('formatUsdMicros', () => {
  it('shows cents at least and micro-dollars where present', () => {
    expect(formatUsdMicros(0n)).toBe('0.00');
    expect(formatUsdMicros(150_000n)).toBe('0.15');
    expect(formatUsdMicros(2_500_000n)).toBe('2.50');
    expect(formatUsdMicros(75_000n)).toBe('0.075');
    expect(formatUsdMicros(2_500_123n)).toBe('2.500123');
    expect(formatUsdMicros(1n)).toBe('0.000001');
    expect(formatUsdMicros(-1_230_000n)).toBe('-1.23');
    expect(formatUsdMicros(12_345_678_901_234_567n)).toBe('12345678901.234567');
  });
});

describe('checkOpenApiDocument', () => {
  it('accepts 3.0 and 3.1 documents with info', () => {
    expect(
      checkOpenApiDocument({ openapi: '3.1.0', info: { title: 't', version: '1' } }),
    ).toBeNull();
    expect(checkOpenApiDocument({ openapi: '3.0', info: {} })).toBeNull();
  });

  it('refuses Swagger 2, non-objects and a missing info', () => {
    expect(checkOpenApiDocument({ swagger: '2.0', info: {} })).toMatch(/3\.x/);
    expect(checkOpenApiDocument({ openapi: '4.0.0', info: {} })).toMatch(/3\.x/);
    expect(checkOpenApiDocument([])).toBe('must be a JSON object');
    expect(checkOpenApiDocument('openapi: 3.1.0')).toBe('must be a JSON object');
    expect(checkOpenApiDocument({ openapi: '3.1.0' })).toBe('must have an "info" object');
  });
});

describe('checkRouteTargets', () => {
  const model = { modelId: 'm1', weight: 100, isFallback: false };
  const url = { upstreamUrl: 'http://orders.internal', weight: 100, isFallback: false };

  it('wants models for AI and URLs for REST and GraphQL', () => {
    expect(checkRouteTargets('AI', 'SINGLE', [model])).toBeNull();
    expect(checkRouteTargets('REST', 'SINGLE', [url])).toBeNull();
    expect(checkRouteTargets('AI', 'SINGLE', [url])).toEqual({
      param: 'targets.0.modelId',
      message: 'AI route targets need modelId',
    });
    expect(checkRouteTargets('GRAPHQL', 'SINGLE', [model])?.param).toBe('targets.0.upstreamUrl');
    expect(checkRouteTargets('REST', 'SINGLE', [{ ...url, modelId: 'm1' }])?.param).toBe(
      'targets.0.modelId',
    );
  });

  it('gives SINGLE exactly one primary, fallbacks aside', () => {
    const fallback = { ...model, modelId: 'm2', isFallback: true };
    expect(checkRouteTargets('AI', 'SINGLE', [model, fallback])).toBeNull();
    expect(checkRouteTargets('AI', 'SINGLE', [model, { ...model, modelId: 'm2' }])?.message).toBe(
      'SINGLE needs exactly 1 primary (non-fallback) target',
    );
    expect(checkRouteTargets('AI', 'FALLBACK', [fallback])?.param).toBe('targets');
    const perModel = { target: 'requested-model' };
    expect(
      checkRouteTargets('AI', 'SINGLE', [model, { ...model, modelId: 'm2' }], perModel),
    ).toBeNull();
    expect(checkRouteTargets('AI', 'COST', [])?.param).toBe('targets');
  });

  it('refuses a weighted split whose weights are all zero', () => {
    expect(checkRouteTargets('AI', 'WEIGHTED', [{ ...model, weight: 0 }])?.message).toMatch(
      /weight > 0/,
    );
    expect(
      checkRouteTargets('AI', 'WEIGHTED', [
        { ...model, weight: 0 },
        { ...model, modelId: 'm2', weight: 10 },
      ]),
    ).toBeNull();
  });
});
