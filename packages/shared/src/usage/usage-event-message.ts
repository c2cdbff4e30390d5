import { z } from 'zod';
import { findNulPath } from '../http/find-nul-path.js';
import type { RollupSourceEvent, UsageOutcome } from './rollup-usage-events.js';

const INT4_MAX = 2_147_483_647;
// Postgres text and jsonb reject the NUL character; refusing it here keeps one bad event from
// failing the insert of a whole batch.
const noNul = (value: string) => !value.includes('\u0000');

const text = (max: number) =>
  z.string().max(max).refine(noNul, { message: 'must not contain NUL characters' });
const id = z.guid();
const count = z.int().min(0).max(INT4_MAX);
// Non-negative int8 as a decimal string (JSON has no bigint); 18 digits stay below 2^63.
const micros = z.string().regex(/^\d{1,18}$/, 'expected a non-negative integer as a string');

const USAGE_OUTCOMES = [
  'SUCCESS',
  'UPSTREAM_ERROR',
  'CLIENT_ERROR',
  'BLOCKED',
  'RATE_LIMITED',
  'ABORTED',
] as const satisfies readonly UsageOutcome[];

/**
 * One ledger event on the wire (gateway → BullMQ → worker, or gateway → Postgres in single-node
 * mode): every column of UsageEvent, JSON-safe. `occurredAt` is stamped once by the gateway and
 * never changes across retries: with `requestId` it is the ledger's primary key.
 */
export const usageEventMessageSchema = z.object({
  /** `Date.toISOString()`: UTC, millisecond precision. */
  occurredAt: z.iso.datetime({ precision: 3 }),
  requestId: text(256).min(1),
  orgId: id,
  teamId: id.nullable(),
  applicationId: id.nullable(),
  apiKeyId: id.nullable(),
  productId: id.nullable(),
  providerId: id.nullable(),
  modelId: id.nullable(),
  /** Names as they were at the time, for reports that outlive renames. */
  providerSlug: text(200).nullable(),
  modelName: text(200).nullable(),
  endpoint: text(2048).min(1),
  httpStatus: z.int().min(0).max(999),
  outcome: z.enum(USAGE_OUTCOMES),
  errorType: text(200).nullable(),
  stream: z.boolean(),
  cacheHit: z.boolean(),
  inputTokens: count,
  outputTokens: count,
  cachedTokens: count,
  /** Integer micro-dollars from the model's price table, as a decimal string. */
  costMicros: micros,
  /** What a cache hit saved at list price, micro-dollars as a decimal string. */
  savedMicros: micros,
  latencyMs: count,
  ttftMs: count.nullable(),
  promptVersionId: id.nullable(),
  region: text(100).nullable(),
  /** Guardrail verdicts, routing decision and other request facts. Never secrets or prompts. */
  metadata: z
    .record(z.string(), z.json())
    .refine((value) => findNulPath(value) === null, { message: 'must not contain NUL characters' }),
});

export type UsageEventMessage = z.infer<typeof usageEventMessageSchema>;

/** A ledger event as the database layer takes it: dates as Date, money as bigint. */
export type UsageLedgerEvent = RollupSourceEvent & {
  requestId: string;
  providerSlug: string | null;
  modelName: string | null;
  endpoint: string;
  httpStatus: number;
  errorType: string | null;
  stream: boolean;
  region: string | null;
  metadata: Readonly<Record<string, unknown>>;
};

/** Wire form → ledger form (the message is assumed valid: parse it with the schema first). */
export function decodeUsageEventMessage(message: UsageEventMessage): UsageLedgerEvent {
  return {
    ...message,
    occurredAt: new Date(message.occurredAt),
    costMicros: BigInt(message.costMicros),
    savedMicros: BigInt(message.savedMicros),
  };
}

/** Ledger form → wire form. */
export function encodeUsageEventMessage(event: UsageLedgerEvent): UsageEventMessage {
  return {
    ...event,
    occurredAt: event.occurredAt.toISOString(),
    costMicros: event.costMicros.toString(),
    savedMicros: event.savedMicros.toString(),
    metadata: event.metadata as UsageEventMessage['metadata'],
  };
}
