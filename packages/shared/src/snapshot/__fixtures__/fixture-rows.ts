// A small org shaped like the demo seed (packages/db/src/seed), as SnapshotRows, for unit tests.
import { encryptSecret } from '../../crypto/encrypt-secret.js';
import { hashApiKey } from '../../keys/hash-api-key.js';
import { keyPrefix } from '../../keys/key-prefix.js';
import type {
  ApiKeyRow,
  ModelRow,
  RouteTargetRow,
  SnapshotRows,
  SubscriptionStatus,
} from '../snapshot-rows.js';

export const ENCRYPTION_KEY = Buffer.alloc(32, 9);
export const NOW = new Date('2026-11-24T12:00:00Z');
const HOUR = 3_600_000;

/** A deterministic UUIDv7-shaped id. */
export const id = (name: string) => {
  let h = 0;
  for (const ch of name) h = (h * 31 + ch.charCodeAt(0)) >>> 0;
  return `00000000-0000-7000-8000-${h.toString(16).padStart(12, '0')}`;
};

export const ORG = id('org:acme');
export const OTHER_ORG = id('org:other');
const seal = (value: Record<string, string>) =>
  new Uint8Array(encryptSecret(JSON.stringify(value), ENCRYPTION_KEY));

/** Raw keys by name; each has a row in `apiKeys`. */
export const KEYS = {
  demo: 'gh_demo0000000000000000000000000000000001',
  trial: 'gh_trial000000000000000000000000000000001',
  revoked: 'gh_revoked0000000000000000000000000000001',
  expired: 'gh_expired0000000000000000000000000000001',
  rotatedOld: 'gh_rotatedold00000000000000000000000001',
  rotatedNew: 'gh_rotatednew00000000000000000000000001',
  fastOnly: 'gh_fastonly000000000000000000000000000001',
  pending: 'gh_pending0000000000000000000000000000001',
  suspended: 'gh_suspended00000000000000000000000000001',
  orphan: 'gh_orphan00000000000000000000000000000001',
  archived: 'gh_archived0000000000000000000000000000001',
  legal: 'gh_legal000000000000000000000000000000001',
} as const;
export type KeyName = keyof typeof KEYS;

function key(name: KeyName, app: string, extra: Partial<ApiKeyRow> = {}): ApiKeyRow {
  return {
    id: id(`key:${name}`),
    orgId: ORG,
    applicationId: id(`app:${app}`),
    name,
    keyHash: hashApiKey(KEYS[name]),
    prefix: keyPrefix(KEYS[name]),
    allowedModels: [],
    scopes: [],
    status: 'ACTIVE',
    expiresAt: null,
    revokedAt: null,
    rotatedFromId: null,
    ...extra,
  };
}

function model(publicName: string, provider: string, extra: Partial<ModelRow> = {}): ModelRow {
  return {
    id: id(`model:${publicName}`),
    orgId: ORG,
    providerId: id(`provider:${provider}`),
    publicName,
    upstreamId: publicName,
    kind: 'CHAT',
    inputPricePerMTokMicros: 1_000_000n,
    outputPricePerMTokMicros: 2_000_000n,
    cachedInputPricePerMTokMicros: 0n,
    contextWindow: 128_000,
    maxOutputTokens: null,
    supportsTools: true,
    supportsVision: false,
    supportsStreaming: true,
    embeddingDimensions: null,
    region: null,
    timeoutMs: null,
    enabled: true,
    createdAt: NOW,
    ...extra,
  };
}

export const MODEL_NAMES = [
  'gpt-4o',
  'gpt-4o-mini',
  'claude-sonnet-4',
  'gpt-4o-eu',
  'llama-3.1-8b',
  'retired-model',
  'broken-model',
] as const;

function target(route: string, modelName: string, position: number, isFallback = false) {
  const row: RouteTargetRow = {
    id: id(`target:${route}:${modelName}:${isFallback}`),
    routeId: id(`route:${route}`),
    modelId: id(`model:${modelName}`),
    upstreamUrl: null,
    weight: 100,
    position,
    isFallback,
  };
  return row;
}

function sub(app: string, product: string, plan: string, status: SubscriptionStatus) {
  return {
    id: id(`sub:${app}:${product}`),
    orgId: ORG,
    applicationId: id(`app:${app}`),
    productId: id(`product:${product}`),
    planId: id(`plan:${plan}`),
    status,
  };
}

const team = (slug: string, region: string | null = null) => ({
  id: id(`team:${slug}`),
  orgId: ORG,
  slug,
  name: slug,
  costCenter: `CC-${slug}`,
  region,
});

