import { randomBytes } from 'node:crypto';
import { compileErrors, validate } from '@readme/openapi-parser';
import { seedDemo, type SeedResult } from '@gatehouse/db';
import { monthOf, monthRange, parseUsdMicros } from '@gatehouse/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  loginAs,
  startAdminTestApp,
  type AdminTestApp,
} from '../../test-support/admin-test-app.js';

// The demo org's 60 days of seeded history: every report must add up to the ledger exactly.
const PASSWORD = 'reports-demo-password';
type Money = { micros: string; usd: string };
type Node = { id: string | null; name: string; requests: number; cost: Money };

describe('usage, chargeback, FOCUS and budget reports against the ledger', () => {
  let app: AdminTestApp;
  let seed: SeedResult;
  let tokens: Record<'finance' | 'developer' | 'admin', string>;
  let months: string[];

  const get = async <T>(who: keyof typeof tokens, path: string) => {
    const response = await fetch(`${app.baseUrl}/api/v1${path}`, {
      headers: { authorization: `Bearer ${tokens[who]}` },
    });
    const text = await response.text();
    const type = response.headers.get('content-type') ?? '';
    return {
      status: response.status,
      type,
      text,
      body: (type.includes('json') ? JSON.parse(text) : null) as T,
    };
  };

  // The ledger's own sum, as Postgres computes it (numeric → text → BigInt).
  const ledger = async (start: Date, end: Date, extra = '', params: unknown[] = []) => {
    const [row] = await app.db.$queryRawUnsafe<Array<{ cost: string | null; n: string }>>(
      `SELECT SUM(e."costMicros")::text AS cost, COUNT(*)::text AS n FROM "UsageEvent" e
       LEFT JOIN "Team" t ON t."id" = e."teamId"
       WHERE e."orgId" = $1::uuid AND e."occurredAt" >= $2 AND e."occurredAt" < $3 ${extra}`,
      seed.orgId,
      start,
      end,
      ...params,
    );
    return { cost: BigInt(row?.cost ?? '0'), count: Number(row?.n ?? 0) };
  };

  beforeAll(async () => {
    app = await startAdminTestApp();
    seed = await seedDemo(app.db, {
      encryptionKey: randomBytes(32),
      adminEmail: 'admin@acme.test',
      adminPassword: PASSWORD,
      mockProviderUrl: 'http://127.0.0.1:9',
      now: new Date(),
      usageDays: 60,
    });
    tokens = {
      finance: await loginAs(app.baseUrl, 'finance@acme.test', PASSWORD),
      developer: await loginAs(app.baseUrl, 'developer@acme.test', PASSWORD),
      admin: await loginAs(app.baseUrl, 'ops@acme.test', PASSWORD),
    };
    const first = new Date(`${seed.usage!.firstDay}T00:00:00Z`);
    const last = new Date(`${seed.usage!.lastDay}T00:00:00Z`);
    months = [...new Set([monthOf(first), monthOf(last), monthOf(new Date())])].sort();
  }, 240_000);
  afterAll(async () => app?.close());

  it('answers bad input with 400s in the API error shape, never a 500', async () => {
    const cases: Array<[string, string]> = [
      ['/chargeback?month=2026-13', 'month'],
      ['/chargeback', 'month'],
      ['/chargeback.csv?month=nope', 'month'],
      ['/usage/timeseries?from=2026-01-01&to=2026-02-01&groupBy=colour', 'groupBy'],
      ['/usage/timeseries?from=2026-02-01&to=2026-01-01', 'to'],
      ['/usage/summary?from=2026-01-01&to=2026-02-01&teamId=not-a-uuid', 'teamId'],
      ['/usage/export/focus?from=yesterday&to=2026-02-01', 'from'],
      ['/budgets/status?at=noon', 'at'],
    ];
    for (const [path, param] of cases) {
      const res = await get<{ error: { code: string; param: string } }>('finance', path);
      expect([path, res.status, res.body.error]).toEqual([
        path,
        400,
        expect.objectContaining({ code: 'invalid_request', param }),
      ]);
    }
  });

  it('has a history to report on', async () => {
    const { start } = monthRange(months[0]!);
    const all = await ledger(start, new Date(Date.now() + 86_400_000));
    expect(all.count).toBeGreaterThan(5_000);
    expect(all.cost).toBeGreaterThan(0n);
  });

  it('chargeback totals equal the ledger per month and per cost center', async () => {
    for (const month of months) {
      const { start, end } = monthRange(month);
      const res = await get<{
        cost: Money;
        ledger: unknown;
        requests: number;
        costCenters: Array<Node & { teams: Node[] }>;
      }>('finance', `/chargeback?month=${month}`);
      expect(res.status).toBe(200);
      const total = await ledger(start, end);
      expect(BigInt(res.body.cost.micros)).toBe(total.cost);
      expect(res.body.ledger).toEqual({ cost: res.body.cost, matches: true });
      expect(res.body.requests).toBe(total.count);
      for (const cc of res.body.costCenters) {
        const own =
          cc.id === null
            ? await ledger(start, end, 'AND t."costCenter" IS NULL')
            : await ledger(start, end, 'AND t."costCenter" = $4', [cc.id]);
        expect(BigInt(cc.cost.micros)).toBe(own.cost);
        expect(cc.teams.reduce((s, t) => s + BigInt(t.cost.micros), 0n)).toBe(own.cost);
      }
      expect(res.body.costCenters.reduce((s, c) => s + BigInt(c.cost.micros), 0n)).toBe(total.cost);
    }
  });

  it('drills a cost center down to models, still adding up', async () => {
    const month = monthOf(new Date(`${seed.usage!.lastDay}T00:00:00Z`));
    const { start, end } = monthRange(month);
    const res = await get<{
      costCenter: Node & {
        teams: Array<Node & { applications: Array<Node & { models: Node[] }> }>;
      };
    }>('finance', `/chargeback/CC-1002?month=${month}`);
    expect(res.status).toBe(200);
    const cc = res.body.costCenter;
    expect(cc.name).toBe('CC-1002');
    expect(BigInt(cc.cost.micros)).toBe(
      (await ledger(start, end, 'AND t."costCenter" = $4', ['CC-1002'])).cost,
    );
    const models = cc.teams.flatMap((t) => t.applications.flatMap((a) => a.models));
    expect(models.reduce((s, m) => s + BigInt(m.cost.micros), 0n)).toBe(BigInt(cc.cost.micros));
    expect(cc.teams.map((t) => t.name)).toEqual(['Marketing']);
    expect(cc.teams[0]!.applications.map((a) => a.name).sort()).toEqual([
      'Campaign Studio',
      'Trial App',
    ]);
    expect((await get('finance', `/chargeback/CC-9999?month=${month}`)).status).toBe(404);
  });

  it('exports the chargeback as CSV whose lines sum to the ledger', async () => {
    const month = months[months.length - 2] ?? months[0]!;
    const { start, end } = monthRange(month);
    const res = await get('finance', `/chargeback.csv?month=${month}`);
    expect(res.status).toBe(200);
    expect(res.type).toContain('text/csv');
    const lines = res.text.split('\r\n').filter((l) => l !== '');
    expect(lines[0]).toBe(
      'month,cost_center,team,application,model,requests,input_tokens,output_tokens,cost_usd,cost_micros',
    );
    const micros = lines.slice(1).map((l) => BigInt(l.split(',').at(-1)!));
    expect(micros.reduce((s, m) => s + m, 0n)).toBe((await ledger(start, end)).cost);
    const usd = lines.slice(1).map((l) => parseUsdMicros(l.split(',').at(-2)!));
    expect(usd).toEqual(micros);
  });

  it('time series totals equal the rollups and the ledger, by day and by hour', async () => {
    const month = monthOf(new Date(`${seed.usage!.firstDay}T00:00:00Z`));
    const { start, end } = monthRange(month);
    const res = await get<{
      totals: { cost: Money; requests: number };
      points: Array<{ cost: Money; key: string | null }>;
      groups: Array<{ key: string | null; totals: { cost: Money } }>;
    }>(
      'finance',
      `/usage/timeseries?from=${start.toISOString()}&to=${end.toISOString()}&bucket=day&groupBy=costCenter`,
    );
    expect(res.status).toBe(200);
    const truth = await ledger(start, end);
    const [rollup] = await app.db.$queryRaw<Array<{ cost: string }>>`
      SELECT COALESCE(SUM("costMicros"), 0)::text AS cost FROM "UsageRollup"
      WHERE "orgId" = ${seed.orgId}::uuid AND "bucket" = 'DAY' AND "bucketStart" >= ${start} AND "bucketStart" < ${end}`;
    expect(BigInt(rollup!.cost)).toBe(truth.cost);
    expect(BigInt(res.body.totals.cost.micros)).toBe(truth.cost);
    expect(res.body.totals.requests).toBe(truth.count);
    expect(res.body.points.reduce((s, p) => s + BigInt(p.cost.micros), 0n)).toBe(truth.cost);
    expect(res.body.groups.map((g) => g.key).sort()).toEqual(['CC-1001', 'CC-1002', 'CC-1003']);

    const dayStart = new Date(`${seed.usage!.lastDay}T00:00:00Z`);
    const hourEnd = new Date(dayStart.getTime() + 86_400_000);
    const hourly = await get<{ bucket: string; points: unknown[]; totals: { cost: Money } }>(
      'finance',
      `/usage/timeseries?from=${dayStart.toISOString()}&to=${hourEnd.toISOString()}&bucket=hour&groupBy=model`,
    );
    expect(hourly.body.bucket).toBe('hour');
    expect(BigInt(hourly.body.totals.cost.micros)).toBe((await ledger(dayStart, hourEnd)).cost);
  });

  it('exports the time series as CSV adding up to the ledger', async () => {
    const start = new Date(`${seed.usage!.firstDay}T00:00:00Z`);
    const end = new Date(start.getTime() + 10 * 86_400_000);
    const res = await get(
      'finance',
      `/usage/timeseries.csv?from=${start.toISOString()}&to=${end.toISOString()}&groupBy=application`,
    );
    expect(res.status).toBe(200);
    expect(res.type).toContain('text/csv');
    const lines = res.text.split('\r\n').filter((l) => l !== '');
    expect(lines[0]).toBe(
      'bucket_start,group,key,name,requests,errors,input_tokens,output_tokens,cached_tokens,cost_usd,cost_micros,saved_micros',
    );
    const micros = lines.slice(1).map((l) => BigInt(l.split(',').at(-2)!));
    expect(micros.reduce((s, m) => s + m, 0n)).toBe((await ledger(start, end)).cost);
    expect(lines.some((l) => l.includes(',application,') && l.includes('Demo App'))).toBe(true);
  });

  it('summary totals equal the ledger; developers see only their teams', async () => {
    const start = new Date(`${seed.usage!.firstDay}T00:00:00Z`);
    const end = new Date(new Date(`${seed.usage!.lastDay}T00:00:00Z`).getTime() + 86_400_000);
    const range = `from=${start.toISOString()}&to=${end.toISOString()}`;
    const all = await get<{
      totals: { cost: Money; requests: number };
      errorRate: number;
      latencyMs: { p50: number };
    }>('admin', `/usage/summary?${range}`);
    const truth = await ledger(start, end);
    expect(BigInt(all.body.totals.cost.micros)).toBe(truth.cost);
    expect(all.body.totals.requests).toBe(truth.count);
    expect(all.body.errorRate).toBeGreaterThan(0);
    expect(all.body.latencyMs.p50).toBeGreaterThan(0);

    const mine = await get<{ totals: { cost: Money } }>('developer', `/usage/summary?${range}`);
    const platform = await ledger(start, end, `AND t."slug" = 'platform'`);
    expect(BigInt(mine.body.totals.cost.micros)).toBe(platform.cost);
    expect(platform.cost).toBeLessThan(truth.cost);
    expect((await get('developer', `/chargeback?month=${months[0]}`)).status).toBe(403);
    expect((await get('developer', `/usage/summary?from=x&to=y`)).status).toBe(400);
  });

  it('streams the ledger as FOCUS CSV whose BilledCost sums to the ledger', async () => {
    const to = new Date(`${seed.usage!.lastDay}T00:00:00Z`);
    const from = new Date(to.getTime() - 25 * 86_400_000);
    const res = await get(
      'finance',
      `/usage/export/focus?from=${from.toISOString()}&to=${to.toISOString()}`,
    );
    expect(res.status).toBe(200);
    expect(res.type).toContain('text/csv');
    const lines = res.text.split('\r\n').filter((l) => l !== '');
    const header = lines[0]!.split(',');
    for (const column of [
      'BilledCost',
      'EffectiveCost',
      'ListCost',
      'ChargePeriodStart',
      'ChargePeriodEnd',
      'ServiceName',
      'ProviderName',
      'ResourceId',
      'SkuId',
      'ConsumedQuantity',
      'ConsumedUnit',
      'Tags',
    ]) {
      expect(header).toContain(column);
    }
    const truth = await ledger(from, to);
    expect(lines.length - 1).toBe(truth.count);
    expect(truth.count).toBeGreaterThan(2_000); // more than one page of the keyset
    const billed = header.indexOf('BilledCost');
    // BilledCost is the first column and never quoted
    expect(billed).toBe(0);
    const sum = lines.slice(1).reduce((s, l) => s + parseUsdMicros(l.slice(0, l.indexOf(','))), 0n);
    expect(sum).toBe(truth.cost);
  });

  it('reports each budget with its spend equal to the ledger for the period', async () => {
    const at = new Date();
    const res = await get<{
      data: Array<{
        name: string;
        scope: string;
        spent: Money;
        limit: Money;
        periodStart: string;
        state: string;
        projected: Money;
        burnRatePerDay: Money;
      }>;
    }>('finance', `/budgets/status?at=${at.toISOString()}`);
    expect(res.status).toBe(200);
    const org = res.body.data.find((b) => b.scope === 'ORG')!;
    const monthStart = monthRange(monthOf(at)).start;
    expect(org.periodStart).toBe(monthStart.toISOString());
    expect(BigInt(org.spent.micros)).toBe(
      (await ledger(monthStart, new Date(at.getTime() + 1))).cost,
    );
    expect(BigInt(org.projected.micros)).toBeGreaterThanOrEqual(BigInt(org.spent.micros));
    const team = res.body.data.find((b) => b.scope === 'TEAM' && b.name.includes('Marketing'));
    if (team !== undefined) {
      expect(BigInt(team.spent.micros)).toBe(
        (await ledger(monthStart, new Date(at.getTime() + 1), `AND t."slug" = 'marketing'`)).cost,
      );
    }
    expect(['ok', 'warning', 'exceeded']).toContain(org.state);
    expect((await get('developer', '/budgets/status')).status).toBe(403);

    // a token-only budget: no money state, tokens counted from the same rollups
    await app.db.budget.create({
      data: {
        orgId: seed.orgId,
        name: 'reports-test tokens',
        scope: 'ORG',
        tokenLimit: 1_000n,
        alertThresholds: [80, 100],
      },
    });
    const again = await get<{
      data: Array<{
        name: string;
        state: string;
        percent: number | null;
        tokens: { used: string; limit: string; state: string } | null;
        requests: unknown;
      }>;
    }>('finance', `/budgets/status?at=${at.toISOString()}`);
    const tokens = again.body.data.find((b) => b.name === 'reports-test tokens')!;
    const [used] = await app.db.$queryRaw<Array<{ n: string | null }>>`
      SELECT SUM("inputTokens" + "outputTokens")::text AS n FROM "UsageEvent"
      WHERE "orgId" = ${seed.orgId}::uuid AND "occurredAt" >= ${monthStart} AND "occurredAt" <= ${at}`;
    expect(tokens.percent).toBeNull();
    expect(tokens.requests).toBeNull();
    expect(tokens.tokens?.used).toBe(used?.n ?? '0');
    expect(tokens.state).toBe(BigInt(used?.n ?? '0') >= 1_000n ? 'exceeded' : 'ok');
  });

  it('serves valid OpenAPI 3.1 documents for the AI product and the Orders REST product', async () => {
    const ai = await get<Record<string, unknown>>('developer', '/products/llm-api/openapi.json');
    expect(ai.status).toBe(200);
    const aiResult = await validate(structuredClone(ai.body) as Parameters<typeof validate>[0]);
    expect(aiResult.valid ? '' : compileErrors(aiResult)).toBe('');
    const schemas = (
      ai.body.components as {
        schemas: Record<string, { properties: { model: { enum: string[] } } }>;
      }
    ).schemas;
    expect(schemas.ChatCompletionRequest!.properties.model.enum).toEqual(
      expect.arrayContaining(['gpt-4o-mini', 'fast', 'claude-sonnet-4', 'smart']),
    );
    expect(schemas.EmbeddingsRequest!.properties.model.enum).toEqual(['text-embedding-3-small']);
    expect(ai.body.servers).toEqual([
      { url: app.env.GATEWAY_PUBLIC_URL.replace(/\/$/, ''), description: 'Gatehouse gateway' },
    ]);

    const orders = await get<Record<string, unknown>>('developer', '/products/orders/openapi.json');
    expect(orders.status).toBe(200);
    const ordersResult = await validate(
      structuredClone(orders.body) as Parameters<typeof validate>[0],
    );
    expect(ordersResult.valid ? '' : compileErrors(ordersResult)).toBe('');
    expect(orders.body.servers).toEqual([
      {
        url: `${app.env.GATEWAY_PUBLIC_URL.replace(/\/$/, '')}/apis/orders`,
        description: 'Gatehouse gateway',
      },
    ]);
    expect(orders.text).not.toContain('x-upstream-key');
    const byId = await app.db.apiProduct.findFirst({
      where: { orgId: seed.orgId, slug: 'orders' },
      select: { id: true },
    });
    expect((await get('finance', `/products/${byId!.id}/openapi.json`)).status).toBe(200);
    expect((await get('finance', '/products/no-such-product/openapi.json')).status).toBe(404);
  });

  it('gives the seeded prompt per-version metrics matching the ledger', async () => {
    const template = await app.db.promptTemplate.findFirst({
      where: { orgId: seed.orgId, slug: 'support-reply' },
      select: { id: true, versions: { select: { id: true, version: true } } },
    });
    const from = new Date(`${seed.usage!.firstDay}T00:00:00Z`);
    const to = new Date(new Date(`${seed.usage!.lastDay}T00:00:00Z`).getTime() + 86_400_000);
    const res = await get<{ versions: Array<{ version: number; requests: number; cost: Money }> }>(
      'admin',
      `/prompts/${template!.id}/metrics?from=${from.toISOString()}&to=${to.toISOString()}`,
    );
    expect(res.status).toBe(200);
    for (const v of res.body.versions) {
      const id = template!.versions.find((x) => x.version === v.version)!.id;
      const truth = await ledger(from, to, 'AND e."promptVersionId" = $4::uuid', [id]);
      expect(v.requests).toBe(truth.count);
      expect(BigInt(v.cost.micros)).toBe(truth.cost);
    }
    expect(res.body.versions.some((v) => v.requests > 0)).toBe(true);
  });
});
