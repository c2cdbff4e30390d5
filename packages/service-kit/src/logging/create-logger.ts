import { pino, type Logger } from 'pino';
import type { LogLevel } from '@gatehouse/shared';

// Header and body fields that may carry credentials never reach the log, whoever logs them.
const REDACT_PATHS = [
  'authorization',
  'headers.authorization',
  'headers["x-api-key"]',
  'headers["api-key"]',
  'headers.cookie',
  'apiKey',
  'password',
];

/** One JSON line per event on stdout; `service` tags every line. */
export function createLogger(service: string, level: LogLevel): Logger {
  return pino({
    level,
    base: { service },
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label) => ({ level: label }) },
    redact: { paths: REDACT_PATHS, censor: '[redacted]' },
  });
}
