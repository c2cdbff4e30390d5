import { describe, expect, it } from 'vitest';
import { formatMigrationName } from './format-migration-name.js';

describe('formatMigrationName', () => {
  const now = new Date('2026-03-04T05:06:07.890Z');

  it('prefixes the UTC timestamp like prisma migrate dev', () => {
    expect(formatMigrationName(now, 'init')).toBe('20260304050607_init');
  });

  it('slugs the name to lowercase words joined by underscores', () => {
    expect(formatMigrationName(now, '  Add API-key Scopes! ')).toBe(
      '20260304050607_add_api_key_scopes',
    );
  });

  it('rejects a name with nothing left after slugging', () => {
    expect(() => formatMigrationName(now, '--')).toThrow(/needs a name/);
  });
});
