import type { DbClient } from '../client/create-prisma-client.js';
import { DEMO_ORG } from './demo-catalog.js';
import { seedApplications, type SeededKey } from './seed-applications.js';
import { DEMO_PROMPTS } from './demo-prompts.js';
import { seedGovernance, type SeededPrompts } from './seed-governance.js';
import { seedProducts } from './seed-products.js';
import { seedProviders } from './seed-providers.js';
import { countUpdated, type SeedCounts, type SeedOptions, type SeedRun } from './seed-run.js';
import { seedTenancy } from './seed-tenancy.js';
import { seedUsage, type SeededUsage } from './seed-usage.js';

export type { SeedOptions } from './seed-run.js';

/** What one run did. */
export type SeedResult = {
  orgId: string;
  orgSlug: string;
  adminEmail: string;
  /** One per seeded application; `key` is null when an earlier run generated it. */
  keys: SeededKey[];
  /** Rows inserted by this run, per table (empty on a repeated run). */
  created: SeedCounts;
  /** Existing rows brought back in line (password, key, sealed credentials), per table. */
  updated: SeedCounts;
  /** Whether this run changed anything at all. */
  changed: boolean;
  usage: SeededUsage | null;
};

function productionVersionId(prompts: SeededPrompts, slug: string): string | null {
  const version = DEMO_PROMPTS.find((p) => p.slug === slug)?.labels.production;
  return version === undefined ? null : (prompts.get(slug)?.get(version) ?? null);
}

const USAGE_TABLES = new Set(['UsageEvent', 'UsageRollup']);

// Gateways rebuild their snapshot when the org's config version moves, so a run that changed
// configuration bumps it (the first run creates it at 1).
async function bumpConfigVersion(run: SeedRun, orgId: string): Promise<void> {
  const touched = [...Object.keys(run.created), ...Object.keys(run.updated)].filter(
    (t) => !USAGE_TABLES.has(t) && t !== 'ConfigVersion',
  );
  if (touched.length === 0 || run.created['ConfigVersion'] !== undefined) return;
  await run.prisma.configVersion.update({ where: { orgId }, data: { version: { increment: 1n } } });
  countUpdated(run, 'ConfigVersion');
}

/**
 * Seeds the demo organization "Acme": teams, users of every role, providers on the mock
 * provider, models and prices, products with routes and plans, applications with keys,
 * prompts, a guardrail policy, budgets, and 60 days of usage history with one planted cost
 * anomaly. Idempotent: rows are found by natural keys and only missing ones are created.
 */
export async function seedDemo(prisma: DbClient, options: SeedOptions): Promise<SeedResult> {
  const run: SeedRun = { prisma, options, created: {}, updated: {} };
  const tenancy = await seedTenancy(run);
  const models = await seedProviders(run, tenancy.orgId);
  const products = await seedProducts(run, tenancy.orgId, models);
  const { apps, keys } = await seedApplications(run, tenancy, products);
  const prompts = await seedGovernance(run, tenancy);
  await bumpConfigVersion(run, tenancy.orgId);
  const days = options.usageDays ?? 60;
  const usage =
    days <= 0
      ? null
      : await seedUsage(
          run,
          {
            orgSlug: DEMO_ORG.slug,
            orgId: tenancy.orgId,
            apps,
            models,
            llmApiId: products.llmApiId,
            ordersId: products.ordersId,
            promptVersionId: productionVersionId(prompts, 'support-reply'),
          },
          days,
        );
  return {
    orgId: tenancy.orgId,
    orgSlug: DEMO_ORG.slug,
    adminEmail: options.adminEmail.toLowerCase(),
    keys,
    created: run.created,
    updated: run.updated,
    changed: Object.keys(run.created).length + Object.keys(run.updated).length > 0,
    usage,
  };
}
