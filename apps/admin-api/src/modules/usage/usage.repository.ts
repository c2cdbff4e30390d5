import { Prisma } from '@gatehouse/db';
import { Inject, Injectable } from '@nestjs/common';
import { DatabaseRepository } from '../database/database.repository.js';

/** What usage can be grouped or filtered by. */
export const USAGE_GROUPS = [
  'team',
  'costCenter',
  'application',
  'apiKey',
  'model',
  'provider',
  'product',
  'promptVersion',
] as const;
export type UsageGroup = (typeof USAGE_GROUPS)[number];

// The SQL of each group over "UsageRollup" r LEFT JOIN "Team" tm (the team's cost center today).
const GROUP_SQL: Readonly<Record<UsageGroup, Prisma.Sql>> = {
  team: Prisma.sql`r."teamId"::text`,
  costCenter: Prisma.sql`tm."costCenter"`,
  application: Prisma.sql`r."applicationId"::text`,
  apiKey: Prisma.sql`r."apiKeyId"::text`,
  model: Prisma.sql`r."modelId"::text`,
  provider: Prisma.sql`r."providerId"::text`,
  product: Prisma.sql`r."productId"::text`,
  promptVersion: Prisma.sql`r."promptVersionId"::text`,
};

export type UsageFilter = {
  orgId: string;
  bucket: 'HOUR' | 'DAY';
  start: Date;
  end: Date;
  /** null = every team; otherwise only rows of these teams (a DEVELOPER's scope). */
  teamIds: string[] | null;
  /** Equality filters, by group. */
  where: Partial<Record<UsageGroup, string>>;
};

export type UsageSums = {
  requests: bigint;
  errors: bigint;
  cacheHits: bigint;
  inputTokens: bigint;
  outputTokens: bigint;
  cachedTokens: bigint;
  costMicros: bigint;
  savedMicros: bigint;
  latencyMsSum: bigint;
};

export type UsageSumRow = UsageSums & { bucketStart: Date | null; keys: Array<string | null> };

type RawSums = Record<keyof UsageSums, string | null>;

const SUMS_SQL = Prisma.sql`SUM(r."requests")::text AS "requests", SUM(r."errors")::text AS "errors",
  SUM(r."cacheHits")::text AS "cacheHits", SUM(r."inputTokens")::text AS "inputTokens",
  SUM(r."outputTokens")::text AS "outputTokens", SUM(r."cachedTokens")::text AS "cachedTokens",
  SUM(r."costMicros")::text AS "costMicros", SUM(r."savedMicros")::text AS "savedMicros",
  SUM(r."latencyMsSum")::text AS "latencyMsSum"`;

// SUM over bigint is numeric in Postgres: read as text, parse as BigInt, never through a float.
export function toSums(raw: RawSums): UsageSums {
  const big = (v: string | null) => BigInt(v ?? '0');
  return {
    requests: big(raw.requests),
    errors: big(raw.errors),
    cacheHits: big(raw.cacheHits),
    inputTokens: big(raw.inputTokens),
    outputTokens: big(raw.outputTokens),
    cachedTokens: big(raw.cachedTokens),
    costMicros: big(raw.costMicros),
    savedMicros: big(raw.savedMicros),
    latencyMsSum: big(raw.latencyMsSum),
  };
}

function whereSql(filter: UsageFilter): Prisma.Sql {
  const parts = [
    Prisma.sql`r."orgId" = ${filter.orgId}::uuid`,
    Prisma.sql`r."bucket" = ${filter.bucket}::"RollupBucket"`,
    Prisma.sql`r."bucketStart" >= ${filter.start}`,
    Prisma.sql`r."bucketStart" < ${filter.end}`,
  ];
  if (filter.teamIds !== null) {
    parts.push(
      filter.teamIds.length === 0
        ? Prisma.sql`FALSE`
        : Prisma.sql`r."teamId" IN (${Prisma.join(filter.teamIds.map((id) => Prisma.sql`${id}::uuid`))})`,
    );
  }
  for (const group of USAGE_GROUPS) {
    const value = filter.where[group];
    if (value !== undefined) parts.push(Prisma.sql`${GROUP_SQL[group]} = ${value}`);
  }
  return Prisma.join(parts, ' AND ');
}

@Injectable()
export class UsageRepository {
  constructor(@Inject(DatabaseRepository) private readonly database: DatabaseRepository) {}

  private get db() {
    return this.database.client;
  }

