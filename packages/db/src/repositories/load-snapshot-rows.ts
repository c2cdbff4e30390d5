import type { SnapshotRows } from '@gatehouse/shared';
import type { DbClient } from '../client/create-prisma-client.js';

const DAY_MS = 86_400_000;

export type LoadSnapshotRowsOptions = {
  /** Keys revoked before `now` minus this long are left out (they only make a nicer 401). */
  revokedKeyRetentionMs?: number;
  now?: Date;
};

const MODEL_SELECT = {
  id: true,
  orgId: true,
  providerId: true,
  publicName: true,
  upstreamId: true,
  kind: true,
  inputPricePerMTokMicros: true,
  outputPricePerMTokMicros: true,
  cachedInputPricePerMTokMicros: true,
  contextWindow: true,
  maxOutputTokens: true,
  supportsTools: true,
  supportsVision: true,
  supportsStreaming: true,
  embeddingDimensions: true,
  region: true,
  timeoutMs: true,
  enabled: true,
  createdAt: true,
} as const;

const PLAN_SELECT = {
  id: true,
  productId: true,
  slug: true,
  name: true,
  requestsPerMinute: true,
  tokensPerMinute: true,
  modelLimits: true,
  requestQuota: true,
  tokenQuota: true,
  quotaPeriod: true,
  budgetMicros: true,
  budgetPeriod: true,
  budgetMode: true,
  overage: true,
  downgradeModelId: true,
  allowedModels: true,
} as const;

const ROUTE_SELECT = {
  id: true,
  productId: true,
  name: true,
  priority: true,
  match: true,
  strategy: true,
  strategyConfig: true,
  retries: true,
  timeoutMs: true,
  cacheEnabled: true,
  cacheTtlSeconds: true,
  region: true,
  enabled: true,
} as const;

const BUDGET_SELECT = {
  id: true,
  orgId: true,
  name: true,
  scope: true,
  teamId: true,
  applicationId: true,
  apiKeyId: true,
  amountMicros: true,
  tokenLimit: true,
  requestLimit: true,
  period: true,
  alignment: true,
  mode: true,
  alertThresholds: true,
  enabled: true,
} as const;

function apiKeysQuery(tx: DbClient, revokedSince: Date) {
  return tx.apiKey.findMany({
    where: { OR: [{ status: 'ACTIVE' }, { revokedAt: { gte: revokedSince } }] },
    select: {
      id: true,
      orgId: true,
      applicationId: true,
      name: true,
      keyHash: true,
      prefix: true,
      allowedModels: true,
      scopes: true,
      status: true,
      expiresAt: true,
      revokedAt: true,
      rotatedFromId: true,
    },
  });
}

// A batch transaction runs its queries in order on one connection; REPEATABLE READ makes them
// one consistent picture, so a key is never seen without its application, nor a route without
// its targets, and the config versions read match the data.
function queries(tx: DbClient, revokedSince: Date) {
  return [
    tx.organization.findMany({ select: { id: true, slug: true, name: true } }),
    tx.team.findMany({
      select: { id: true, orgId: true, slug: true, name: true, costCenter: true, region: true },
    }),
    tx.application.findMany({
      select: { id: true, orgId: true, teamId: true, name: true, archivedAt: true },
    }),
    apiKeysQuery(tx, revokedSince),
    tx.provider.findMany({
      select: {
        id: true,
        orgId: true,
        slug: true,
        name: true,
        kind: true,
        baseUrl: true,
        region: true,
        credentialsEnc: true,
        settings: true,
        enabled: true,
      },
    }),
    tx.model.findMany({ select: MODEL_SELECT }),
    tx.modelAlias.findMany({ select: { orgId: true, alias: true, modelId: true } }),
    tx.apiProduct.findMany({
      select: {
        id: true,
        orgId: true,
        slug: true,
        name: true,
        kind: true,
        upstreamCredentialsEnc: true,
        guardrailPolicyId: true,
        archivedAt: true,
      },
    }),
    tx.route.findMany({ select: ROUTE_SELECT }),
    tx.routeTarget.findMany({
      select: {
        id: true,
        routeId: true,
        modelId: true,
        upstreamUrl: true,
        weight: true,
        position: true,
        isFallback: true,
      },
    }),
    tx.plan.findMany({ select: PLAN_SELECT }),
    tx.subscription.findMany({
      select: {
        id: true,
        orgId: true,
        applicationId: true,
        productId: true,
        planId: true,
        status: true,
      },
    }),
    tx.budget.findMany({ select: BUDGET_SELECT }),
    tx.guardrailPolicy.findMany({
      select: {
        id: true,
        orgId: true,
        name: true,
        isDefault: true,
        input: true,
        output: true,
        enabled: true,
      },
    }),
    tx.promptTemplate.findMany({ select: { id: true, orgId: true, slug: true, name: true } }),
    tx.promptVersion.findMany({
      select: {
        id: true,
        templateId: true,
        version: true,
        messages: true,
        variables: true,
        model: true,
        parameters: true,
      },
    }),
    tx.promptLabel.findMany({ select: { id: true, templateId: true, name: true } }),
    tx.promptLabelVersion.findMany({ select: { labelId: true, versionId: true, weight: true } }),
    tx.oidcIssuer.findMany({
      select: {
        id: true,
        orgId: true,
        issuer: true,
        jwksUrl: true,
        audience: true,
        claimMapping: true,
        enabled: true,
      },
    }),
    tx.configVersion.findMany({ select: { orgId: true, version: true } }),
  ] as const;
}

/**
 * Everything the gateway's policy snapshot is built from, read in one REPEATABLE READ
 * transaction with explicit selects. Keys revoked more than a day ago are left out.
 */
export async function loadSnapshotRows(
  db: DbClient,
  options: LoadSnapshotRowsOptions = {},
): Promise<SnapshotRows> {
  const now = options.now ?? new Date();
  const revokedSince = new Date(now.getTime() - (options.revokedKeyRetentionMs ?? DAY_MS));
  const [
    orgs,
    teams,
    applications,
    apiKeys,
    providers,
    models,
    modelAliases,
    products,
    routes,
    routeTargets,
    plans,
    subscriptions,
    budgets,
    guardrailPolicies,
    promptTemplates,
    promptVersions,
    promptLabels,
    promptLabelVersions,
    oidcIssuers,
    configVersions,
  ] = await db.$transaction([...queries(db, revokedSince)], { isolationLevel: 'RepeatableRead' });
  return {
    orgs,
    teams,
    applications,
    apiKeys,
    providers,
    models,
    modelAliases,
    products,
    routes,
    routeTargets,
    plans,
    subscriptions,
    budgets,
    guardrailPolicies,
    promptTemplates,
    promptVersions,
    promptLabels,
    promptLabelVersions,
    oidcIssuers,
    configVersions,
  };
}