const app = (name: string, teamSlug: string, archivedAt: Date | null = null) => ({
  id: id(`app:${name}`),
  orgId: ORG,
  teamId: id(`team:${teamSlug}`),
  name,
  archivedAt,
});

const provider = (
  slug: string,
  kind: 'OPENAI' | 'ANTHROPIC' | 'AZURE_OPENAI' | 'OPENAI_COMPATIBLE',
  extra = {},
) => ({
  id: id(`provider:${slug}`),
  orgId: ORG,
  slug,
  name: slug,
  kind,
  baseUrl: `http://mock/${slug}`,
  region: null as string | null,
  credentialsEnc: seal({ apiKey: `sk-${slug}` }) as Uint8Array | null,
  settings: {} as unknown,
  enabled: true,
  ...extra,
});

const plan = (slug: string, product: string, allowedModels: string[]) => ({
  id: id(`plan:${slug}`),
  productId: id(`product:${product}`),
  slug,
  name: slug[0]?.toUpperCase() + slug.slice(1),
  requestsPerMinute: 10,
  tokensPerMinute: null,
  modelLimits: {},
  requestQuota: null,
  tokenQuota: null,
  quotaPeriod: 'MONTH' as const,
  budgetMicros: null,
  budgetPeriod: 'MONTH' as const,
  budgetMode: 'HARD' as const,
  overage: 'BLOCK' as const,
  downgradeModelId: null,
  allowedModels,
});

function catalogRows(): Pick<
  SnapshotRows,
  'providers' | 'models' | 'modelAliases' | 'products' | 'routes' | 'routeTargets' | 'plans'
> {
  const route = (
    name: string,
    priority: number,
    match: unknown,
    strategy: 'SINGLE' | 'FALLBACK',
    strategyConfig: unknown = {},
  ) => ({
    id: id(`route:${name}`),
    productId: id('product:llm-api'),
    name,
    priority,
    match,
    strategy,
    strategyConfig,
    retries: 2,
    timeoutMs: 60_000,
    cacheEnabled: false,
    cacheTtlSeconds: 300,
    region: null,
    enabled: true,
  });
  const allModels = MODEL_NAMES.map((name, i) => target('all', name, i));
  return {
    providers: [
      provider('openai', 'OPENAI'),
      provider('anthropic', 'ANTHROPIC', { settings: { anthropicVersion: '2023-06-01' } }),
      provider('azure-openai', 'AZURE_OPENAI', {
        region: 'eu-west',
        settings: { apiVersion: '2024-10-21' },
      }),
      provider('vllm', 'OPENAI_COMPATIBLE', { enabled: false }),
      // Sealed under another key: must be reported, not crash the build.
      provider('broken', 'OPENAI', {
        credentialsEnc: new Uint8Array(encryptSecret('{"apiKey":"x"}', Buffer.alloc(32, 1))),
      }),
    ],
    models: [
      model('gpt-4o', 'openai', { timeoutMs: 30_000 }),
      model('gpt-4o-mini', 'openai'),
      model('claude-sonnet-4', 'anthropic', { upstreamId: 'claude-sonnet-4-20250514' }),
      model('gpt-4o-eu', 'azure-openai', { upstreamId: 'gpt-4o' }),
      model('llama-3.1-8b', 'vllm'),
      model('retired-model', 'openai', { enabled: false }),
      model('broken-model', 'broken'),
    ],
    modelAliases: [
      { orgId: ORG, alias: 'fast', modelId: id('model:gpt-4o-mini') },
      { orgId: ORG, alias: 'smart', modelId: id('model:claude-sonnet-4') },
    ],
    products: [
      {
        id: id('product:llm-api'),
        orgId: ORG,
        slug: 'llm-api',
        name: 'LLM API',
        kind: 'AI',
        upstreamCredentialsEnc: null,
        guardrailPolicyId: null,
        archivedAt: null,
      },
      {
        id: id('product:orders'),
        orgId: ORG,
        slug: 'orders',
        name: 'Orders API',
        kind: 'REST',
        upstreamCredentialsEnc: seal({ 'x-orders-key': 'orders-secret' }),
        guardrailPolicyId: null,
        archivedAt: null,
      },
    ],
    routes: [
      route('gpt-4o failover', 10, { models: ['gpt-4o'] }, 'FALLBACK'),
      route('all', 100, { models: ['*'] }, 'SINGLE', { target: 'requested-model' }),
      { ...route('orders', 100, { pathPrefix: '/' }, 'SINGLE'), productId: id('product:orders') },
    ],
    routeTargets: [
      target('gpt-4o failover', 'gpt-4o', 0),
      target('gpt-4o failover', 'gpt-4o-eu', 0, true),
      ...allModels,
      {
        id: id('target:orders'),
        routeId: id('route:orders'),
        modelId: null,
        upstreamUrl: 'http://mock/orders',
        weight: 100,
        position: 0,
        isFallback: false,
      },
    ],
    plans: [
      plan('free', 'llm-api', ['gpt-4o-mini', 'llama-3.1-8b', 'gpt-4o-eu']),
      plan('pro', 'llm-api', []),
      plan('standard', 'orders', []),
    ],
  };
}

