import { z } from 'zod';

/** "true" / "false" (also 1/0, yes/no), as a boolean. Anything else is a clear error. */
export const booleanFlagSchema = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'], { message: 'expected "true" or "false"' })
  .transform((value) => value === 'true' || value === '1' || value === 'yes');

export const logLevelSchema = z.enum([
  'fatal',
  'error',
  'warn',
  'info',
  'debug',
  'trace',
  'silent',
]);

export type LogLevel = z.infer<typeof logLevelSchema>;

// Compose files and shells often pass `FOO=` for "not set"; treat it that way so defaults apply.
export function withoutEmptyValues(
  source: Record<string, string | undefined>,
): Record<string, string> {
  const entries = Object.entries(source).filter(
    (entry): entry is [string, string] => entry[1] !== undefined && entry[1] !== '',
  );
  return Object.fromEntries(entries);
}