  /** Sums of the rollups matching `filter`, grouped by `groups` (and by bucket when `perBucket`). */
  async sums(
    filter: UsageFilter,
    groups: readonly UsageGroup[],
    perBucket: boolean,
  ): Promise<UsageSumRow[]> {
    const keys = groups.map((g, i) => Prisma.sql`${GROUP_SQL[g]} AS ${Prisma.raw(`"k${i}"`)}`);
    const select = [...(perBucket ? [Prisma.sql`r."bucketStart" AS "t"`] : []), ...keys, SUMS_SQL];
    const groupBy = [
      ...(perBucket ? [Prisma.sql`r."bucketStart"`] : []),
      ...groups.map((g) => GROUP_SQL[g]),
    ];
    const rows = await this.db.$queryRaw<Array<RawSums & Record<string, unknown>>>`
      SELECT ${Prisma.join(select)}
      FROM "UsageRollup" r LEFT JOIN "Team" tm ON tm."id" = r."teamId"
      WHERE ${whereSql(filter)}
      ${groupBy.length > 0 ? Prisma.sql`GROUP BY ${Prisma.join(groupBy)} ORDER BY ${Prisma.join(groupBy)}` : Prisma.empty}`;
    return rows.map((row) => ({
      ...toSums(row),
      bucketStart: perBucket ? (row.t as Date) : null,
      keys: groups.map((_, i) => (row[`k${i}`] as string | null) ?? null),
    }));
  }

  /** The element-wise sum of the latency histograms matching `filter`. */
  async histogram(filter: UsageFilter): Promise<number[]> {
    const rows = await this.db.$queryRaw<Array<{ i: number; n: string }>>`
      SELECT h.i::int AS i, SUM(h.n)::text AS n
      FROM "UsageRollup" r LEFT JOIN "Team" tm ON tm."id" = r."teamId",
        unnest(r."latencyHistogram") WITH ORDINALITY AS h(n, i)
      WHERE ${whereSql(filter)} GROUP BY 1 ORDER BY 1`;
    const histogram: number[] = [];
    for (const row of rows) histogram[row.i - 1] = Number(row.n);
    return Array.from(histogram, (n) => n ?? 0);
  }

  /** Display names of group values (ids → name) within the org. */
  async names(orgId: string, group: UsageGroup, ids: string[]): Promise<Map<string, string>> {
    const wanted = ids.filter((id) => /^[0-9a-f-]{36}$/i.test(id));
    if (group === 'costCenter') return new Map(ids.map((id) => [id, id]));
    if (wanted.length === 0) return new Map();
    const rows = await NAME_QUERIES[group](this.db, orgId, wanted);
    return new Map(rows.map((r) => [r.id, r.name]));
  }
}

type Db = DatabaseRepository['client'];
type NameRows = Promise<Array<{ id: string; name: string }>>;

const NAME_QUERIES: Readonly<
  Record<Exclude<UsageGroup, 'costCenter'>, (db: Db, orgId: string, ids: string[]) => NameRows>
> = {
  team: (db, orgId, ids) =>
    db.team.findMany({ where: { orgId, id: { in: ids } }, select: { id: true, name: true } }),
  application: (db, orgId, ids) =>
    db.application.findMany({
      where: { orgId, id: { in: ids } },
      select: { id: true, name: true },
    }),
  apiKey: async (db, orgId, ids) =>
    (
      await db.apiKey.findMany({
        where: { orgId, id: { in: ids } },
        select: { id: true, name: true, prefix: true },
      })
    ).map((k) => ({ id: k.id, name: `${k.name} (${k.prefix}…)` })),
  model: async (db, orgId, ids) =>
    (
      await db.model.findMany({
        where: { orgId, id: { in: ids } },
        select: { id: true, publicName: true },
      })
    ).map((m) => ({ id: m.id, name: m.publicName })),
  provider: async (db, orgId, ids) =>
    (
      await db.provider.findMany({
        where: { orgId, id: { in: ids } },
        select: { id: true, slug: true },
      })
    ).map((p) => ({ id: p.id, name: p.slug })),
  product: (db, orgId, ids) =>
    db.apiProduct.findMany({ where: { orgId, id: { in: ids } }, select: { id: true, name: true } }),
  promptVersion: async (db, orgId, ids) =>
    (
      await db.promptVersion.findMany({
        where: { id: { in: ids }, template: { orgId } },
        select: { id: true, version: true, template: { select: { slug: true } } },
      })
    ).map((v) => ({ id: v.id, name: `${v.template.slug} v${v.version}` })),
};
