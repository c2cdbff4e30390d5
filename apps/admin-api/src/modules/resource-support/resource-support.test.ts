import { ServiceHttpError } from '@gatehouse/service-kit';
import { describe, expect, it } from 'vitest';
import { encodeCursor } from '../../http/pagination.js';
import { microsSchema, moneyOut, toMicros, toOptionalMicros } from './money.js';
import { isStillReferenced, isUniqueViolation, uniqueOr409 } from './resource-errors.js';
import { cursorId, pathId } from './resource-ids.js';

const ID = '0196b0a0-1234-7abc-8def-0123456789ab';

function thrown(run: () => unknown): ServiceHttpError {
  try {
    run();
  } catch (error) {
    if (error instanceof ServiceHttpError) return error;
    throw error;
  }
  throw new Error('did not throw');
}

describe('uniqueOr409', () => {
  it('turns a unique violation into a 409 on the named field', async () => {
    const clash = Promise.reject(Object.assign(new Error('dup'), { code: 'P2002' }));
    await expect(uniqueOr409(clash, 'Name taken', 'name')).rejects.toMatchObject({
      status: 409,
      code: 'conflict',
      message: 'Name taken',
      param: 'name',
    });
  });

  it('passes other errors and values through', async () => {
    const other = new Error('boom');
    await expect(uniqueOr409(Promise.reject(other), 'x', 'y')).rejects.toBe(other);
    await expect(uniqueOr409(Promise.resolve(7), 'x', 'y')).resolves.toBe(7);
  });

  it('recognises Prisma codes structurally', () => {
    expect(isUniqueViolation({ code: 'P2002' })).toBe(true);
    expect(isUniqueViolation({ code: 2002 })).toBe(false);
    expect(isStillReferenced({ code: 'P2003' })).toBe(true);
    expect(isStillReferenced(null)).toBe(false);
  });
});

describe('pathId / cursorId', () => {
  it('answers a non-uuid path id with a 404, never a database error', () => {
    expect(pathId(ID.toUpperCase(), 'Model')).toBe(ID);
    const error = thrown(() => pathId('abc', 'Model'));
    expect([error.status, error.message]).toEqual([404, 'Model not found']);
  });

  it('opens our cursors and refuses others with a 400 on cursor', () => {
    expect(cursorId(undefined)).toBeUndefined();
    expect(cursorId(encodeCursor(ID))).toBe(ID);
    expect(thrown(() => cursorId(encodeCursor('not-an-id'))).param).toBe('cursor');
    expect(thrown(() => cursorId('%%%')).status).toBe(400);
  });
});

describe('money', () => {
  it('accepts digit strings and safe integers only', () => {
    expect(microsSchema.parse('150000')).toBe('150000');
    expect(microsSchema.parse(42)).toBe(42);
    for (const bad of ['1.5', '-1', '', 1.5, -1, '1e6']) {
      expect(microsSchema.safeParse(bad).success).toBe(false);
    }
  });

  it('converts exactly beyond 2^53 and shows USD', () => {
    expect(toMicros('9007199254740993')).toBe(9_007_199_254_740_993n);
    expect(toOptionalMicros(null)).toBeNull();
    expect(toOptionalMicros(undefined)).toBeUndefined();
    expect(moneyOut(2_500_000n)).toEqual({ micros: '2500000', usd: '2.50' });
  });
});
