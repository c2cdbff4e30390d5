import { randomBytes } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { bullmqPrefix, encryptSecret } from '@gatehouse/shared';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  SIGNATURE_HEADER,
  verifyWebhookSignature,
} from '../modules/alert-delivery/sign-webhook.js';
import { createAlertJobs, type AlertJobs } from './alert-jobs.test-support.js';

type Received = { path: string; headers: IncomingHttpHeaders; body: string };

const NOW = new Date(Date.UTC(2026, 10, 20, 12));
const MONTH_START = new Date(Date.UTC(2026, 10, 1));
const usd = (dollars: number) => BigInt(Math.round(dollars * 1_000_000));

async function waitFor(check: () => boolean, what: string, ms = 20_000): Promise<void> {
  for (const start = Date.now(); Date.now() - start < ms; await sleep(50)) if (check()) return;
  throw new Error(`timed out waiting for ${what}`);
}

describe('budget alerts and webhook delivery', () => {
  let jobs: AlertJobs;
  let redis: Redis;
  let server: Server;
  let baseUrl: string;
  const received: Received[] = [];
  let failNext = 1;
  let orgId: string;
  let teamId: string;
  let appId: string;
  let otherAppId: string;
  let orgBudgetId: string;
  let hour = 0;

  const db = () => jobs.database.client;
  const spend = async (applicationId: string, dollars: number) => {
    hour += 1;
    await db().usageRollup.create({
      data: {
        bucket: 'HOUR',
        bucketStart: new Date(MONTH_START.getTime() + hour * 3_600_000),
        dimensionKey: `budget-test-${orgId}-${hour}`,
        orgId,
        teamId,
        applicationId,
        requests: 10,
        costMicros: usd(dollars),
      },
    });
  };
  const orgAlerts = () => db().alert.findMany({ where: { orgId }, orderBy: { createdAt: 'asc' } });

  beforeAll(async () => {
    jobs = createAlertJobs();
    server = createServer((request, response) => {
      let body = '';
      request.on('data', (chunk: Buffer) => (body += chunk.toString()));
      request.on('end', () => {
        received.push({ path: request.url ?? '', headers: request.headers, body });
        response.statusCode = failNext-- > 0 ? 500 : 204;
        response.end();
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const org = await db().organization.create({
      data: { slug: `budget-alerts-${randomBytes(3).toString('hex')}`, name: 'Budget alerts' },
    });
    orgId = org.id;
    teamId = (await db().team.create({ data: { orgId, slug: 't', name: 'T', costCenter: 'CC' } }))
      .id;
    const app = (name: string) => db().application.create({ data: { orgId, teamId, name } });
    appId = (await app('Spender')).id;
    otherAppId = (await app('Other')).id;
    const budget = (data: { name: string; scope: 'ORG' | 'APPLICATION'; amount: number }) =>
      db().budget.create({
        data: {
          orgId,
          name: data.name,
          scope: data.scope,
          applicationId: data.scope === 'APPLICATION' ? appId : null,
          amountMicros: usd(data.amount),
          period: 'MONTH',
          alignment: 'CALENDAR',
          alertThresholds: [50, 80, 100],
        },
      });
    orgBudgetId = (await budget({ name: 'Org monthly', scope: 'ORG', amount: 10 })).id;
    await budget({ name: 'Spender monthly', scope: 'APPLICATION', amount: 20 });
    const secretEnc = new Uint8Array(encryptSecret('whsec-test', jobs.env.ENCRYPTION_KEY));
    await db().alertChannel.createMany({
      data: [
        { orgId, name: 'hook', kind: 'WEBHOOK', url: `${baseUrl}/hook`, secretEnc },
        { orgId, name: 'off', kind: 'WEBHOOK', url: `${baseUrl}/off`, secretEnc, enabled: false },
        {
          orgId,
          name: 'anomalies',
          kind: 'WEBHOOK',
          url: `${baseUrl}/anomalies`,
          kinds: ['COST_ANOMALY'],
        },
        { orgId, name: 'portal', kind: 'IN_APP' },
      ],
    });
    await spend(appId, 6);
    await spend(otherAppId, 0.5);
    redis = new Redis(inject('redisUrl'), { maxRetriesPerRequest: null });
    await jobs.deliveryJob.start({
      redis,
      prefix: bullmqPrefix(`${inject('redisPrefix')}alerts:`),
    });
  });

  afterAll(async () => {
    await jobs?.close();
    redis?.disconnect();
    await new Promise((resolve) => server?.close(resolve));
  });

  it('raises one alert per crossed threshold, with the spend as evidence', async () => {
    await jobs.budgets.run(NOW);
    const alerts = await orgAlerts();
    expect(alerts.map((a) => [a.kind, a.severity, a.budgetId, a.dedupeKey])).toEqual([
      ['BUDGET_THRESHOLD', 'INFO', orgBudgetId, `budget:${orgBudgetId}:2026-11-01:50`],
    ]);
    expect(alerts[0]?.title).toBe('Budget "Org monthly" reached 50%');
    expect(alerts[0]?.evidence).toMatchObject({
      threshold: 50,
      percent: 65,
      spentMicros: '6500000',
      limitMicros: '10000000',
    });
  });

  it('delivers to the matching webhook with a valid signature, retrying a failure', async () => {
    await waitFor(() => received.length >= 2, 'the retried webhook');
    expect(received.map((r) => r.path)).toEqual(['/hook', '/hook']);
    const [alert] = await orgAlerts();
    for (const request of received) {
      const header = String(request.headers[SIGNATURE_HEADER]);
      expect(verifyWebhookSignature('whsec-test', request.body, header, new Date())).toBe(true);
      expect(verifyWebhookSignature('wrong', request.body, header, new Date())).toBe(false);
      expect(JSON.parse(request.body)).toMatchObject({
        type: 'alert.raised',
        alert: { id: alert?.id, kind: 'BUDGET_THRESHOLD', budgetId: orgBudgetId },
      });
    }
  });

  it('does not raise or deliver the same threshold twice', async () => {
    await jobs.budgets.run(NOW);
    await sleep(500);
    expect(await orgAlerts()).toHaveLength(1);
    expect(received).toHaveLength(2);
  });

  it('raises 80 and 100 as spend grows; without a queue, delivers in process', async () => {
    await spend(appId, 3);
    await jobs.budgets.run(NOW);
    await waitFor(() => received.length === 3, 'the 80% webhook');
    await jobs.deliveryJob.stop();
    await spend(otherAppId, 1);
    await jobs.budgets.run(NOW);
    await waitFor(() => received.length === 4, 'the in-process 100% webhook');
    const alerts = await orgAlerts();
    expect(
      alerts.map((a) => [(a.evidence as { threshold: number }).threshold, a.severity]),
    ).toEqual([
      [50, 'INFO'],
      [80, 'WARNING'],
      [100, 'CRITICAL'],
    ]);
    const last = JSON.parse(received[3]?.body ?? '{}') as { alert: { id: string } };
    expect(last.alert.id).toBe(alerts[2]?.id);
    // The application budget (9 of 20 dollars) has crossed nothing.
    expect(alerts.filter((a) => a.budgetId !== orgBudgetId)).toEqual([]);
  });
});
