import { latencyQuantile, rollupRange, toFocusRow, FOCUS_HEADER, csvLine } from '@gatehouse/shared';
import { Inject, Injectable } from '@nestjs/common';
import { Readable } from 'node:stream';
import { teamScope, type Actor } from '../../auth/actor.js';
import { invalid } from '../resource-support/resource-errors.js';
import type {
  FocusExportQuery,
  UsageFilterQuery,
  UsageSummaryQuery,
  UsageTimeseriesQuery,
} from './dto/usage.schema.js';
import { focusNamesOf, LedgerRepository } from './ledger.repository.js';
import { addSums, toUsageTotals } from './to-usage-totals.js';
import { UsageRepository, type UsageFilter, type UsageGroup } from './usage.repository.js';

const DAY_MS = 86_400_000;
// Most points one answer may hold (a month of hours, ten years of days).
const MAX_BUCKETS = { HOUR: 24 * 62, DAY: 3_660 } as const;

const FILTER_PARAMS: ReadonlyArray<readonly [keyof UsageFilterQuery, UsageGroup]> = [
  ['teamId', 'team'],
  ['costCenter', 'costCenter'],
  ['applicationId', 'application'],
  ['apiKeyId', 'apiKey'],
  ['modelId', 'model'],
  ['providerId', 'provider'],
  ['productId', 'product'],
  ['promptVersionId', 'promptVersion'],
];

function whereOf(query: UsageFilterQuery): UsageFilter['where'] {
  const where: UsageFilter['where'] = {};
  for (const [param, group] of FILTER_PARAMS) {
    const value = query[param];
    if (value !== undefined) where[group] = value;
  }
  return where;
}

@Injectable()
export class UsageService {
  constructor(
    @Inject(UsageRepository) private readonly usage: UsageRepository,
    @Inject(LedgerRepository) private readonly ledger: LedgerRepository,
  ) {}

  private filter(
    actor: Actor,
    query: UsageFilterQuery & { from: string; to: string },
    bucket?: 'HOUR' | 'DAY',
  ) {
    const range = rollupRange(new Date(query.from), new Date(query.to), bucket);
    const buckets =
      (range.end.getTime() - range.start.getTime()) /
      (range.bucket === 'DAY' ? DAY_MS : DAY_MS / 24);
    if (buckets > MAX_BUCKETS[range.bucket]) {
      throw invalid(
        `at most ${MAX_BUCKETS[range.bucket]} ${range.bucket.toLowerCase()} buckets per request`,
        'from',
      );
    }
    const filter: UsageFilter = {
      orgId: actor.orgId,
      bucket: range.bucket,
      start: range.start,
      end: range.end,
      teamIds: teamScope(actor),
      where: whereOf(query),
    };
    return { range, filter };
  }

  async timeseries(actor: Actor, query: UsageTimeseriesQuery) {
    const span = Date.parse(query.to) - Date.parse(query.from);
    const bucket =
      query.bucket === undefined
        ? span <= 2 * DAY_MS
          ? 'HOUR'
          : 'DAY'
        : query.bucket === 'hour'
          ? 'HOUR'
          : 'DAY';
    const { range, filter } = this.filter(actor, query, bucket);
    const groups = query.groupBy === undefined ? [] : [query.groupBy];
    const rows = await this.usage.sums(filter, groups, true);
    const keyOf = (row: { keys: Array<string | null> }) => row.keys[0] ?? null;
    const byKey = new Map<string | null, typeof rows>();
    for (const row of rows) byKey.set(keyOf(row), [...(byKey.get(keyOf(row)) ?? []), row]);
    const names =
      query.groupBy === undefined
        ? new Map<string, string>()
        : await this.usage.names(
            actor.orgId,
            query.groupBy,
            [...byKey.keys()].filter((k): k is string => k !== null),
          );
    return {
      from: range.start.toISOString(),
      to: range.end.toISOString(),
      bucket: range.bucket === 'HOUR' ? ('hour' as const) : ('day' as const),
      groupBy: query.groupBy ?? null,
      groups: [...byKey].map(([key, groupRows]) => ({
        key,
        name: key === null ? '(none)' : (names.get(key) ?? key),
        totals: toUsageTotals(addSums(groupRows)),
      })),
      points: rows.map((row) => ({
        bucketStart: (row.bucketStart ?? range.start).toISOString(),
        key: keyOf(row),
        ...toUsageTotals(row),
      })),
      totals: toUsageTotals(addSums(rows)),
    };
  }

  async summary(actor: Actor, query: UsageSummaryQuery) {
    const { range, filter } = this.filter(actor, query);
    const [sums, histogram] = await Promise.all([
      this.usage.sums(filter, [], false),
      this.usage.histogram(filter),
    ]);
    const totals = addSums(sums);
    const requests = totals.requests;
    return {
      from: range.start.toISOString(),
      to: range.end.toISOString(),
      bucket: range.bucket === 'HOUR' ? ('hour' as const) : ('day' as const),
      totals: toUsageTotals(totals),
      errorRate: requests === 0n ? null : Number(totals.errors) / Number(requests),
      latencyMs: {
        avg:
          requests === 0n ? null : Number((totals.latencyMsSum * 2n + requests) / (2n * requests)),
        p50: latencyQuantile(histogram, 0.5),
        p95: latencyQuantile(histogram, 0.95),
      },
    };
  }

  /** The ledger's events of the range as FOCUS 1.2 CSV, streamed page by page. */
  focusCsv(actor: Actor, query: FocusExportQuery): Readable {
    const scope = teamScope(actor);
    const teamIds =
      query.teamId === undefined
        ? scope
        : scope === null || scope.includes(query.teamId)
          ? [query.teamId]
          : [];
    const filter = {
      orgId: actor.orgId,
      start: new Date(query.from),
      end: new Date(query.to),
      teamIds,
    };
    const ledger = this.ledger;
    async function* lines(): AsyncGenerator<string> {
      yield csvLine(FOCUS_HEADER);
      const names = await ledger.names(filter.orgId);
      for await (const page of ledger.events(filter)) {
        yield page.map((event) => csvLine(toFocusRow(event, focusNamesOf(event, names)))).join('');
      }
    }
    return Readable.from(lines());
  }
}
