import { z } from 'zod';
import { paginationQuerySchema } from '../../../http/pagination.js';
import { pageSchema, queryBoolean, timestamp, uuid } from '../../resource-support/page-schema.js';

export const PRODUCT_KINDS = ['AI', 'REST', 'GRAPHQL'] as const;
const VISIBILITIES = ['PUBLIC', 'INTERNAL', 'PRIVATE'] as const;
const APPROVAL_MODES = ['AUTO', 'MANUAL'] as const;

const slug = z
  .string()
  .regex(
    /^[a-z0-9][a-z0-9-]{0,62}$/,
    'lowercase letters, digits and dashes (used in /apis/{slug})',
  );
const name = z.string().trim().min(1).max(100);
const openApiDocument = z
  .record(z.string(), z.unknown())
  .nullable()
  .describe('OpenAPI 3.x document of a REST/GraphQL product (AI products’ docs are generated)');
const upstreamCredentials = z
  .record(
    z.string().regex(/^[A-Za-z0-9-]{1,100}$/, 'must be an HTTP header name'),
    z.string().min(1).max(4096),
  )
  .nullable()
  .describe('write-only headers the gateway adds upstream (REST/GraphQL); encrypted at rest');

export const createProductSchema = z.strictObject({
  slug,
  name,
  description: z.string().max(5000).default(''),
  kind: z.enum(PRODUCT_KINDS),
  openApiDocument: openApiDocument.default(null),
  visibility: z.enum(VISIBILITIES).default('PUBLIC'),
  approvalMode: z.enum(APPROVAL_MODES).default('AUTO'),
  upstreamCredentials: upstreamCredentials.default(null),
  guardrailPolicyId: uuid.nullable().default(null),
});

export const updateProductSchema = z.strictObject({
  slug: slug.optional(),
  name: name.optional(),
  description: z.string().max(5000).optional(),
  openApiDocument: openApiDocument.optional(),
  visibility: z.enum(VISIBILITIES).optional(),
  approvalMode: z.enum(APPROVAL_MODES).optional(),
  upstreamCredentials: upstreamCredentials.optional().describe('replaces them; null clears them'),
  guardrailPolicyId: uuid.nullable().optional(),
});

export const listProductsQuerySchema = paginationQuerySchema.extend({
  kind: z.enum(PRODUCT_KINDS).optional(),
  visibility: z.enum(VISIBILITIES).optional(),
  includeArchived: queryBoolean.optional(),
});

export type CreateProductInput = z.infer<typeof createProductSchema>;
export type UpdateProductInput = z.infer<typeof updateProductSchema>;
export type ListProductsQuery = z.infer<typeof listProductsQuerySchema>;

export const productSchema = z.object({
  id: z.string(),
  slug: z.string(),
  name: z.string(),
  description: z.string(),
  kind: z.enum(PRODUCT_KINDS),
  visibility: z.enum(VISIBILITIES),
  approvalMode: z.enum(APPROVAL_MODES),
  guardrailPolicyId: z.string().nullable(),
  hasOpenApiDocument: z.boolean(),
  hasUpstreamCredentials: z.boolean().describe('upstream credentials are stored (never returned)'),
  openApiDocument: z
    .record(z.string(), z.unknown())
    .nullable()
    .optional()
    .describe('only on GET /products/{id}'),
  archivedAt: timestamp.nullable(),
  createdAt: timestamp,
  updatedAt: timestamp,
});

export const productPageSchema = pageSchema(productSchema);
