import {
  csvLine,
  FOCUS_HEADER,
  latencyQuantile,
  microsToDecimal,
  rollupRange,
  toFocusRow,
  writeCsv,
} from '@gatehouse/shared';
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
import {
  UsageRepository,
  type UsageFilter,
  type UsageGroup,
  type UsageSumRow,
} from './usage.repository.js';

const DAY_MS = 86_400_000;

const USAGE_CSV_HEADER = [
  'bucket_start',
  'group',
  'key',
  'name',
  'requests',
  'errors',
  'input_tokens',
  'output_tokens',
  'cached_tokens',
  'cost_usd',
  'cost_micros',
  'saved_micros',
] as const;
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

// Hourly points for ranges up to two days unless the caller chose.
function timeseriesBucket(query: UsageTimeseriesQuery): 'HOUR' | 'DAY' {
  if (query.bucket !== undefined) return query.bucket === 'hour' ? 'HOUR' : 'DAY';
  return Date.parse(query.to) - Date.parse(query.from) <= 2 * DAY_MS ? 'HOUR' : 'DAY';
}

/** Rows by their (single) group key, in first-seen order. */
function groupByKey(rows: UsageSumRow[]): Map<string | null, UsageSumRow[]> {
  const series = new Map<string | null, UsageSumRow[]>();
  for (const row of rows) {
    const key = row.keys[0] ?? null;
    const list = series.get(key);
    if (list === undefined) series.set(key, [row]);
    else list.push(row);
  }
  return series;
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
    const { range, filter } = this.filter(actor, query, timeseriesBucket(query));
    const groups = query.groupBy === undefined ? [] : [query.groupBy];
    const rows = await this.usage.sums(filter, groups, true);
    const series = groupByKey(rows);
    const keys = [...series.keys()].filter((k): k is string => k !== null);
    const names =
      query.groupBy === undefined
        ? new Map<string, string>()
        : await this.usage.names(actor.orgId, query.groupBy, keys);
    return {
      from: range.start.toISOString(),
      to: range.end.toISOString(),
      bucket: range.bucket === 'HOUR' ? ('hour' as const) : ('day' as const),
      groupBy: query.groupBy ?? null,
      groups: [...series].map(([key, groupRows]) => ({
        key,
        name: key === null ? '(none)' : (names.get(key) ?? key),
        totals: toUsageTotals(addSums(groupRows)),
      })),
      points: rows.map((row) => ({
        bucketStart: (row.bucketStart ?? range.start).toISOString(),
        key: row.keys[0] ?? null,
        ...toUsageTotals(row),
      })),
      totals: toUsageTotals(addSums(rows)),
    };
  }

  /** The time series as CSV, one line per bucket (and group), exact costs. */
  async timeseriesCsv(actor: Actor, query: UsageTimeseriesQuery): Promise<string> {
    const series = await this.timeseries(actor, query);
    const names = new Map(series.groups.map((g) => [g.key, g.name]));
    return writeCsv(
      USAGE_CSV_HEADER,
      series.points.map((p) => ({
        bucket_start: p.bucketStart,
        group: series.groupBy ?? '',
        key: p.key,
        name: series.groupBy === null ? '' : (names.get(p.key) ?? ''),
        requests: p.requests,
        errors: p.errors,
        input_tokens: p.inputTokens,
        output_tokens: p.outputTokens,
        cached_tokens: p.cachedTokens,
        cost_usd: microsToDecimal(BigInt(p.cost.micros)),
        cost_micros: p.cost.micros,
        saved_micros: p.saved.micros,
      })),
    );
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
