import { rollupUsageEvents, type UsageLedgerEvent, type UsageRollupRow } from '@gatehouse/shared';
import type { DbClient } from '../client/create-prisma-client.js';

// One `INSERT … SELECT FROM unnest(arrays)` per table and batch (one parameter per column, any
// batch size), as the seed does. Values travel as text where JS has no exact pg type (bigint,
// dates, JSON) and are cast by Postgres.

type Value = string | number | boolean | null;
type Column<T> = readonly [name: string, pgType: string, value: (row: T) => Value];
type Tx = Pick<DbClient, '$queryRawUnsafe' | '$executeRawUnsafe'>;

const text = (value: bigint | Date | null): string | null =>
  value === null ? null : value instanceof Date ? value.toISOString() : value.toString();

const EVENT_COLUMNS: readonly Column<UsageLedgerEvent>[] = [
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

const DIMENSION_COLUMNS: readonly Column<UsageRollupRow>[] = [
  ['orgId', 'uuid', (r) => r.orgId],
  ['teamId', 'uuid', (r) => r.teamId],
  ['applicationId', 'uuid', (r) => r.applicationId],
  ['apiKeyId', 'uuid', (r) => r.apiKeyId],
  ['productId', 'uuid', (r) => r.productId],
  ['providerId', 'uuid', (r) => r.providerId],
  ['modelId', 'uuid', (r) => r.modelId],
  ['promptVersionId', 'uuid', (r) => r.promptVersionId],
];

// The additive columns: on conflict, stored + new.
const SUM_COLUMNS: readonly Column<UsageRollupRow>[] = [
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
];

const ROLLUP_COLUMNS: readonly Column<UsageRollupRow>[] = [
  ['bucket', '"RollupBucket"', (r) => r.bucket],
  ['bucketStart', 'timestamptz', (r) => text(r.bucketStart)],
  ['dimensionKey', 'text', (r) => r.dimensionKey],
  ...DIMENSION_COLUMNS,
  ...SUM_COLUMNS,
  // int[][] cannot be unnested row by row, so each histogram travels as its array literal.
  ['latencyHistogram', 'text', (r) => `{${r.latencyHistogram.join(',')}}`],
];

const quote = (name: string) => `"${name}"`;
const names = <T>(columns: readonly Column<T>[]) => columns.map(([n]) => quote(n));
const unnest = <T>(columns: readonly Column<T>[]) =>
  columns.map(([, type], i) => `$${i + 1}::${type}[]`).join(', ');
const params = <T>(columns: readonly Column<T>[], rows: readonly T[]) =>
  columns.map(([, , value]) => rows.map(value));

const EVENT_SQL = `INSERT INTO "UsageEvent" (${names(EVENT_COLUMNS).join(', ')})
  SELECT * FROM unnest(${unnest(EVENT_COLUMNS)})
  ON CONFLICT DO NOTHING
  RETURNING "requestId", floor(extract(epoch FROM "occurredAt") * 1000)::bigint::text AS "occurredAtMs"`;

const ROLLUP_NAMES = names(ROLLUP_COLUMNS);
const T = '"UsageRollup"';
// Element-wise sum of the stored and the new histogram (a missing count reads as 0).
const HISTOGRAM_SUM = `ARRAY(SELECT COALESCE(${T}."latencyHistogram"[i], 0) + COALESCE(excluded."latencyHistogram"[i], 0)
    FROM generate_series(1, GREATEST(cardinality(${T}."latencyHistogram"), cardinality(excluded."latencyHistogram"))) AS i
    ORDER BY i)`;

const ROLLUP_SQL = `INSERT INTO ${T} (${ROLLUP_NAMES.join(', ')}, "updatedAt")
  SELECT ${ROLLUP_NAMES.slice(0, -1)
    .map((n) => `u.${n}`)
    .join(', ')}, u."latencyHistogram"::integer[], now()
  FROM unnest(${unnest(ROLLUP_COLUMNS)}) AS u(${ROLLUP_NAMES.join(', ')})
  ON CONFLICT ("bucket", "bucketStart", "dimensionKey") DO UPDATE SET
    ${names(SUM_COLUMNS)
      .map((n) => `${n} = ${T}.${n} + excluded.${n}`)
      .join(',\n    ')},
    "latencyHistogram" = ${HISTOGRAM_SUM},
    "updatedAt" = now()`;

const eventKey = (requestId: string, occurredAtMs: number | string) =>
  `${occurredAtMs}\u0000${requestId}`;

// A key repeated inside one batch is one event: keep the first, as ON CONFLICT would.
function uniqueByKey(events: readonly UsageLedgerEvent[]): UsageLedgerEvent[] {
  const seen = new Set<string>();
  return events.filter((event) => {
    const key = eventKey(event.requestId, event.occurredAt.getTime());
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

async function insertEvents(tx: Tx, events: UsageLedgerEvent[]): Promise<UsageLedgerEvent[]> {
  const rows = await tx.$queryRawUnsafe<Array<{ requestId: string; occurredAtMs: string }>>(
    EVENT_SQL,
    ...params(EVENT_COLUMNS, events),
  );
  const inserted = new Set(rows.map((row) => eventKey(row.requestId, row.occurredAtMs)));
  return events.filter((e) => inserted.has(eventKey(e.requestId, e.occurredAt.getTime())));
}

export type WriteUsageBatchResult = { inserted: number; duplicates: number };

/**
 * Writes a batch of ledger events and folds them into the hourly and daily rollups, in one
 * transaction. Idempotent: an event whose (occurredAt, requestId) is already stored is skipped
 * and only the rows actually inserted are added to the rollups, so a retried or overlapping batch
 * never counts anything twice. Rollup rows are upserted in a fixed order (bucket, start, key), so
 * concurrent writers touching the same rows queue behind each other instead of deadlocking.
 */
export async function writeUsageBatch(
  prisma: DbClient,
  events: readonly UsageLedgerEvent[],
): Promise<WriteUsageBatchResult> {
  if (events.length === 0) return { inserted: 0, duplicates: 0 };
  const unique = uniqueByKey(events);
  const inserted = await prisma.$transaction(
    async (tx) => {
      const fresh = await insertEvents(tx, unique);
      const rollups = [...rollupUsageEvents(fresh, 'HOUR'), ...rollupUsageEvents(fresh, 'DAY')];
      if (rollups.length > 0) {
        await tx.$executeRawUnsafe(ROLLUP_SQL, ...params(ROLLUP_COLUMNS, rollups));
      }
      return fresh.length;
    },
    { timeout: 30_000, maxWait: 10_000 },
  );
  return { inserted, duplicates: events.length - inserted };
}
