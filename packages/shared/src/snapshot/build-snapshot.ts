import { z } from 'zod';
import { buildProductEntries, buildProviderEntries } from './build-provider-entries.js';
import { buildPromptEntries } from './build-prompt-entries.js';
import { buildRouteEntries } from './build-route-entries.js';
import { groupBy, indexBy } from './index-rows.js';
import type { DecryptCredentials } from './open-sealed-record.js';
import {
  scopedKey,
  type ModelEntry,
  type ModelLimits,
  type OidcIssuerEntry,
  type PlanEntry,
  type PolicySnapshot,
  type ProviderEntry,
  type SnapshotProblem,
} from './policy-snapshot.js';
import type { ModelRow, OidcIssuerRow, PlanRow, SnapshotRows } from './snapshot-rows.js';

export type BuildSnapshotOptions = {
  /** Opens sealed credentials, e.g. `(sealed) => decryptSecret(sealed, encryptionKey)`. */
  decryptCredentials: DecryptCredentials;
  now: Date;
};

const modelLimitsSchema = z.record(
  z.string(),
  z.object({
    requestsPerMinute: z.number().int().positive().optional(),
    tokensPerMinute: z.number().int().positive().optional(),
  }),
);
const claimMappingSchema = z.record(z.string(), z.string());

function planEntry(row: PlanRow, orgId: string | null, problems: SnapshotProblem[]): PlanEntry {
  const limits = modelLimitsSchema.safeParse(row.modelLimits);
  if (!limits.success) {
    problems.push({
      kind: 'plan',
      id: row.id,
      orgId,
      message: `plan ${row.slug}: modelLimits is malformed; per-model limits ignored`,
    });
  }
  const modelLimits: ModelLimits = limits.success ? limits.data : {};
  return { ...row, modelLimits };
}

function oidcEntry(row: OidcIssuerRow, problems: SnapshotProblem[]): OidcIssuerEntry | null {
  const mapping = claimMappingSchema.safeParse(row.claimMapping);
  if (mapping.success) return { ...row, claimMapping: mapping.data };
  problems.push({
    kind: 'oidc_issuer',
    id: row.id,
    orgId: row.orgId,
    message: `OIDC issuer ${row.issuer}: claimMapping must map names to claim paths; issuer skipped`,
  });
  return null;
}

function modelEntries(rows: SnapshotRows, providers: Map<string, ProviderEntry>): ModelEntry[] {
  const aliasesByModel = groupBy(rows.modelAliases, (a) => a.modelId);
  return rows.models.flatMap((model: ModelRow) => {
    const provider = providers.get(model.providerId);
    if (provider === undefined) return [];
    const aliases = (aliasesByModel.get(model.id) ?? []).map((a) => a.alias).sort();
    return [
      {
        ...model,
        providerSlug: provider.slug,
        aliases,
        effectiveRegion: model.region ?? provider.region,
      },
    ];
  });
}

function versionSum(rows: SnapshotRows): string {
  return rows.configVersions.reduce((sum, row) => sum + row.version, 0n).toString();
}

type Context = {
  rows: SnapshotRows;
  options: BuildSnapshotOptions;
  problems: SnapshotProblem[];
};

function indexTenancy({ rows }: Context) {
  return {
    orgs: indexBy(rows.orgs, (o) => o.id),
    teams: indexBy(rows.teams, (t) => t.id),
    teamsBySlug: indexBy(rows.teams, (t) => scopedKey(t.orgId, t.slug)),
    applications: indexBy(rows.applications, (a) => a.id),
    applicationsByName: groupBy(rows.applications, (a) => scopedKey(a.orgId, a.name)),
    apiKeysByHash: indexBy(rows.apiKeys, (k) => k.keyHash),
    subscriptionsByApplication: groupBy(rows.subscriptions, (s) => s.applicationId),
  };
}

function indexModels({ rows, options, problems }: Context) {
  const providerList = buildProviderEntries(rows.providers, options.decryptCredentials, problems);
  const providers = indexBy(providerList, (p) => p.id);
  const models = modelEntries(rows, providers);
  const modelsById = indexBy(models, (m) => m.id);
  const aliases = rows.modelAliases.flatMap((a) => {
    const model = modelsById.get(a.modelId);
    return model === undefined ? [] : [[scopedKey(a.orgId, a.alias), model] as const];
  });
  return {
    providers,
    providersBySlug: indexBy(providerList, (p) => scopedKey(p.orgId, p.slug)),
    models: modelsById,
    modelsByName: indexBy(models, (m) => scopedKey(m.orgId, m.publicName)),
    modelsByUpstreamId: groupBy(models, (m) => scopedKey(m.providerId, m.upstreamId)),
    modelsByAlias: new Map(aliases),
  };
}

function indexProducts({ rows, options, problems }: Context) {
  const productList = buildProductEntries(rows.products, options.decryptCredentials, problems);
  const products = indexBy(productList, (p) => p.id);
  const orgOfProduct = (productId: string) => products.get(productId)?.orgId ?? null;
  const plans = rows.plans.map((p) => planEntry(p, orgOfProduct(p.productId), problems));
  return {
    products,
    productsBySlug: indexBy(productList, (p) => scopedKey(p.orgId, p.slug)),
    plans: indexBy(plans, (p) => p.id),
    routesByProduct: buildRouteEntries(rows.routes, rows.routeTargets, orgOfProduct, problems),
    budgetsByOrg: groupBy(
      rows.budgets.filter((b) => b.enabled),
      (b) => b.orgId,
    ),
  };
}

function indexGovernance({ rows, problems }: Context) {
  const guardrails = rows.guardrailPolicies.filter((g) => g.enabled);
  const issuers = rows.oidcIssuers
    .filter((i) => i.enabled)
    .flatMap((i) => oidcEntry(i, problems) ?? []);
  const prompts = buildPromptEntries(
    {
      templates: rows.promptTemplates,
      versions: rows.promptVersions,
      labels: rows.promptLabels,
      labelVersions: rows.promptLabelVersions,
    },
    problems,
  );
  return {
    guardrailPolicies: indexBy(guardrails, (g) => g.id),
    defaultGuardrailPolicyByOrg: indexBy(
      guardrails.filter((g) => g.isDefault),
      (g) => g.orgId,
    ),
    prompts: indexBy(prompts, (t) => scopedKey(t.orgId, t.slug)),
    oidcIssuersByIssuer: groupBy(issuers, (i) => i.issuer),
  };
}

/**
 * Builds the gateway's policy snapshot from plain rows: indexes for every hot-path lookup and
 * provider/product credentials decrypted once. Never throws on bad configuration: what cannot
 * be used is left out or marked unusable and listed in `problems`.
 */
export function buildSnapshot(rows: SnapshotRows, options: BuildSnapshotOptions): PolicySnapshot {
  const context: Context = { rows, options, problems: [] };
  return {
    builtAt: options.now,
    configVersions: new Map(rows.configVersions.map((v) => [v.orgId, v.version])),
    version: versionSum(rows),
    ...indexTenancy(context),
    ...indexModels(context),
    ...indexProducts(context),
    ...indexGovernance(context),
    problems: context.problems,
  };
}
