import {
  GUARDRAIL_DETECTOR_KINDS,
  guardrailRulesSchema,
  INJECTION_FAMILIES,
} from '@gatehouse/shared';
import { z } from 'zod';

/** The longest text the test endpoints accept (characters). */
export const MAX_GUARDRAIL_TEST_CHARS = 100_000;

const text = z
  .string()
  .max(MAX_GUARDRAIL_TEST_CHARS)
  .describe(
    `the text to check (at most ${MAX_GUARDRAIL_TEST_CHARS} characters; never stored or logged)`,
  );

export const testSavedPolicySchema = z.strictObject({
  text,
  direction: z
    .enum(['input', 'output'])
    .default('input')
    .describe('which side of the policy to apply: input (prompts) or output (responses)'),
});

export const testDraftPolicySchema = z.strictObject({
  policy: guardrailRulesSchema.describe('one direction of a policy, as in `input` / `output`'),
  text,
});

export type TestSavedPolicyInput = z.infer<typeof testSavedPolicySchema>;
export type TestDraftPolicyInput = z.infer<typeof testDraftPolicySchema>;

export const guardrailTestResultSchema = z.object({
  verdict: z.enum(['allow', 'block', 'redact', 'log']),
  findings: z
    .array(
      z.object({
        kind: z.enum(GUARDRAIL_DETECTOR_KINDS as [string, ...string[]]),
        start: z.number().describe('UTF-16 offset into the submitted text'),
        end: z.number(),
        action: z.enum(['redact', 'mask', 'block', 'log']),
        confidence: z.number(),
      }),
    )
    .describe('non-overlapping findings; the matched values themselves are never returned'),
  text: z.string().describe('the text with redact/block findings as [KIND] and masks applied'),
  injection: z
    .object({
      score: z.number(),
      matched: z.array(z.enum(INJECTION_FAMILIES)),
      threshold: z.number(),
      flagged: z.boolean(),
    })
    .nullable()
    .describe('null when the policy side has no enabled injection rule'),
  reason: z.string(),
});
