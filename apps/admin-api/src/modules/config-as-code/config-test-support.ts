// Shared by the config-as-code integration tests (HTTP and CLI).
import { seedDemo } from '@gatehouse/db';
import { generateAccessToken, hashAccessToken, keyPrefix } from '@gatehouse/shared';
import type { AdminTestApp } from '../../test-support/admin-test-app.js';

/** Secrets the "CLI environment" holds for the seeded providers and the Orders product. */
export const SECRET_ENV = {
  OPENAI_API_KEY: 'sk-env-openai',
  ANTHROPIC_API_KEY: 'sk-env-anthropic',
  GEMINI_API_KEY: 'env-gemini',
  AZURE_OPENAI_API_KEY: 'env-azure',
  VLLM_API_KEY: 'env-vllm',
  ORDERS_UPSTREAM_X_UPSTREAM_KEY: 'env-orders',
};

/** A personal access token of `userId` with `scopes`, as the tokens API would issue it. */
export async function createPat(
  t: AdminTestApp,
  userId: string,
  scopes: string[],
): Promise<string> {
  const token = generateAccessToken();
  await t.db.personalAccessToken.create({
    data: {
      userId,
      name: 'config',
      tokenHash: hashAccessToken(token),
      prefix: keyPrefix(token),
      scopes,
    },
  });
  return token;
}

/** Seeds the demo org (no usage history) with the test app's encryption key; returns its owner. */
export async function seedDemoOwner(t: AdminTestApp): Promise<{ orgId: string; ownerId: string }> {
  const seeded = await seedDemo(t.db, {
    encryptionKey: t.env.ENCRYPTION_KEY,
    adminEmail: 'admin@acme.test',
    adminPassword: 'correct-horse-battery-staple',
    mockProviderUrl: 'http://127.0.0.1:9090',
    now: new Date(),
    usageDays: 0,
  });
  const owner = await t.db.user.findFirstOrThrow({
    where: { orgId: seeded.orgId, role: 'OWNER' },
    select: { id: true },
  });
  return { orgId: seeded.orgId, ownerId: owner.id };
}
