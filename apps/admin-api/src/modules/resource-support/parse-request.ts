import { ServiceHttpError } from '@gatehouse/service-kit';
import type { z } from 'zod';
import { parseInput } from '../../http/parse-input.js';

/**
 * Where a NUL character hides in a JSON value (a key or a string at any depth), as a dotted
 * path, or null. Postgres refuses NUL in text and jsonb, so it must be a 400 here, not a 500 later.
 */
export function findNulPath(value: unknown, path: string[] = []): string | null {
  if (typeof value === 'string') return value.includes('\u0000') ? path.join('.') : null;
  if (typeof value !== 'object' || value === null) return null;
  const entries = Array.isArray(value) ? value.entries() : Object.entries(value);
  for (const [key, item] of entries) {
    const here = [...path, String(key)];
    if (String(key).includes('\u0000')) return here.join('.');
    const found = findNulPath(item, here);
    if (found !== null) return found;
  }
  return null;
}

/** `parseInput`, refusing NUL characters anywhere in the input first. */
export function parseRequest<S extends z.ZodType>(
  schema: S,
  value: unknown,
  where: 'body' | 'query',
): z.output<S> {
  const nul = findNulPath(value);
  if (nul !== null) {
    const param = nul === '' ? where : nul;
    throw new ServiceHttpError(
      400,
      'invalid_request',
      `Invalid ${where}: NUL character in "${param}"`,
      param,
    );
  }
  return parseInput(schema, value, where);
}
