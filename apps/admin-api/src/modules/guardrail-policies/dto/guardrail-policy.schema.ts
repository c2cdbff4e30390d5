import { guardrailRulesSchema } from '@gatehouse/shared';
import { z } from 'zod';
import { paginationQuerySchema } from '../../../http/pagination.js';
import { pageSchema, queryBoolean, timestamp } from '../../resource-support/page-schema.js';

const rules = guardrailRulesSchema.describe(
  '{ detectors: [{ kind, action }], injection?: { threshold 0..1, action } }',
);

export const createGuardrailPolicySchema = z.strictObject({
  name: z.string().trim().min(1).max(100),
  description: z.string().max(2000).default(''),
  isDefault: z.boolean().default(false).describe('applied to products that name no policy'),
  input: rules.default({ detectors: [] }),
  output: rules.default({ detectors: [] }),
  enabled: z.boolean().default(true),
});

export const updateGuardrailPolicySchema = z.strictObject({
  name: z.string().trim().min(1).max(100).optional(),
  description: z.string().max(2000).optional(),
  isDefault: z.boolean().optional(),
  input: rules.optional(),
  output: rules.optional(),
  enabled: z.boolean().optional(),
});

export const listGuardrailPoliciesQuerySchema = paginationQuerySchema.extend({
  enabled: queryBoolean.optional(),
});

export type CreateGuardrailPolicyInput = z.infer<typeof createGuardrailPolicySchema>;
export type UpdateGuardrailPolicyInput = z.infer<typeof updateGuardrailPolicySchema>;
export type ListGuardrailPoliciesQuery = z.infer<typeof listGuardrailPoliciesQuerySchema>;

export const guardrailPolicySchema = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string(),
  isDefault: z.boolean(),
  input: z.record(z.string(), z.unknown()),
  output: z.record(z.string(), z.unknown()),
  enabled: z.boolean(),
  productCount: z.number().describe('products that name this policy'),
  createdAt: timestamp,
  updatedAt: timestamp,
});

export const guardrailPolicyPageSchema = pageSchema(guardrailPolicySchema);
