import {
  generateUsageHistory,
  isoDay,
  SEED_REQUEST_PREFIX,
  type SeedUsageEvent,
  type UsageWorld,
} from './generate-usage-history.js';
import { writeUsageBatch } from '../repositories/write-usage-batch.js';
import { countCreated, type SeedRun } from './seed-run.js';
import { ANOMALY } from './usage-profiles.js';

const DAY_MS = 86_400_000;
const BATCH = 2_000;

export type PlantedAnomaly = {
  /** UTC day, YYYY-MM-DD. */
  date: string;
  application: string;
  applicationId: string;
  costMicros: bigint;
  /** Median daily cost of the same application over the history. */
  medianDailyCostMicros: bigint;
};

export type SeededUsage = {
  firstDay: string;
  lastDay: string;
  events: number;
  eventsInserted: number;
  rollupsInserted: number;
  anomaly: PlantedAnomaly;
};

const startOfDay = (at: Date) => new Date(Math.floor(at.getTime() / DAY_MS) * DAY_MS);

// The history is anchored at its first run: later runs find the oldest synthetic event and
// regenerate from there, so existing days come out identical (and are skipped) and only days
// since then are added. The anomaly stays on the day it was planted.
async function historyWindow(run: SeedRun, orgId: string, days: number) {
  const lastDay = new Date(startOfDay(run.options.now).getTime() - DAY_MS);
  const oldest = await run.prisma.usageEvent.findFirst({
    where: { orgId, requestId: { startsWith: SEED_REQUEST_PREFIX } },
    orderBy: { occurredAt: 'asc' },
    select: { occurredAt: true },
  });
  const firstDay =
    oldest === null
      ? new Date(lastDay.getTime() - (days - 1) * DAY_MS)
      : startOfDay(oldest.occurredAt);
  const anchorLastDay = firstDay.getTime() + (days - 1) * DAY_MS;
  const anomalyDay = new Date(anchorLastDay - ANOMALY.daysBeforeLastDay * DAY_MS);
  return { firstDay, lastDay: new Date(Math.max(lastDay.getTime(), anchorLastDay)), anomalyDay };
}

// Monthly ledger partitions for the history's months (the migration creates them from three
// months back; older rows would otherwise land in the DEFAULT partition). The function is
// idempotent and comes with the ledger migration.
async function ensurePartitions(run: SeedRun, firstDay: Date, lastDay: Date): Promise<void> {
  const months =
    (lastDay.getUTCFullYear() - firstDay.getUTCFullYear()) * 12 +
    lastDay.getUTCMonth() -
    firstDay.getUTCMonth() +
    1;
  await run.prisma
    .$queryRaw`SELECT gatehouse_ensure_usage_partitions(${isoDay(firstDay)}::date, ${months}::integer)`;
}

// Through the ledger writer the workers use: events skip on conflict and only the rows actually
// inserted are added into the rollups, so the history and live traffic can share a bucket.
async function writeInBatches(run: SeedRun, events: SeedUsageEvent[]): Promise<number> {
  let inserted = 0;
  for (let i = 0; i < events.length; i += BATCH) {
    inserted += (await writeUsageBatch(run.prisma, events.slice(i, i + BATCH))).inserted;
  }
  return inserted;
}

const countRollups = (run: SeedRun, orgId: string) =>
  run.prisma.usageRollup.count({ where: { orgId } });

function median(values: bigint[]): bigint {
  const sorted = [...values].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return sorted[Math.floor(sorted.length / 2)] ?? 0n;
}

/** The anomaly as it came out: the app's cost that day against its median day. */
export function describeAnomaly(
  events: SeedUsageEvent[],
  applicationId: string,
  anomalyDay: Date,
): PlantedAnomaly {
  const perDay = new Map<string, bigint>();
  for (const event of events) {
    if (event.applicationId !== applicationId) continue;
    const day = isoDay(event.occurredAt);
    perDay.set(day, (perDay.get(day) ?? 0n) + event.costMicros);
  }
  const date = isoDay(anomalyDay);
  return {
    date,
    application: ANOMALY.app,
    applicationId,
    costMicros: perDay.get(date) ?? 0n,
    medianDailyCostMicros: median([...perDay.values()]),
  };
}

/**
 * Synthetic ledger history (`days` days ending yesterday) with its hourly and daily rollups,
 * inserted with skip-on-conflict so a repeated run adds nothing.
 */
export async function seedUsage(
  run: SeedRun,
  world: UsageWorld,
  days: number,
): Promise<SeededUsage> {
  const { firstDay, lastDay, anomalyDay } = await historyWindow(run, world.orgId, days);
  const events = generateUsageHistory(world, firstDay, lastDay, anomalyDay);
  await ensurePartitions(run, firstDay, lastDay);
  const rollupsBefore = await countRollups(run, world.orgId);
  const eventsInserted = await writeInBatches(run, events);
  const rollupsInserted = (await countRollups(run, world.orgId)) - rollupsBefore;
  countCreated(run, 'UsageEvent', eventsInserted);
  countCreated(run, 'UsageRollup', rollupsInserted);
  const anomalyApp = world.apps.get(ANOMALY.app);
  if (anomalyApp === undefined) throw new Error(`seed: anomaly application ${ANOMALY.app} missing`);
  return {
    firstDay: isoDay(firstDay),
    lastDay: isoDay(lastDay),
    events: events.length,
    eventsInserted,
    rollupsInserted,
    anomaly: describeAnomaly(events, anomalyApp.id, anomalyDay),
  };
}
