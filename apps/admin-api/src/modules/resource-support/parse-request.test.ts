import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { findNulPath, parseRequest } from './parse-request.js';

describe('findNulPath', () => {
  it('finds NUL in strings and keys at any depth', () => {
    expect(findNulPath({ a: 'ok', b: ['x', 'y\u0000'] })).toBe('b.1');
    expect(findNulPath({ doc: { ['k\u0000']: 1 } })).toBe('doc.k\u0000');
    expect(findNulPath('\u0000')).toBe('');
    expect(findNulPath({ a: 1, b: null, c: [true, 'fine'] })).toBeNull();
  });
});

describe('parseRequest', () => {
  const schema = z.object({ name: z.string() });

  it('is a 400 naming the field before the schema runs', () => {
    expect(() => parseRequest(schema, { name: 'a\u0000' }, 'body')).toThrow(
      expect.objectContaining({ status: 400, param: 'name' }),
    );
  });

  it('otherwise parses as parseInput does', () => {
    expect(parseRequest(schema, { name: 'a' }, 'body')).toEqual({ name: 'a' });
    expect(() => parseRequest(schema, {}, 'body')).toThrow(
      expect.objectContaining({ param: 'name' }),
    );
  });
});
