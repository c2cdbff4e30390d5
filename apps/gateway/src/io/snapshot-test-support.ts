// Shared set-up of the snapshot integration tests: the seeded demo with a key of the test's own.
import { randomBytes } from 'node:crypto';
import { createPrismaClient, seedDemo, type DbClient, type SeedResult } from '@gatehouse/db';
import { decryptSecret, generateApiKey, hashApiKey, keyPrefix } from '@gatehouse/shared';

export const TEST_ENCRYPTION_KEY = randomBytes(32);
export const testDecrypt = (sealed: Uint8Array) => decryptSecret(sealed, TEST_ENCRYPTION_KEY);

export type SeededDemo = { prisma: DbClient; seeded: SeedResult; demoAppId: string };

/** Seeds the demo org (idempotent; other test files may have seeded it already). */
export async function seedDemoOrg(databaseUrl: string): Promise<SeededDemo> {
  const prisma = createPrismaClient(databaseUrl, { maxConnections: 2 });
  const seeded = await seedDemo(prisma, {
    encryptionKey: TEST_ENCRYPTION_KEY,
    adminEmail: 'admin@acme.test',
    adminPassword: 'correct-horse-battery',
    mockProviderUrl: 'http://127.0.0.1:9999',
    now: new Date(),
    usageDays: 0,
  });
  const app = await prisma.application.findFirstOrThrow({
    where: { orgId: seeded.orgId, name: 'Demo App' },
    select: { id: true },
  });
  return { prisma, seeded, demoAppId: app.id };
}

/** A new ACTIVE key on the Demo App, of this test's own; returns the raw key and its id. */
export async function createTestKey(demo: SeededDemo, label: string) {
  const key = generateApiKey();
  const row = await demo.prisma.apiKey.create({
    data: {
      orgId: demo.seeded.orgId,
      applicationId: demo.demoAppId,
      name: `${label}-${randomBytes(4).toString('hex')}`,
      keyHash: hashApiKey(key),
      prefix: keyPrefix(key),
    },
    select: { id: true },
  });
  return { key, id: row.id };
}

/** What the admin API does after every write: bump the org's config version. */
export async function bumpConfigVersion(demo: SeededDemo): Promise<bigint> {
  const row = await demo.prisma.configVersion.update({
    where: { orgId: demo.seeded.orgId },
    data: { version: { increment: 1n } },
    select: { version: true },
  });
  return row.version;
}

/** Resolves when `check` holds, polling every 5 ms; rejects after `timeoutMs`. */
export async function waitFor(check: () => boolean, timeoutMs: number, what: string) {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline)
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}
