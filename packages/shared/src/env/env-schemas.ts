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
