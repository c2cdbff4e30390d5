// The rows a policy snapshot is built from, as plain data: what packages/db loads in one
// consistent read and buildSnapshot turns into indexes. Json columns arrive as `unknown` and are
// parsed by buildSnapshot; Bytes columns as Uint8Array (Prisma) or Buffer.
import type { ProviderKind } from '../llm/provider-adapter.js';

export type ApiKeyStatus = 'ACTIVE' | 'REVOKED';
export type ModelKind = 'CHAT' | 'EMBEDDING';
export type ProductKind = 'AI' | 'REST' | 'GRAPHQL';
export type RouteStrategy =
  'SINGLE' | 'WEIGHTED' | 'FALLBACK' | 'LEAST_LATENCY' | 'LEAST_IN_FLIGHT' | 'COST' | 'CONTENT';
export type SubscriptionStatus = 'PENDING' | 'ACTIVE' | 'REJECTED' | 'SUSPENDED';
export type BudgetPeriod = 'DAY' | 'WEEK' | 'MONTH';
export type BudgetMode = 'HARD' | 'SOFT';
export type OverageBehavior = 'BLOCK' | 'ALLOW' | 'DOWNGRADE';
export type BudgetScope = 'ORG' | 'TEAM' | 'APPLICATION' | 'API_KEY';
export type PeriodAlignment = 'CALENDAR' | 'ROLLING';

export type OrgRow = { id: string; slug: string; name: string };

export type TeamRow = {
  id: string;
  orgId: string;
  slug: string;
  name: string;
  costCenter: string;
  region: string | null;
};

export type ApplicationRow = {
  id: string;
  orgId: string;
  teamId: string;
  name: string;
  archivedAt: Date | null;
};

export type ApiKeyRow = {
  id: string;
  orgId: string;
  applicationId: string;
  name: string;
  keyHash: string;
  prefix: string;
  allowedModels: string[];
  scopes: string[];
  status: ApiKeyStatus;
  expiresAt: Date | null;
  revokedAt: Date | null;
  rotatedFromId: string | null;
};

export type ProviderRow = {
  id: string;
  orgId: string;
  slug: string;
  name: string;
  kind: ProviderKind;
  baseUrl: string;
  region: string | null;
  credentialsEnc: Uint8Array | null;
  settings: unknown;
  enabled: boolean;
};

export type ModelRow = {
  id: string;
  orgId: string;
  providerId: string;
  publicName: string;
  upstreamId: string;
  kind: ModelKind;
  inputPricePerMTokMicros: bigint;
  outputPricePerMTokMicros: bigint;
  cachedInputPricePerMTokMicros: bigint;
  contextWindow: number;
  maxOutputTokens: number | null;
  supportsTools: boolean;
  supportsVision: boolean;
  supportsStreaming: boolean;
  embeddingDimensions: number | null;
  region: string | null;
  timeoutMs: number | null;
  enabled: boolean;
  /** When the model was added (GET /v1/models reports it as `created`). */
  createdAt: Date;
};

export type ModelAliasRow = { orgId: string; alias: string; modelId: string };

export type ProductRow = {
  id: string;
  orgId: string;
  slug: string;
  name: string;
  kind: ProductKind;
  upstreamCredentialsEnc: Uint8Array | null;
  guardrailPolicyId: string | null;
  archivedAt: Date | null;
};

export type RouteRow = {
  id: string;
  productId: string;
  name: string;
  priority: number;
  match: unknown;
  strategy: RouteStrategy;
  strategyConfig: unknown;
  retries: number;
  timeoutMs: number;
  cacheEnabled: boolean;
  cacheTtlSeconds: number;
  region: string | null;
  enabled: boolean;
};

export type RouteTargetRow = {
  id: string;
  routeId: string;
  modelId: string | null;
  upstreamUrl: string | null;
  weight: number;
  position: number;
  isFallback: boolean;
};

export type PlanRow = {
  id: string;
  productId: string;
  slug: string;
  name: string;
  requestsPerMinute: number | null;
  tokensPerMinute: number | null;
  modelLimits: unknown;
  requestQuota: number | null;
  tokenQuota: bigint | null;
  quotaPeriod: BudgetPeriod;
  budgetMicros: bigint | null;
  budgetPeriod: BudgetPeriod;
  budgetMode: BudgetMode;
  overage: OverageBehavior;
  downgradeModelId: string | null;
  allowedModels: string[];
};

export type SubscriptionRow = {
  id: string;
  orgId: string;
  applicationId: string;
  productId: string;
  planId: string;
  status: SubscriptionStatus;
};

export type BudgetRow = {
  id: string;
  orgId: string;
  name: string;
  scope: BudgetScope;
  teamId: string | null;
  applicationId: string | null;
  apiKeyId: string | null;
  amountMicros: bigint | null;
  tokenLimit: bigint | null;
  requestLimit: number | null;
  period: BudgetPeriod;
  alignment: PeriodAlignment;
  mode: BudgetMode;
  alertThresholds: number[];
  enabled: boolean;
};

export type GuardrailPolicyRow = {
  id: string;
  orgId: string;
  name: string;
  isDefault: boolean;
  input: unknown;
  output: unknown;
  enabled: boolean;
};

export type PromptTemplateRow = { id: string; orgId: string; slug: string; name: string };

export type PromptVersionRow = {
  id: string;
  templateId: string;
  version: number;
  messages: unknown;
  variables: unknown;
  model: string | null;
  parameters: unknown;
};

export type PromptLabelRow = { id: string; templateId: string; name: string };

export type PromptLabelVersionRow = { labelId: string; versionId: string; weight: number };

export type OidcIssuerRow = {
  id: string;
  orgId: string;
  issuer: string;
  jwksUrl: string;
  audience: string | null;
  claimMapping: unknown;
  enabled: boolean;
};

export type ConfigVersionRow = { orgId: string; version: bigint };

/** Everything the gateway's policy snapshot is built from, read in one consistent transaction. */
export type SnapshotRows = {
  orgs: OrgRow[];
  teams: TeamRow[];
  applications: ApplicationRow[];
  apiKeys: ApiKeyRow[];
  providers: ProviderRow[];
  models: ModelRow[];
  modelAliases: ModelAliasRow[];
  products: ProductRow[];
  routes: RouteRow[];
  routeTargets: RouteTargetRow[];
  plans: PlanRow[];
  subscriptions: SubscriptionRow[];
  budgets: BudgetRow[];
  guardrailPolicies: GuardrailPolicyRow[];
  promptTemplates: PromptTemplateRow[];
  promptVersions: PromptVersionRow[];
  promptLabels: PromptLabelRow[];
  promptLabelVersions: PromptLabelVersionRow[];
  oidcIssuers: OidcIssuerRow[];
  configVersions: ConfigVersionRow[];
};

/** A SnapshotRows with every table empty (tests and boot fill in what they need). */
export function emptySnapshotRows(): SnapshotRows {
  return {
    orgs: [],
    teams: [],
    applications: [],
    apiKeys: [],
    providers: [],
    models: [],
    modelAliases: [],
    products: [],
    routes: [],
    routeTargets: [],
    plans: [],
    subscriptions: [],
    budgets: [],
    guardrailPolicies: [],
    promptTemplates: [],
    promptVersions: [],
    promptLabels: [],
    promptLabelVersions: [],
    oidcIssuers: [],
    configVersions: [],
  };
}
