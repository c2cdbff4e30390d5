import { describe, expect, it } from 'vitest';
import { rollupRange } from './rollup-range.js';

describe('rollupRange', () => {
  it('uses daily rows for whole days and hourly rows otherwise, widening to whole buckets', () => {
    expect(rollupRange(new Date('2026-11-01T00:00:00Z'), new Date('2026-12-01T00:00:00Z'))).toEqual(
      {
        bucket: 'DAY',
        start: new Date('2026-11-01T00:00:00Z'),
        end: new Date('2026-12-01T00:00:00Z'),
      },
    );
    expect(rollupRange(new Date('2026-11-01T10:30:00Z'), new Date('2026-11-02T00:00:00Z'))).toEqual(
      {
        bucket: 'HOUR',
        start: new Date('2026-11-01T10:00:00Z'),
        end: new Date('2026-11-02T00:00:00Z'),
      },
    );
    expect(
      rollupRange(new Date('2026-11-01T10:30:00Z'), new Date('2026-11-01T12:00:01Z'), 'DAY'),
    ).toEqual({
      bucket: 'DAY',
      start: new Date('2026-11-01T00:00:00Z'),
      end: new Date('2026-11-02T00:00:00Z'),
    });
  });
});
