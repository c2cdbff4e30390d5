import { ServiceHttpError } from '@gatehouse/service-kit';
import { findNulPath } from '@gatehouse/shared';
import type { z } from 'zod';

/**
 * Parses a request body or query with a zod schema: the parsed value, or a 400
 * `{ error: { code: 'invalid_request', message, param } }` naming the first bad field. A NUL
 * character anywhere (which Postgres would refuse with a 500 later) is such a 400 too.
 */
export function parseInput<S extends z.ZodType>(
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
  const result = schema.safeParse(value ?? (where === 'query' ? {} : undefined));
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const path = issue?.path.map(String).join('.') ?? '';
  const param = path === '' ? where : path;
  const message = issue
    ? `Invalid ${where}${path === '' ? '' : ` field "${path}"`}: ${issue.message}`
    : `Invalid ${where}`;
  throw new ServiceHttpError(400, 'invalid_request', message, param);
}
