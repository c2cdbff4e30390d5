// The gateway's in-memory view of configuration: every lookup on the hot path is a Map get.
import type { PromptTemplateData } from '../prompts/prompt-schemas.js';
import type {
  ApiKeyRow,
  ApplicationRow,
  BudgetRow,
  GuardrailPolicyRow,
  OidcIssuerRow,
  OrgRow,
  PlanRow,
  ProductRow,
  ProviderRow,
  ModelRow,
  RouteRow,
  RouteTargetRow,
  SubscriptionRow,
  TeamRow,
} from './snapshot-rows.js';

/** A provider with its credentials opened once at build time. */
export type ProviderEntry = Omit<ProviderRow, 'credentialsEnc' | 'settings'> & {
  /** Decrypted credentials, e.g. `{ apiKey: "sk-..." }`; empty when none are stored. */
  credentials: Readonly<Record<string, string>>;
  settings: Readonly<Record<string, unknown>>;
  /** False when the stored credentials could not be opened: the provider is never called. */
  usable: boolean;
};

export type ModelEntry = ModelRow & {
  providerSlug: string;
  aliases: readonly string[];
  /** The model's region, else its provider's (data residency). */
  effectiveRegion: string | null;
};

export type ProductEntry = Omit<ProductRow, 'upstreamCredentialsEnc'> & {
  /** Decrypted headers the gateway adds when calling a REST/GraphQL upstream (header → value). */
  upstreamHeaders: Readonly<Record<string, string>>;
  /** False when the stored upstream credentials could not be opened. */
  usable: boolean;
};

/** What a route answers: model globs for AI products, a path prefix for REST/GraphQL ones. */
export type RouteMatch = { models: readonly string[] | null; pathPrefix: string | null };

export type RouteEntry = Omit<RouteRow, 'match' | 'strategyConfig'> & {
  match: RouteMatch;
  strategyConfig: Readonly<Record<string, unknown>>;
  /** Primary targets by position. */
  primaries: readonly RouteTargetRow[];
  /** Fallback targets by position, tried after the primaries. */
  fallbacks: readonly RouteTargetRow[];
};

/** Per-model limits of a plan: `{ "gpt-4o": { requestsPerMinute: 60 } }`. */
export type ModelLimits = Readonly<
  Record<string, { requestsPerMinute?: number | undefined; tokensPerMinute?: number | undefined }>
>;

export type PlanEntry = Omit<PlanRow, 'modelLimits'> & { modelLimits: ModelLimits };

/** A published prompt in the shape packages/shared/src/prompts renders from. */
export type PromptTemplateEntry = PromptTemplateData & { id: string; orgId: string; name: string };

/** An OIDC issuer with its claim mapping parsed (`{ team: "groups[0]", application: "azp" }`). */
export type OidcIssuerEntry = Omit<OidcIssuerRow, 'claimMapping'> & {
  claimMapping: Readonly<Record<string, string>>;
};

export type SnapshotProblemKind =
  | 'provider_credentials'
  | 'product_credentials'
  | 'provider_settings'
  | 'route'
  | 'prompt_version'
  | 'oidc_issuer'
  | 'plan';

/** Something in the configuration the snapshot could not use; the rest still serves. */
export type SnapshotProblem = {
  kind: SnapshotProblemKind;
  /** Id of the row at fault. */
  id: string;
  orgId: string | null;
  message: string;
};

/**
 * Immutable; a rebuild makes a new one. Maps keyed by "name within an org" use
 * `scopedKey(orgId, name)`.
 */
export type PolicySnapshot = {
  builtAt: Date;
  /** orgId → ConfigVersion.version the snapshot was built from. */
  configVersions: ReadonlyMap<string, bigint>;
  /** Sum of every org's config version: moves with every change; for /readyz and /metrics. */
  version: string;
  orgs: ReadonlyMap<string, OrgRow>;
  teams: ReadonlyMap<string, TeamRow>;
  /** scopedKey(orgId, team slug) → team */
  teamsBySlug: ReadonlyMap<string, TeamRow>;
  applications: ReadonlyMap<string, ApplicationRow>;
  /** scopedKey(orgId, application name) → applications of that name (unique per team only) */
  applicationsByName: ReadonlyMap<string, readonly ApplicationRow[]>;
  /** SHA-256 hex of the key → key */
  apiKeysByHash: ReadonlyMap<string, ApiKeyRow>;
  providers: ReadonlyMap<string, ProviderEntry>;
  /** scopedKey(orgId, provider slug) → provider */
  providersBySlug: ReadonlyMap<string, ProviderEntry>;
  models: ReadonlyMap<string, ModelEntry>;
  /** scopedKey(orgId, public name) → model */
  modelsByName: ReadonlyMap<string, ModelEntry>;
  /** scopedKey(providerId, upstream id) → the models calling it (for `provider/model` names) */
  modelsByUpstreamId: ReadonlyMap<string, readonly ModelEntry[]>;
  /** scopedKey(orgId, alias) → model */
  modelsByAlias: ReadonlyMap<string, ModelEntry>;
  products: ReadonlyMap<string, ProductEntry>;
  /** scopedKey(orgId, product slug) → product */
  productsBySlug: ReadonlyMap<string, ProductEntry>;
  plans: ReadonlyMap<string, PlanEntry>;
  /** productId → enabled routes, lowest priority first */
  routesByProduct: ReadonlyMap<string, readonly RouteEntry[]>;
  /** applicationId → its subscriptions (any status) */
  subscriptionsByApplication: ReadonlyMap<string, readonly SubscriptionRow[]>;
  /** orgId → enabled budgets */
  budgetsByOrg: ReadonlyMap<string, readonly BudgetRow[]>;
  guardrailPolicies: ReadonlyMap<string, GuardrailPolicyRow>;
  /** orgId → the enabled policy marked default */
  defaultGuardrailPolicyByOrg: ReadonlyMap<string, GuardrailPolicyRow>;
  /** scopedKey(orgId, prompt slug) → template with every version and its labels */
  prompts: ReadonlyMap<string, PromptTemplateEntry>;
  /** `iss` → enabled issuers registered with that value (one per org at most) */
  oidcIssuersByIssuer: ReadonlyMap<string, readonly OidcIssuerEntry[]>;
  problems: readonly SnapshotProblem[];
};

/** Key of a name that is unique within one org (org ids are UUIDs, so the first "/" splits). */
export function scopedKey(orgId: string, name: string): string {
  return `${orgId}/${name}`;
}
