import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { parseEnv, portSchema, urlSchema } from './parse-env.js';

const schema = z.object({
  PORT: portSchema.default(8080),
  DATABASE_URL: urlSchema('postgres', 'postgresql'),
});

describe('parseEnv', () => {
  it('applies defaults and coerces numbers', () => {
    const result = parseEnv('gateway', schema, { DATABASE_URL: 'postgres://localhost/x' });
    expect(result).toEqual({
      ok: true,
      env: { PORT: 8080, DATABASE_URL: 'postgres://localhost/x' },
    });
  });

  it('names every bad variable in one line', () => {
    const result = parseEnv('gateway', schema, { PORT: '99999' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.message).not.toContain('\n');
    expect(result.message).toMatch(/^gateway: bad environment: /);
    expect(result.message).toContain('PORT is invalid');
    expect(result.message).toContain('DATABASE_URL is missing');
  });

  it('treats an empty variable as unset, so its default applies or it is reported missing', () => {
    const result = parseEnv('gateway', schema, { PORT: '', DATABASE_URL: '' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.message).toContain('DATABASE_URL is missing');
    expect(result.message).not.toContain('PORT');
    expect(parseEnv('gateway', schema, { PORT: '', DATABASE_URL: 'postgres://h/d' })).toEqual({
      ok: true,
      env: { PORT: 8080, DATABASE_URL: 'postgres://h/d' },
    });
  });

  it('rejects a URL with the wrong protocol', () => {
    const result = parseEnv('gateway', schema, { DATABASE_URL: 'mysql://localhost/x' });
    expect(result.ok).toBe(false);
  });
});
