import { describe, expect, it } from 'vitest';
import { createFaultStore } from './fault-store.js';
import { decideInjectedError, resolveFaults } from './resolve-faults.js';

describe('resolveFaults', () => {
  it('defaults to no faults', () => {
    expect(resolveFaults({}, {}, 'openai')).toEqual({
      ok: true,
      faults: {
        latencyMs: 0,
        chunkDelayMs: 0,
        status: undefined,
        errorRate: 0,
        retryAfterSeconds: undefined,
        dropAfterChunks: undefined,
        streamErrorAfterChunks: undefined,
      },
    });
  });
  it('lets headers override the global faults', () => {
    const result = resolveFaults(
      { 'x-mock-latency-ms': '20', 'x-mock-status': '429' },
      { latencyMs: 5, chunkDelayMs: 7 },
      'openai',
    );
    expect(result).toMatchObject({
      ok: true,
      faults: { latencyMs: 20, chunkDelayMs: 7, status: 429, errorRate: 1 },
    });
  });
  it('applies global faults only to their targets', () => {
    const global = { status: 503, targets: ['anthropic' as const] };
    expect(resolveFaults({}, global, 'openai')).toMatchObject({
      ok: true,
      faults: { errorRate: 0 },
    });
    expect(resolveFaults({}, global, 'anthropic')).toMatchObject({
      ok: true,
      faults: { status: 503, errorRate: 1 },
    });
  });
  it('reports a bad header value', () => {
    expect(resolveFaults({ 'x-mock-status': '200' }, {}, 'openai')).toEqual({
      ok: false,
      message: 'Invalid x-mock-status header: 200',
    });
    expect(resolveFaults({ 'x-mock-error-rate': 'lots' }, {}, 'gemini').ok).toBe(false);
  });
});

describe('decideInjectedError', () => {
  const faults = {
    latencyMs: 0,
    chunkDelayMs: 0,
    errorRate: 0.5,
    status: 429,
    retryAfterSeconds: 3,
  };
  it('fails when the roll is under the rate', () => {
    expect(decideInjectedError(faults, 0.2)).toEqual({ status: 429, retryAfterSeconds: 3 });
    expect(decideInjectedError(faults, 0.7)).toBeUndefined();
  });
  it('uses 500 when only a rate is given', () => {
    expect(decideInjectedError({ latencyMs: 0, chunkDelayMs: 0, errorRate: 1 }, 0.99)).toEqual({
      status: 500,
    });
  });
});

describe('createFaultStore', () => {
  it('switches faults off after `times` matching requests', () => {
    const store = createFaultStore();
    store.set({ status: 503, times: 2, targets: ['openai'] });
    expect(store.take('anthropic').status).toBe(503); // not counted: the target does not match
    expect(store.take('openai').times).toBe(2);
    expect(store.take('openai').times).toBe(1);
    expect(store.take('openai')).toEqual({});
  });
  it('resets', () => {
    const store = createFaultStore();
    store.set({ latencyMs: 10 });
    store.reset();
    expect(store.get()).toEqual({});
  });
});
