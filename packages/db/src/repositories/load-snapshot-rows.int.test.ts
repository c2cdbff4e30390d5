import type {} from '../../../../scripts/test/provided-context.js';
import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  authorizeModel,
  authorizeProduct,
  buildSnapshot,
  decryptSecret,
  generateApiKey,
  identifyApiKey,
  listModelsForPrincipal,
  scopedKey,
  type SnapshotRows,
} from '@gatehouse/shared';
import { createPrismaClient, type DbClient } from '../client/create-prisma-client.js';
import { seedDemo, type SeedResult } from '../seed/seed-demo.js';
import { loadSnapshotRows } from './load-snapshot-rows.js';
import { readConfigVersions } from './read-config-versions.js';

const encryptionKey = randomBytes(32);
const demoKey = generateApiKey();
const trialKey = generateApiKey();
const decryptCredentials = (sealed: Uint8Array) => decryptSecret(sealed, encryptionKey);

describe('loadSnapshotRows on the seeded demo', () => {
  let prisma: DbClient;
  let seeded: SeedResult;
  let rows: SnapshotRows;

  beforeAll(async () => {
    prisma = createPrismaClient(inject('databaseUrl'), { maxConnections: 2 });
    seeded = await seedDemo(prisma, {
      encryptionKey,
      adminEmail: 'admin@acme.test',
      adminPassword: 'correct-horse-battery',
      demoKey,
      trialKey,
      mockProviderUrl: 'http://127.0.0.1:9999',
      now: new Date(),
      usageDays: 0,
    });
    rows = await loadSnapshotRows(prisma);
  });

  afterAll(async () => {
    await prisma?.$disconnect();
  });

  it('reads every table the snapshot needs', () => {
    const org = (r: { orgId: string }) => r.orgId === seeded.orgId;
    expect(rows.orgs.map((o) => o.slug)).toContain('acme');
    expect(rows.teams.filter(org)).toHaveLength(3);
    expect(rows.providers.filter(org)).toHaveLength(5);
    expect(rows.models.filter(org)).toHaveLength(9);
    expect(
      rows.modelAliases
        .filter(org)
        .map((a) => a.alias)
        .sort(),
    ).toEqual(['claude-haiku', 'claude-sonnet', 'fast', 'smart']);
    expect(rows.routes.map((r) => r.name)).toEqual(
      expect.arrayContaining(['gpt-4o with EU failover', 'all models', 'orders service']),
    );
    expect(rows.promptVersions.length).toBeGreaterThanOrEqual(2);
    expect(rows.configVersions.find(org)?.version).toBeGreaterThanOrEqual(1n);
    expect(rows.providers[0]?.credentialsEnc).toBeInstanceOf(Uint8Array);
  });

  it('builds a snapshot in which the demo key may call its plan models through the routes', () => {
    const started = performance.now();
    const snapshot = buildSnapshot(rows, { decryptCredentials, now: new Date() });
    const buildMs = performance.now() - started;
    console.info(`buildSnapshot on the seeded demo: ${buildMs.toFixed(2)} ms`);
    // Other test files' orgs may hold credentials sealed under their own keys.
    expect(snapshot.problems.filter((p) => p.orgId === seeded.orgId)).toEqual([]);
    const demo = identifyApiKey(snapshot, demoKey, new Date());
    expect(demo.ok).toBe(true);
    if (!demo.ok) return;
    expect(demo.principal.applicationName).toBe('Demo App');
    const gpt4o = authorizeModel(snapshot, demo.principal, 'gpt-4o', new Date());
    expect(
      gpt4o.ok && gpt4o.targets.map((t) => `${t.provider.slug}/${t.model.publicName}`),
    ).toEqual(['openai/gpt-4o', 'azure-openai/gpt-4o-eu']);
    expect(gpt4o.ok && gpt4o.targets[0]?.upstream).toEqual({
      kind: 'OPENAI',
      providerSlug: 'openai',
      baseUrl: 'http://127.0.0.1:9999/openai/v1',
      upstreamModel: 'gpt-4o',
      credentials: { apiKey: 'sk-mock-openai' },
      settings: {},
    });
    const models = listModelsForPrincipal(snapshot, demo.principal, new Date());
    expect(models.map((m) => m.publicName)).toHaveLength(9);
    const orders = authorizeProduct(snapshot, demo.principal, 'orders', new Date());
    expect(orders.ok && orders.routes[0]?.upstreams[0]?.upstreamUrl).toMatch(
      /^http:\/\/127.0.0.1:9999\//,
    );
  });

  it('lets the trial key use only the Free plan models', () => {
    const snapshot = buildSnapshot(rows, { decryptCredentials, now: new Date() });
    const trial = identifyApiKey(snapshot, trialKey, new Date());
    if (!trial.ok) throw new Error(trial.error.message);
    const names = listModelsForPrincipal(snapshot, trial.principal, new Date()).map(
      (m) => m.publicName,
    );
    expect(names).toEqual([
      'claude-haiku-4-5',
      'gemini-2.5-flash',
      'gpt-4o-mini',
      'llama-3.1-8b',
      'text-embedding-3-small',
    ]);
    const refused = authorizeModel(snapshot, trial.principal, 'gpt-4o', new Date());
    expect(!refused.ok && refused.error.code).toBe('model_not_allowed');
    expect(snapshot.modelsByAlias.get(scopedKey(seeded.orgId, 'fast'))?.publicName).toBe(
      'gpt-4o-mini',
    );
  });

  it('marks providers unusable, not failing, under the wrong ENCRYPTION_KEY', () => {
    const other = randomBytes(32);
    const snapshot = buildSnapshot(rows, {
      decryptCredentials: (sealed) => decryptSecret(sealed, other),
      now: new Date(),
    });
    const ours = snapshot.problems.filter((p) => p.orgId === seeded.orgId);
    const kinds = new Set(ours.map((p) => p.kind));
    expect(kinds).toEqual(new Set(['provider_credentials', 'product_credentials']));
    expect(ours.filter((p) => p.kind === 'provider_credentials')).toHaveLength(5);
    const providers = [...snapshot.providers.values()].filter((p) => p.orgId === seeded.orgId);
    expect(providers.every((p) => !p.usable)).toBe(true);
  });

  it('leaves out keys revoked more than a day ago, keeps recently revoked ones', async () => {
    const app = rows.applications.find((a) => a.name === 'Demo App' && a.orgId === seeded.orgId)!;
    const make = (name: string, revokedAt: Date) =>
      prisma.apiKey.create({
        data: {
          orgId: seeded.orgId,
          applicationId: app.id,
          name,
          keyHash: randomBytes(32).toString('hex'),
          prefix: 'gh_test',
          status: 'REVOKED',
          revokedAt,
        },
        select: { id: true },
      });
    const old = await make(`old-${Date.now()}`, new Date(Date.now() - 2 * 86_400_000));
    const recent = await make(`recent-${Date.now()}`, new Date(Date.now() - 60_000));
    const ids = new Set((await loadSnapshotRows(prisma)).apiKeys.map((k) => k.id));
    expect(ids.has(recent.id)).toBe(true);
    expect(ids.has(old.id)).toBe(false);
  });

  it('reads config versions on their own', async () => {
    const versions = await readConfigVersions(prisma);
    expect(versions.find((v) => v.orgId === seeded.orgId)?.version).toBe(
      rows.configVersions.find((v) => v.orgId === seeded.orgId)?.version,
    );
  });
});
