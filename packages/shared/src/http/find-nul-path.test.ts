import { describe, expect, it } from 'vitest';
import { findNulPath } from './find-nul-path.js';

describe('findNulPath', () => {
  it('finds NUL in strings and keys at any depth', () => {
    expect(findNulPath({ a: 'ok', b: ['x', 'y\u0000'] })).toBe('b.1');
    expect(findNulPath({ doc: { ['k\u0000']: 1 } })).toBe('doc.k\u0000');
    expect(findNulPath('\u0000')).toBe('');
    expect(findNulPath({ a: 1, b: null, c: [true, 'fine'] })).toBeNull();
  });
});
