import { describe, expect, it } from 'vitest';
import { createRequestLog } from './request-log.js';

const entry = (url: string, target: 'openai' | 'rest' = 'openai') => ({
  at: '2026-01-01T00:00:00.000Z',
  target,
  method: 'POST',
  url,
  headers: {},
});

describe('createRequestLog', () => {
  it('keeps the newest entries first, filtered by target, within its capacity', () => {
    const log = createRequestLog(3);
    for (const url of ['/a', '/b', '/c', '/d']) log.add(entry(url));
    log.add(entry('/orders', 'rest'));
    expect(log.list().map((e) => e.url)).toEqual(['/orders', '/d', '/c']);
    expect(log.list('openai').map((e) => e.seq)).toEqual([4, 3]);
    expect(log.list(undefined, 1).map((e) => e.url)).toEqual(['/orders']);
    log.clear();
    expect(log.list()).toEqual([]);
  });
});
