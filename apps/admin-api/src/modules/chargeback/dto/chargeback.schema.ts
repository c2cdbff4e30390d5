import { z } from 'zod';
import { timestamp } from '../../resource-support/page-schema.js';

export const chargebackQuerySchema = z.object({
  month: z
    .string()
    .regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'a month as YYYY-MM')
    .describe('UTC calendar month, YYYY-MM'),
});

export type ChargebackQuery = z.infer<typeof chargebackQuerySchema>;

const money = z.object({ micros: z.string(), usd: z.string() });

const totals = {
  id: z.string().nullable(),
  name: z.string(),
  requests: z.number(),
  inputTokens: z.string(),
  outputTokens: z.string(),
  cost: money,
};

const node = z.object(totals);

export const chargebackSchema = z.object({
  month: z.string(),
  from: timestamp,
  to: timestamp,
  requests: z.number(),
  cost: money,
  ledger: z
    .object({ cost: money, matches: z.boolean() })
    .describe('The ledger’s SUM of the month, to reconcile with the rollups’ total'),
  costCenters: z.array(node.extend({ teams: z.array(node) })),
});

export const chargebackDrillDownSchema = z.object({
  month: z.string(),
  from: timestamp,
  to: timestamp,
  costCenter: node.extend({
    teams: z.array(node.extend({ applications: z.array(node.extend({ models: z.array(node) })) })),
  }),
});
