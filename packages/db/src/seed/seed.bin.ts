#!/usr/bin/env node
// Seeds the demo organization: `npm run seed -w @gatehouse/db [-- --json]`.
// Env: DATABASE_URL, ENCRYPTION_KEY, SEED_ADMIN_EMAIL, SEED_ADMIN_PASSWORD, SEED_DEMO_KEY,
// SEED_TRIAL_KEY, MOCK_PROVIDER_URL (see ./README.md).
import { createPrismaClient } from '../client/create-prisma-client.js';
import { formatSeedSummary, toSeedJson } from './format-seed-summary.js';
import { seedDemo } from './seed-demo.js';
import { parseSeedEnv } from './seed-env.js';

async function main(): Promise<void> {
  const parsed = parseSeedEnv(process.env);
  if (!parsed.ok) {
    console.error(parsed.message);
    process.exit(1);
  }
  const env = parsed.env;
  const prisma = createPrismaClient(env.DATABASE_URL, {
    maxConnections: 2,
    applicationName: 'gatehouse-seed',
  });
  try {
    const result = await seedDemo(prisma, {
      encryptionKey: env.ENCRYPTION_KEY,
      adminEmail: env.SEED_ADMIN_EMAIL,
      adminPassword: env.SEED_ADMIN_PASSWORD,
      demoKey: env.SEED_DEMO_KEY,
      trialKey: env.SEED_TRIAL_KEY,
      mockProviderUrl: env.MOCK_PROVIDER_URL,
      now: new Date(),
    });
    const output = process.argv.includes('--json')
      ? JSON.stringify(toSeedJson(result, env.SEED_ADMIN_PASSWORD))
      : formatSeedSummary(result, env.SEED_ADMIN_PASSWORD);
    process.stdout.write(`${output}\n`);
  } finally {
    await prisma.$disconnect();
  }
}

main().catch((error: unknown) => {
  console.error(`seed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
