import { z } from 'zod';
import { paginationQuerySchema } from '../../../http/pagination.js';
import { pageSchema, timestamp, uuid } from '../../resource-support/page-schema.js';

export const ROUTE_STRATEGIES = [
  'SINGLE',
  'WEIGHTED',
  'FALLBACK',
  'LEAST_LATENCY',
  'LEAST_IN_FLIGHT',
  'COST',
  'CONTENT',
] as const;

export const routeTargetInputSchema = z.strictObject({
  modelId: uuid.nullable().optional().describe('AI products: the model to call'),
  upstreamUrl: z
    .url({ protocol: /^https?$/ })
    .max(2000)
    .nullable()
    .optional()
    .describe('REST/GraphQL products: the upstream base URL'),
  weight: z.number().int().min(0).max(10_000).default(100),
  position: z.number().int().min(0).max(1000).optional().describe('order; defaults to list order'),
  isFallback: z.boolean().default(false),
});

export const routeMatchSchema = z
  .strictObject({
    models: z.array(z.string().min(1).max(200)).max(100).optional().describe('AI: names or globs'),
    pathPrefix: z.string().startsWith('/').max(500).optional().describe('REST/GraphQL'),
  })
  .describe('what the route answers: { models } for AI, { pathPrefix } for REST/GraphQL');

const fields = {
  name: z.string().trim().min(1).max(100),
  priority: z.number().int().min(0).max(10_000).describe('lower runs first'),
  match: routeMatchSchema,
  strategy: z.enum(ROUTE_STRATEGIES),
  strategyConfig: z.record(z.string(), z.unknown()).describe('strategy parameters'),
  targets: z.array(routeTargetInputSchema).max(100),
  retries: z.number().int().min(0).max(10),
  timeoutMs: z.number().int().min(100).max(600_000),
  cacheEnabled: z.boolean(),
  cacheTtlSeconds: z.number().int().min(1).max(86_400),
  region: z.string().trim().min(1).max(50).nullable().describe('pin traffic to a region'),
  enabled: z.boolean(),
};

export const createRouteSchema = z.strictObject({
  name: fields.name,
  priority: fields.priority.default(100),
  match: fields.match.default({}),
  strategy: fields.strategy.default('SINGLE'),
  strategyConfig: fields.strategyConfig.default({}),
  targets: fields.targets,
  retries: fields.retries.default(2),
  timeoutMs: fields.timeoutMs.default(60_000),
  cacheEnabled: fields.cacheEnabled.default(false),
  cacheTtlSeconds: fields.cacheTtlSeconds.default(300),
  region: fields.region.default(null),
  enabled: fields.enabled.default(true),
});

export const updateRouteSchema = z.strictObject(fields).partial();

export const listRoutesQuerySchema = paginationQuerySchema;

export type RouteTargetInput = z.infer<typeof routeTargetInputSchema>;
export type CreateRouteInput = z.infer<typeof createRouteSchema>;
export type UpdateRouteInput = z.infer<typeof updateRouteSchema>;
export type ListRoutesQuery = z.infer<typeof listRoutesQuerySchema>;

const targetSchema = z.object({
  id: z.string(),
  modelId: z.string().nullable(),
  modelName: z.string().nullable(),
  upstreamUrl: z.string().nullable(),
  weight: z.number(),
  position: z.number(),
  isFallback: z.boolean(),
});

export const routeSchema = z.object({
  id: z.string(),
  productId: z.string(),
  name: z.string(),
  priority: z.number(),
  match: z.record(z.string(), z.unknown()),
  strategy: z.enum(ROUTE_STRATEGIES),
  strategyConfig: z.record(z.string(), z.unknown()),
  targets: z.array(targetSchema),
  retries: z.number(),
  timeoutMs: z.number(),
  cacheEnabled: z.boolean(),
  cacheTtlSeconds: z.number(),
  region: z.string().nullable(),
  enabled: z.boolean(),
  createdAt: timestamp,
  updatedAt: timestamp,
});

export const routePageSchema = pageSchema(routeSchema);
