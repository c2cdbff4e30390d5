import { z } from 'zod';
import {
  PROMPT_LABEL_NAME,
  promptMessageSchema,
  promptVariablesSchema,
} from '../prompts/prompt-schemas.js';

// Configuration as code: one YAML document per provider, model, product, route, plan, guardrail
// policy and prompt. Documents name each other by slug/name, never by uuid, so a file exported
// from one installation applies to another. Every field has the stored default, and objects are
// strict, so a typo is an error rather than a silently ignored key.

export const CONFIG_API_VERSION = 'gatehouse/v1';

/** Apply order (creates and updates); deletes run in reverse. A kind only names earlier kinds. */
export const CONFIG_KINDS = [
  'Provider',
  'GuardrailPolicy',
  'Model',
  'ApiProduct',
  'Plan',
  'Route',
  'Prompt',
] as const;
export type ConfigKind = (typeof CONFIG_KINDS)[number];

const name = z.string().trim().min(1).max(200);
const jsonObject = z.record(z.string(), z.unknown());
const count = z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER);
/** Integer micro-dollars (1 USD = 1,000,000). */
const micros = count;
const nullableCount = count.nullable().default(null);
const period = z.enum(['DAY', 'WEEK', 'MONTH']);
/**
 * Write-only secrets (header or field name → value). Export writes `${ENV_VAR}` placeholders that
 * the CLI fills from its environment; the API refuses a value still holding a placeholder.
 */
const secretMap = z.record(z.string().min(1), z.string());

const providerSpec = z.strictObject({
  displayName: name,
  kind: z.enum(['OPENAI', 'AZURE_OPENAI', 'ANTHROPIC', 'GEMINI', 'MISTRAL', 'OPENAI_COMPATIBLE']),
  baseUrl: z.url(),
  region: z.string().min(1).nullable().default(null),
  settings: jsonObject.default({}),
  enabled: z.boolean().default(true),
  credentials: secretMap.optional(),
});

const modelSpec = z.strictObject({
  provider: name,
  upstreamId: z.string().min(1),
  kind: z.enum(['CHAT', 'EMBEDDING']).default('CHAT'),
  prices: z.strictObject({
    inputPerMTokMicros: micros,
    outputPerMTokMicros: micros,
    cachedInputPerMTokMicros: micros.default(0),
  }),
  contextWindow: z.number().int().positive(),
  maxOutputTokens: nullableCount,
  supportsTools: z.boolean().default(true),
  supportsVision: z.boolean().default(false),
  supportsStreaming: z.boolean().default(true),
  embeddingDimensions: nullableCount,
  region: z.string().min(1).nullable().default(null),
  timeoutMs: nullableCount,
  enabled: z.boolean().default(true),
  aliases: z.array(name).default([]),
});

const productSpec = z.strictObject({
  displayName: name,
  description: z.string().default(''),
  kind: z.enum(['AI', 'REST', 'GRAPHQL']),
  openApiDocument: jsonObject.nullable().default(null),
  visibility: z.enum(['PUBLIC', 'INTERNAL', 'PRIVATE']).default('PUBLIC'),
  approvalMode: z.enum(['AUTO', 'MANUAL']).default('AUTO'),
  guardrailPolicy: name.nullable().default(null),
  upstreamCredentials: secretMap.optional(),
});

const routeTarget = z
  .strictObject({
    model: name.optional(),
    upstreamUrl: z.url().optional(),
    weight: count.default(100),
    position: count.default(0),
    fallback: z.boolean().default(false),
  })
  .refine((t) => (t.model === undefined) !== (t.upstreamUrl === undefined), {
    message: 'a target names exactly one of model or upstreamUrl',
  });

const routeSpec = z.strictObject({
  product: name,
  priority: z.number().int().default(100),
  match: jsonObject.default({}),
  strategy: z
    .enum(['SINGLE', 'WEIGHTED', 'FALLBACK', 'LEAST_LATENCY', 'LEAST_IN_FLIGHT', 'COST', 'CONTENT'])
    .default('SINGLE'),
  strategyConfig: jsonObject.default({}),
  retries: count.default(2),
  timeoutMs: count.default(60_000),
  cache: z
    .strictObject({ enabled: z.boolean().default(false), ttlSeconds: count.default(300) })
    .default({ enabled: false, ttlSeconds: 300 }),
  region: z.string().min(1).nullable().default(null),
  enabled: z.boolean().default(true),
  targets: z.array(routeTarget).default([]),
});

