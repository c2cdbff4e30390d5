import type { SeedResult } from './seed-demo.js';

const NOT_SHOWN =
  'created by an earlier run; only its hash is stored, so it cannot be shown again (set SEED_DEMO_KEY/SEED_TRIAL_KEY to choose a key)';

const dollars = (micros: bigint) => `$${(Number(micros) / 1e6).toFixed(2)}`;
const keyOf = (result: SeedResult, application: string) =>
  result.keys.find((k) => k.application === application);

/** The machine-readable result printed by `seed --json` (bigints as decimal strings). */
export function toSeedJson(result: SeedResult, adminPassword: string) {
  const demo = keyOf(result, 'Demo App');
  const trial = keyOf(result, 'Trial App');
  return {
    orgId: result.orgId,
    orgSlug: result.orgSlug,
    adminEmail: result.adminEmail,
    adminPassword,
    demoKey: demo?.key ?? null,
    trialKey: trial?.key ?? null,
    keys: result.keys,
    keysNote: result.keys.some((k) => k.key === null) ? `a null key was ${NOT_SHOWN}` : undefined,
    changed: result.changed,
    created: result.created,
    updated: result.updated,
    usage:
      result.usage === null
        ? null
        : {
            ...result.usage,
            anomaly: {
              ...result.usage.anomaly,
              costMicros: result.usage.anomaly.costMicros.toString(),
              medianDailyCostMicros: result.usage.anomaly.medianDailyCostMicros.toString(),
            },
          },
  };
}

/** A short human summary of a seed run. */
export function formatSeedSummary(result: SeedResult, adminPassword: string): string {
  const created = Object.entries(result.created).map(([table, n]) => `${table} ${n}`);
  const lines = [
    `Seeded organization "${result.orgSlug}" (${result.changed ? `created: ${created.join(', ') || 'nothing'}` : 'already up to date, nothing changed'})`,
    `  admin login:  ${result.adminEmail} / ${adminPassword}  (every demo user shares this password)`,
  ];
  for (const key of result.keys) {
    lines.push(
      `  ${`${key.application} key:`.padEnd(22)}${key.key ?? `${key.prefix}… (${NOT_SHOWN})`}`,
    );
  }
  const usage = result.usage;
  if (usage !== null) {
    const { anomaly } = usage;
    lines.push(
      `  usage history: ${usage.firstDay} … ${usage.lastDay}, ${usage.events} events (${usage.eventsInserted} new)`,
    );
    lines.push(
      `  planted anomaly: ${anomaly.application} on ${anomaly.date}: ${dollars(anomaly.costMicros)} vs a median day of ${dollars(anomaly.medianDailyCostMicros)}`,
    );
  }
  return lines.join('\n');
}
