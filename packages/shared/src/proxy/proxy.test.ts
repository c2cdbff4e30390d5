import { describe, expect, it } from 'vitest';
import { forwardableHeaders } from './forwardable-headers.js';
import { pickWeightedTarget, type RotationState } from './pick-weighted-target.js';

describe('forwardableHeaders', () => {
  it('drops hop-by-hop headers, those Connection names, and the caller key', () => {
    const headers = forwardableHeaders(
      {
        Connection: 'keep-alive, X-Trace-Hop',
        'X-Trace-Hop': '1',
        'Keep-Alive': 'timeout=5',
        'Transfer-Encoding': 'chunked',
        Authorization: 'Bearer gh_secret',
        'x-api-key': 'gh_secret',
        'api-key': 'gh_secret',
        Host: 'gateway',
        Accept: 'application/json',
        'X-Request-Id': 'abc',
        cookie: ['a=1', 'b=2'],
        'content-length': '10',
        'x-empty': undefined,
      },
      'request',
    );
    expect(headers).toEqual({
      accept: 'application/json',
      'x-request-id': 'abc',
      cookie: ['a=1', 'b=2'],
    });
  });

  it('keeps authorization-like headers on responses but not content-length', () => {
    const headers = forwardableHeaders(
      { 'www-authenticate': 'Bearer', 'content-length': '3', 'content-type': 'text/plain' },
      'response',
    );
    expect(headers).toEqual({ 'www-authenticate': 'Bearer', 'content-type': 'text/plain' });
  });
});

describe('pickWeightedTarget', () => {
  const pickMany = (targets: { id: string; weight: number }[], n: number): string[] => {
    const state: RotationState = new Map();
    return Array.from({ length: n }, () => pickWeightedTarget(targets, state)?.id ?? 'none');
  };

  it('alternates evenly between equal weights', () => {
    expect(
      pickMany(
        [
          { id: 'a', weight: 1 },
          { id: 'b', weight: 1 },
        ],
        4,
      ),
    ).toEqual(['a', 'b', 'a', 'b']);
  });

  it('spreads a 3:1 split smoothly', () => {
    const picks = pickMany(
      [
        { id: 'a', weight: 3 },
        { id: 'b', weight: 1 },
      ],
      8,
    );
    expect(picks).toEqual(['a', 'a', 'b', 'a', 'a', 'a', 'b', 'a']);
    expect(picks.filter((p) => p === 'b')).toHaveLength(2);
  });

  it('never picks a zero weight and returns null with nothing to pick', () => {
    expect(
      pickMany(
        [
          { id: 'a', weight: 0 },
          { id: 'b', weight: 5 },
        ],
        3,
      ),
    ).toEqual(['b', 'b', 'b']);
    expect(pickWeightedTarget([{ id: 'a', weight: 0 }], new Map())).toBeNull();
  });
});