function tenancyRows(): Pick<
  SnapshotRows,
  'orgs' | 'teams' | 'applications' | 'apiKeys' | 'subscriptions'
> {
  return {
    orgs: [
      { id: ORG, slug: 'acme', name: 'Acme' },
      { id: OTHER_ORG, slug: 'other', name: 'Other' },
    ],
    teams: [team('platform'), team('marketing'), team('legal', 'eu-west')],
    applications: [
      app('Demo App', 'platform'),
      app('Trial App', 'marketing'),
      app('Pending App', 'marketing'),
      app('Suspended App', 'marketing'),
      app('Orphan App', 'marketing'),
      app('Archived App', 'platform', new Date(NOW.getTime() - HOUR)),
      app('Contract Review', 'legal'),
    ],
    apiKeys: [
      key('demo', 'Demo App'),
      key('trial', 'Trial App'),
      key('revoked', 'Demo App', { status: 'REVOKED', revokedAt: new Date(NOW.getTime() - HOUR) }),
      key('expired', 'Demo App', { expiresAt: new Date(NOW.getTime() - 1) }),
      // Rotation: the old key works until its overlap ends, the new one from now on.
      key('rotatedOld', 'Demo App', { expiresAt: new Date(NOW.getTime() + HOUR) }),
      key('rotatedNew', 'Demo App', { rotatedFromId: id('key:rotatedOld') }),
      key('fastOnly', 'Demo App', { allowedModels: ['fast', 'claude-*'] }),
      key('pending', 'Pending App'),
      key('suspended', 'Suspended App'),
      key('orphan', 'Orphan App'),
      key('archived', 'Archived App'),
      key('legal', 'Contract Review'),
    ],
    subscriptions: [
      sub('Demo App', 'llm-api', 'pro', 'ACTIVE'),
      sub('Demo App', 'orders', 'standard', 'ACTIVE'),
      sub('Trial App', 'llm-api', 'free', 'ACTIVE'),
      sub('Trial App', 'orders', 'standard', 'PENDING'),
      sub('Pending App', 'llm-api', 'pro', 'PENDING'),
      sub('Suspended App', 'llm-api', 'pro', 'SUSPENDED'),
      sub('Contract Review', 'llm-api', 'pro', 'ACTIVE'),
    ],
  };
}

/** The whole fixture org. */
export function fixtureRows(): SnapshotRows {
  return {
    ...tenancyRows(),
    ...catalogRows(),
    budgets: [],
    guardrailPolicies: [
      {
        id: id('guard:default'),
        orgId: ORG,
        name: 'Default',
        isDefault: true,
        input: {},
        output: {},
        enabled: true,
      },
    ],
    promptTemplates: [
      { id: id('prompt:support'), orgId: ORG, slug: 'support-reply', name: 'Support reply' },
    ],
    promptVersions: [1, 2].map((version) => ({
      id: id(`pv:${version}`),
      templateId: id('prompt:support'),
      version,
      messages: [{ role: 'user', content: `v${version}: {{question}}` }],
      variables: { question: { type: 'string', required: true } },
      model: 'gpt-4o-mini',
      parameters: { temperature: 0.2 },
    })),
    promptLabels: [
      { id: id('label:production'), templateId: id('prompt:support'), name: 'production' },
      { id: id('label:canary'), templateId: id('prompt:support'), name: 'canary' },
    ],
    promptLabelVersions: [
      { labelId: id('label:production'), versionId: id('pv:1'), weight: 100 },
      { labelId: id('label:canary'), versionId: id('pv:2'), weight: 10 },
      { labelId: id('label:canary'), versionId: id('pv:1'), weight: 90 },
    ],
    oidcIssuers: [
      {
        id: id('issuer:idp'),
        orgId: ORG,
        issuer: 'https://idp.acme.test',
        jwksUrl: 'https://idp.acme.test/jwks',
        audience: 'gatehouse',
        claimMapping: { team: 'groups[0]', application: 'azp' },
        enabled: true,
      },
    ],
    configVersions: [
      { orgId: ORG, version: 7n },
      { orgId: OTHER_ORG, version: 2n },
    ],
  };
}
