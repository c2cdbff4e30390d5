import { ServiceHttpError } from '@gatehouse/service-kit';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { decodeCursor, encodeCursor, paginationQuerySchema, toPage } from './pagination.js';
import { parseId } from './parse-id.js';
import { parseInput } from './parse-input.js';

function thrown(fn: () => unknown): ServiceHttpError {
  try {
    fn();
  } catch (error) {
    if (error instanceof ServiceHttpError) return error;
    throw error;
  }
  throw new Error('did not throw');
}

describe('parseInput', () => {
  const schema = z.object({ name: z.string().min(2), tags: z.array(z.string()).optional() });

  it('returns the parsed value', () => {
    expect(parseInput(schema, { name: 'ok' }, 'body')).toEqual({ name: 'ok' });
  });

  it('throws a 400 naming the first bad field', () => {
    const error = thrown(() => parseInput(schema, { name: 'x', tags: [1] }, 'body'));
    expect(error.status).toBe(400);
    expect(error.code).toBe('invalid_request');
    expect(error.param).toBe('name');
    expect(error.message).toMatch(/^Invalid body field "name": /);
  });

  it('names the whole body when it is missing, and treats a missing query as empty', () => {
    expect(thrown(() => parseInput(schema, undefined, 'body')).param).toBe('body');
    expect(parseInput(paginationQuerySchema, undefined, 'query')).toEqual({ limit: 50 });
  });

  it('refuses a NUL character anywhere with a 400 naming where, before the schema runs', () => {
    const error = thrown(() => parseInput(schema, { name: 'ok', tags: ['a\u0000'] }, 'body'));
    expect([error.status, error.param]).toEqual([400, 'tags.0']);
    expect(thrown(() => parseInput(schema, '\u0000', 'body')).param).toBe('body');
  });
});

describe('pagination', () => {
  it('coerces and bounds limit', () => {
    expect(paginationQuerySchema.parse({ limit: '200' }).limit).toBe(200);
    expect(paginationQuerySchema.safeParse({ limit: '201' }).success).toBe(false);
    expect(paginationQuerySchema.safeParse({ limit: '0' }).success).toBe(false);
  });

  it('round-trips cursors and refuses foreign ones', () => {
    expect(decodeCursor(encodeCursor('42|abc'))).toBe('42|abc');
    expect(thrown(() => decodeCursor('%%%')).param).toBe('cursor');
  });

  it('builds a page from limit + 1 rows', () => {
    const rows = [{ id: 'a' }, { id: 'b' }, { id: 'c' }];
    expect(
      toPage(
        rows,
        2,
        (r) => r.id,
        (r) => r.id,
      ),
    ).toEqual({
      data: ['a', 'b'],
      nextCursor: encodeCursor('b'),
    });
    expect(toPage(rows.slice(0, 2), 2, (r) => r.id)).toEqual({
      data: rows.slice(0, 2),
      nextCursor: null,
    });
  });
});

describe('parseId', () => {
  it('accepts a UUID and answers anything else with 404', () => {
    const id = '01a20fc9-23b2-75b8-a5af-06de25ac9797';
    expect(parseId(id)).toBe(id);
    expect(thrown(() => parseId('1; drop table', 'Team'))).toMatchObject({
      status: 404,
      message: 'Team not found',
    });
  });
});
