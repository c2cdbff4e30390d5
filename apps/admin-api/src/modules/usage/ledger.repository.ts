import { Prisma } from '@gatehouse/db';
import type { FocusNames, FocusSourceEvent } from '@gatehouse/shared';
import { Inject, Injectable } from '@nestjs/common';
import { DatabaseRepository } from '../database/database.repository.js';

export type LedgerFilter = {
  orgId: string;
  start: Date;
  end: Date;
  /** null = every team; otherwise only events of these teams. */
  teamIds: string[] | null;
};

export type LedgerNames = {
  orgName: string;
  teams: Map<string, { name: string; costCenter: string }>;
  applications: Map<string, string>;
  products: Map<string, string>;
};

const PAGE = 2_000;

type EventRow = Omit<FocusSourceEvent, 'costMicros' | 'savedMicros'> & {
  costMicros: bigint | string;
  savedMicros: bigint | string;
};

/** Reads the ledger ("UsageEvent") itself: FOCUS export and exact totals. */
@Injectable()
export class LedgerRepository {
  constructor(@Inject(DatabaseRepository) private readonly database: DatabaseRepository) {}

  private get db() {
    return this.database.client;
  }

  private scope(filter: LedgerFilter): Prisma.Sql {
    if (filter.teamIds === null) return Prisma.sql`TRUE`;
    if (filter.teamIds.length === 0) return Prisma.sql`FALSE`;
    return Prisma.sql`"teamId" IN (${Prisma.join(filter.teamIds.map((id) => Prisma.sql`${id}::uuid`))})`;
  }

  /**
   * The events of [start, end) in (occurredAt, requestId) order, a page at a time (keyset), so an
   * export of millions of rows streams in constant memory.
   */
  async *events(filter: LedgerFilter): AsyncGenerator<FocusSourceEvent[]> {
    let after: { at: Date; id: string } | null = null;
    for (;;) {
      const position: Prisma.Sql =
        after === null
          ? Prisma.sql`TRUE`
          : Prisma.sql`("occurredAt", "requestId") > (${after.at}, ${after.id})`;
      const rows: EventRow[] = await this.db.$queryRaw<EventRow[]>`
        SELECT "occurredAt", "requestId", "orgId"::text, "teamId"::text, "applicationId"::text,
          "apiKeyId"::text, "productId"::text, "modelId"::text, "providerSlug", "modelName", "endpoint",
          "outcome"::text, "cacheHit", "inputTokens", "outputTokens", "cachedTokens",
          "costMicros"::text, "savedMicros"::text, "region", "promptVersionId"::text
        FROM "UsageEvent"
        WHERE "orgId" = ${filter.orgId}::uuid AND "occurredAt" >= ${filter.start}
          AND "occurredAt" < ${filter.end} AND ${this.scope(filter)} AND ${position}
        ORDER BY "occurredAt", "requestId" LIMIT ${PAGE}`;
      if (rows.length === 0) return;
      yield rows.map((r) => ({
        ...r,
        costMicros: BigInt(r.costMicros),
        savedMicros: BigInt(r.savedMicros),
      }));
      const last = rows[rows.length - 1]!;
      after = { at: last.occurredAt, id: last.requestId };
      if (rows.length < PAGE) return;
    }
  }

  /** Exact sum of the ledger's cost over [start, end). */
  async totalCost(filter: LedgerFilter): Promise<bigint> {
    const [row] = await this.db.$queryRaw<Array<{ cost: string | null }>>`
      SELECT SUM("costMicros")::text AS cost FROM "UsageEvent"
      WHERE "orgId" = ${filter.orgId}::uuid AND "occurredAt" >= ${filter.start}
        AND "occurredAt" < ${filter.end} AND ${this.scope(filter)}`;
    return BigInt(row?.cost ?? '0');
  }

  /** Names of the org's teams, applications and products, for the export's columns. */
  async names(orgId: string): Promise<LedgerNames> {
    const [org, teams, applications, products] = await Promise.all([
      this.db.organization.findUnique({ where: { id: orgId }, select: { name: true } }),
      this.db.team.findMany({
        where: { orgId },
        select: { id: true, name: true, costCenter: true },
      }),
      this.db.application.findMany({ where: { orgId }, select: { id: true, name: true } }),
      this.db.apiProduct.findMany({ where: { orgId }, select: { id: true, name: true } }),
    ]);
    return {
      orgName: org?.name ?? '',
      teams: new Map(teams.map((t) => [t.id, { name: t.name, costCenter: t.costCenter }])),
      applications: new Map(applications.map((a) => [a.id, a.name])),
      products: new Map(products.map((p) => [p.id, p.name])),
    };
  }
}

/** The names one event's FOCUS row needs. */
export function focusNamesOf(event: FocusSourceEvent, names: LedgerNames): FocusNames {
  return {
    orgName: names.orgName,
    team: event.teamId === null ? null : (names.teams.get(event.teamId) ?? null),
    applicationName:
      event.applicationId === null ? null : (names.applications.get(event.applicationId) ?? null),
    productName: event.productId === null ? null : (names.products.get(event.productId) ?? null),
  };
}
