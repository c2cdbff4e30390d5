import { seedDemo, type SeedResult } from '@gatehouse/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAlertJobs, type AlertJobs } from './alert-jobs.test-support.js';

const DAY = 86_400_000;

describe('anomaly detection on the seeded 60-day history', () => {
  let jobs: AlertJobs;
  let seeded: SeedResult;
  let anomaly: NonNullable<SeedResult['usage']>['anomaly'];
  let firstDay: Date;
  let lastDay: Date;

  beforeAll(async () => {
    jobs = createAlertJobs();
    seeded = await seedDemo(jobs.database.client, {
      encryptionKey: jobs.env.ENCRYPTION_KEY,
      adminEmail: 'admin@acme.test',
      adminPassword: 'correct-horse-battery-staple',
      mockProviderUrl: 'http://127.0.0.1:9090',
      now: new Date(),
      usageDays: 60,
    });
    if (seeded.usage === null) throw new Error('seed wrote no usage');
    anomaly = seeded.usage.anomaly;
    firstDay = new Date(`${seeded.usage.firstDay}T00:00:00Z`);
    lastDay = new Date(`${seeded.usage.lastDay}T00:00:00Z`);
  }, 180_000);

  afterAll(async () => {
    await jobs?.close();
  });

  it('the scan finds the planted Campaign Studio day, with its evidence, and nothing else', async () => {
    const scan = await jobs.anomalies.scan(firstDay, new Date(lastDay.getTime() + DAY));
    // Other test files may leave rollups of their own orgs: judge the demo org's apps only.
    const acmeApps = await jobs.database.client.application.findMany({
      where: { orgId: seeded.orgId },
      select: { id: true },
    });
    const acmeIds = new Set(acmeApps.map((a) => a.id));
    const onAcme = scan.findings.filter((f) => acmeIds.has(f.applicationId));
    const planted = onAcme.filter(
      (f) => f.applicationId === anomaly.applicationId && f.day === anomaly.date,
    );
    const falsePositives = onAcme.filter((f) => !planted.includes(f));
    console.info(
      `anomaly scan: ${onAcme.length} findings over ${seeded.usage?.firstDay}..${seeded.usage?.lastDay}; planted day ${anomaly.date}: ${planted.map((f) => `${f.kind} z=${f.evidence.z} ratio=${f.evidence.ratio}`).join(', ')}; false positives: ${falsePositives.length} ${JSON.stringify(falsePositives.map((f) => [f.kind, f.day, f.evidence.z, f.evidence.ratio]))}`,
    );
    expect(planted.map((f) => f.kind).sort()).toEqual(['COST_ANOMALY', 'TOKEN_ANOMALY']);
    expect(falsePositives).toEqual([]);
    const cost = planted.find((f) => f.kind === 'COST_ANOMALY');
    expect(cost?.evidence.value).toBe(Number(anomaly.costMicros));
    expect(cost?.evidence.ratio).toBeGreaterThan(5);
    expect(cost?.evidence.window).toMatchObject({
      start: `${anomaly.date}T00:00:00.000Z`,
      baselineDays: 14,
    });
  });

  it('raises deduplicated alerts with the evidence; the hourly pass sees the day so far', async () => {
    const alerts = await jobs.database.client.alert.findMany({
      where: {
        orgId: seeded.orgId,
        kind: { in: ['COST_ANOMALY', 'TOKEN_ANOMALY', 'ERROR_RATE_ANOMALY'] },
      },
      orderBy: { kind: 'asc' },
    });
    expect(alerts.map((a) => [a.kind, a.applicationId, a.dedupeKey])).toEqual([
      [
        'COST_ANOMALY',
        anomaly.applicationId,
        `anomaly:COST_ANOMALY:${anomaly.applicationId}:${anomaly.date}`,
      ],
      [
        'TOKEN_ANOMALY',
        anomaly.applicationId,
        `anomaly:TOKEN_ANOMALY:${anomaly.applicationId}:${anomaly.date}`,
      ],
    ]);
    expect(alerts[0]?.title).toBe(`Cost anomaly: Campaign Studio on ${anomaly.date}`);
    expect(alerts[0]?.severity).toBe('CRITICAL');
    expect(alerts[0]?.evidence).toMatchObject({ metric: 'cost', application: 'Campaign Studio' });
    const again = await jobs.anomalies.scan(firstDay, new Date(lastDay.getTime() + DAY));
    expect(again.raised).toBe(0);
    const evening = new Date(new Date(`${anomaly.date}T00:00:00Z`).getTime() + 20 * 3_600_000);
    const hourly = await jobs.anomalies.run(evening);
    expect(
      hourly.findings
        .filter((f) => f.applicationId === anomaly.applicationId)
        .map((f) => [f.kind, f.evidence.window.end]),
    ).toEqual([
      ['COST_ANOMALY', evening.toISOString()],
      ['TOKEN_ANOMALY', evening.toISOString()],
    ]);
    expect(hourly.raised).toBe(0);
  });
});