const planSpec = z.strictObject({
  product: name,
  displayName: name,
  description: z.string().default(''),
  requestsPerMinute: nullableCount,
  tokensPerMinute: nullableCount,
  modelLimits: jsonObject.default({}),
  requestQuota: nullableCount,
  tokenQuota: nullableCount,
  quotaPeriod: period.default('MONTH'),
  budgetMicros: micros.nullable().default(null),
  budgetPeriod: period.default('MONTH'),
  budgetMode: z.enum(['HARD', 'SOFT']).default('HARD'),
  overage: z.enum(['BLOCK', 'ALLOW', 'DOWNGRADE']).default('BLOCK'),
  downgradeModel: name.nullable().default(null),
  allowedModels: z.array(z.string().min(1)).default([]),
  priceMonthlyMicros: micros.default(0),
  isPublic: z.boolean().default(true),
});

const guardrailSpec = z.strictObject({
  description: z.string().default(''),
  isDefault: z.boolean().default(false),
  input: jsonObject.default({}),
  output: jsonObject.default({}),
  enabled: z.boolean().default(true),
});

const promptVersion = z.strictObject({
  version: z.number().int().positive(),
  // The prompts API's own message and variable schemas (content may be text parts).
  messages: z.array(promptMessageSchema).min(1),
  variables: promptVariablesSchema.default({}),
  model: z.string().min(1).nullable().default(null),
  parameters: jsonObject.default({}),
  changelog: z.string().default(''),
});

const promptSpec = z.strictObject({
  displayName: name,
  description: z.string().default(''),
  versions: z.array(promptVersion).min(1),
  /** label → the versions it serves, with A/B weights. */
  labels: z
    .record(
      z.string().regex(PROMPT_LABEL_NAME, 'label names are lowercase letters, digits and -'),
      z
        .array(z.strictObject({ version: z.number().int().positive(), weight: count.default(100) }))
        .min(1),
    )
    .default({}),
});

const documentOf = <K extends ConfigKind, S extends z.ZodType>(kind: K, spec: S) =>
  z.strictObject({
    apiVersion: z.literal(CONFIG_API_VERSION),
    kind: z.literal(kind),
    metadata: z.strictObject({ name }),
    spec,
  });

/** The schema of one document of each kind (a table: a new kind joins with one line). */
export const CONFIG_DOCUMENT_SCHEMAS = {
  Provider: documentOf('Provider', providerSpec),
  GuardrailPolicy: documentOf('GuardrailPolicy', guardrailSpec),
  Model: documentOf('Model', modelSpec),
  ApiProduct: documentOf('ApiProduct', productSpec),
  Plan: documentOf('Plan', planSpec),
  Route: documentOf('Route', routeSpec),
  Prompt: documentOf('Prompt', promptSpec),
} as const satisfies Record<ConfigKind, z.ZodType>;

export const configDocumentSchema = z.discriminatedUnion('kind', [
  CONFIG_DOCUMENT_SCHEMAS.Provider,
  CONFIG_DOCUMENT_SCHEMAS.GuardrailPolicy,
  CONFIG_DOCUMENT_SCHEMAS.Model,
  CONFIG_DOCUMENT_SCHEMAS.ApiProduct,
  CONFIG_DOCUMENT_SCHEMAS.Plan,
  CONFIG_DOCUMENT_SCHEMAS.Route,
  CONFIG_DOCUMENT_SCHEMAS.Prompt,
]);

export type ConfigDocument = z.infer<typeof configDocumentSchema>;
export type ConfigDocumentOf<K extends ConfigKind> = Extract<ConfigDocument, { kind: K }>;
export type ProviderSpec = z.infer<typeof providerSpec>;
export type ModelSpec = z.infer<typeof modelSpec>;
export type ApiProductSpec = z.infer<typeof productSpec>;
export type RouteSpec = z.infer<typeof routeSpec>;
export type RouteTargetSpec = z.infer<typeof routeTarget>;
export type PlanSpec = z.infer<typeof planSpec>;
export type GuardrailPolicySpec = z.infer<typeof guardrailSpec>;
export type PromptSpec = z.infer<typeof promptSpec>;
export type PromptVersionSpec = z.infer<typeof promptVersion>;

/** Fields holding write-only secrets, per kind: never exported, compared by fingerprint. */
export const SECRET_FIELDS: Readonly<Partial<Record<ConfigKind, string>>> = {
  Provider: 'credentials',
  ApiProduct: 'upstreamCredentials',
};

/** The identity of a document: routes and plans are named within their product. */
export function configDocumentKey(doc: ConfigDocument): string {
  const scope = doc.kind === 'Route' || doc.kind === 'Plan' ? `${doc.spec.product}/` : '';
  return `${doc.kind} ${scope}${doc.metadata.name}`;
}
