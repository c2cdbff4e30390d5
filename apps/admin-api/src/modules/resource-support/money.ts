import { formatUsdMicros } from '@gatehouse/shared';
import { z } from 'zod';

/**
 * Micro-dollars in a body: a string of digits ("150000"), or a JSON integer. Strings keep
 * amounts above 2^53 exact. Parsed to bigint by `toMicros`.
 */
export const microsSchema = z.union([
  z.string().regex(/^\d{1,18}$/, 'must be a string of integer micro-dollars'),
  z.number().int().min(0).max(Number.MAX_SAFE_INTEGER),
]);

export type MicrosInput = z.infer<typeof microsSchema>;

export function toMicros(value: MicrosInput): bigint {
  return BigInt(value);
}

export function toOptionalMicros(value: MicrosInput | null | undefined): bigint | null | undefined {
  return value === null || value === undefined ? value : BigInt(value);
}

/** Money in a response: integer micro-dollars as a string, and a USD display string. */
export function moneyOut(micros: bigint): { micros: string; usd: string } {
  return { micros: micros.toString(), usd: formatUsdMicros(micros) };
}

export const moneyOutSchema = z.object({ micros: z.string(), usd: z.string() });
