import { describe, expect, it } from 'vitest';
import { TEST_DATABASE_PATTERN, testDatabaseName, withDatabase } from './database.mjs';

describe('testDatabaseName', () => {
  it('builds gatehouse_test_<time>_<random> that the drop guard accepts', () => {
    const name = testDatabaseName(1700000000000, 'A1-b2');
    expect(name).toBe('gatehouse_test_1700000000000_a1b2');
    expect(TEST_DATABASE_PATTERN.test(name)).toBe(true);
  });

  it('guard refuses the dev database', () => {
    expect(TEST_DATABASE_PATTERN.test('gatehouse')).toBe(false);
    expect(TEST_DATABASE_PATTERN.test('postgres')).toBe(false);
  });
});

describe('withDatabase', () => {
  it('swaps only the database name', () => {
    expect(withDatabase('postgres://postgres@127.0.0.1:5432/postgres?sslmode=disable', 'x')).toBe(
      'postgres://postgres@127.0.0.1:5432/x?sslmode=disable',
    );
  });
});
