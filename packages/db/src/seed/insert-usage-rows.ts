import type { UsageRollupRow } from '@gatehouse/shared';
import type { DbClient } from '../client/create-prisma-client.js';
import type { SeedUsageEvent } from './generate-usage-history.js';

// Bulk inserts through one `INSERT … SELECT FROM unnest(arrays)` per batch: one parameter per
// column, whatever the batch size. Prisma's createMany spends ~1.5 s of CPU per 1,000 ledger rows
// here; this takes a few milliseconds, which keeps the seed quick on embedded PGlite too.
// Values go over as text (bigints, dates, JSON) and are cast by Postgres.

type Value = string | number | boolean | null;
type Column<T> = readonly [name: string, pgType: string, value: (row: T) => Value];

const text = (value: bigint | Date | null): string | null =>
  value === null ? null : value instanceof Date ? value.toISOString() : value.toString();

const EVENT_COLUMNS: readonly Column<SeedUsageEvent>[] = [
  ['occurredAt', 'timestamptz', (e) => text(e.occurredAt)],
  ['requestId', 'text', (e) => e.requestId],
  ['orgId', 'uuid', (e) => e.orgId],
  ['teamId', 'uuid', (e) => e.teamId],
  ['applicationId', 'uuid', (e) => e.applicationId],
  ['apiKeyId', 'uuid', (e) => e.apiKeyId],
  ['productId', 'uuid', (e) => e.productId],
  ['providerId', 'uuid', (e) => e.providerId],
  ['modelId', 'uuid', (e) => e.modelId],
  ['providerSlug', 'text', (e) => e.providerSlug],
  ['modelName', 'text', (e) => e.modelName],
  ['endpoint', 'text', (e) => e.endpoint],
  ['httpStatus', 'integer', (e) => e.httpStatus],
  ['outcome', '"UsageOutcome"', (e) => e.outcome],
  ['errorType', 'text', (e) => e.errorType],
  ['stream', 'boolean', (e) => e.stream],
  ['cacheHit', 'boolean', (e) => e.cacheHit],
  ['inputTokens', 'integer', (e) => e.inputTokens],
  ['outputTokens', 'integer', (e) => e.outputTokens],
  ['cachedTokens', 'integer', (e) => e.cachedTokens],
  ['costMicros', 'bigint', (e) => text(e.costMicros)],
  ['savedMicros', 'bigint', (e) => text(e.savedMicros)],
  ['latencyMs', 'integer', (e) => e.latencyMs],
  ['ttftMs', 'integer', (e) => e.ttftMs],
  ['promptVersionId', 'uuid', (e) => e.promptVersionId],
  ['region', 'text', (e) => e.region],
  ['metadata', 'jsonb', (e) => JSON.stringify(e.metadata)],
];

const ROLLUP_COLUMNS: readonly Column<UsageRollupRow>[] = [
  ['bucket', '"RollupBucket"', (r) => r.bucket],
  ['bucketStart', 'timestamptz', (r) => text(r.bucketStart)],
  ['dimensionKey', 'text', (r) => r.dimensionKey],
  ['orgId', 'uuid', (r) => r.orgId],
  ['teamId', 'uuid', (r) => r.teamId],
  ['applicationId', 'uuid', (r) => r.applicationId],
  ['apiKeyId', 'uuid', (r) => r.apiKeyId],
  ['productId', 'uuid', (r) => r.productId],
  ['providerId', 'uuid', (r) => r.providerId],
  ['modelId', 'uuid', (r) => r.modelId],
  ['promptVersionId', 'uuid', (r) => r.promptVersionId],
  ['requests', 'integer', (r) => r.requests],
  ['errors', 'integer', (r) => r.errors],
  ['cacheHits', 'integer', (r) => r.cacheHits],
  ['inputTokens', 'bigint', (r) => text(r.inputTokens)],
  ['outputTokens', 'bigint', (r) => text(r.outputTokens)],
  ['cachedTokens', 'bigint', (r) => text(r.cachedTokens)],
  ['costMicros', 'bigint', (r) => text(r.costMicros)],
  ['savedMicros', 'bigint', (r) => text(r.savedMicros)],
  ['latencyMsSum', 'bigint', (r) => text(r.latencyMsSum)],
  ['ttftMsSum', 'bigint', (r) => text(r.ttftMsSum)],
  ['ttftCount', 'integer', (r) => r.ttftCount],
  // int[][] cannot be unnested row by row, so each histogram travels as its array literal.
  ['latencyHistogram', 'text', (r) => `{${r.latencyHistogram.join(',')}}`],
];

const quote = (name: string) => `"${name}"`;

async function insertRows<T>(
  prisma: DbClient,
  sql: string,
  columns: readonly Column<T>[],
  rows: readonly T[],
): Promise<number> {
  if (rows.length === 0) return 0;
  const params = columns.map(([, , value]) => rows.map(value));
  return prisma.$executeRawUnsafe(sql, ...params);
}

const unnest = <T>(columns: readonly Column<T>[]) =>
  columns.map(([, type], i) => `$${i + 1}::${type}[]`).join(', ');

const EVENT_SQL = `INSERT INTO "UsageEvent" (${EVENT_COLUMNS.map(([n]) => quote(n)).join(', ')})
  SELECT * FROM unnest(${unnest(EVENT_COLUMNS)})
  ON CONFLICT DO NOTHING`;

const ROLLUP_NAMES = ROLLUP_COLUMNS.map(([n]) => quote(n));
const ROLLUP_SQL = `INSERT INTO "UsageRollup" ("id", ${ROLLUP_NAMES.join(', ')}, "updatedAt")
  SELECT gen_random_uuid(), ${ROLLUP_NAMES.slice(0, -1)
    .map((n) => `u.${n}`)
    .join(', ')}, u."latencyHistogram"::integer[], now()
  FROM unnest(${unnest(ROLLUP_COLUMNS)}) AS u(${ROLLUP_NAMES.join(', ')})
  ON CONFLICT ("bucket", "bucketStart", "dimensionKey") DO NOTHING`;

/** Inserts ledger rows, skipping any (occurredAt, requestId) already stored; returns how many were new. */
export function insertUsageEvents(
  prisma: DbClient,
  rows: readonly SeedUsageEvent[],
): Promise<number> {
  return insertRows(prisma, EVENT_SQL, EVENT_COLUMNS, rows);
}

/** Inserts rollup rows, skipping any (bucket, bucketStart, dimensionKey) already stored. */
export function insertUsageRollups(
  prisma: DbClient,
  rows: readonly UsageRollupRow[],
): Promise<number> {
  return insertRows(prisma, ROLLUP_SQL, ROLLUP_COLUMNS, rows);
}
