import { z } from 'zod';
import { checkRegexSafety } from '../guardrails/check-regex-safety.js';

/** What a detector does with what it finds. */
export const GUARDRAIL_ACTIONS = ['redact', 'mask', 'block', 'log'] as const;
export type GuardrailAction = (typeof GUARDRAIL_ACTIONS)[number];

const actionSchema = z.enum(GUARDRAIL_ACTIONS);

/**
 * Detector kinds a policy may name, each with the options it takes. The detectors themselves
 * are GUARDRAIL_DETECTORS in ../guardrails/; a new kind joins both tables with one line.
 */
export const GUARDRAIL_DETECTOR_OPTIONS = {
  email: {},
  phone: {},
  credit_card: {},
  us_ssn: {},
  iban: {},
  ip_address: {},
  secret: {},
  custom_regex: {
    pattern: z
      .string()
      .min(1)
      .max(1000)
      .refine(isValidRegex, 'must be a valid regular expression')
      // No shapes that backtrack exponentially (see checkRegexSafety): the gateway cannot time
      // out a regex on its hot path.
      .superRefine((pattern, ctx) => {
        const unsafe = checkRegexSafety(pattern);
        if (unsafe !== null) ctx.addIssue({ code: 'custom', message: `unsafe pattern: ${unsafe}` });
      }),
    flags: z
      .string()
      .regex(/^[imsu]*$/, 'only the flags i, m, s and u')
      .optional(),
    label: z.string().min(1).max(100).optional(),
  },
  deny_words: { words: z.array(z.string().min(1).max(200)).min(1).max(1000) },
} as const satisfies Record<string, z.ZodRawShape>;

export type GuardrailDetectorKind = keyof typeof GUARDRAIL_DETECTOR_OPTIONS;

function isValidRegex(pattern: string): boolean {
  try {
    new RegExp(pattern);
    return true;
  } catch {
    return false;
  }
}

const detectorKinds = Object.keys(GUARDRAIL_DETECTOR_OPTIONS) as [
  GuardrailDetectorKind,
  ...GuardrailDetectorKind[],
];

/** The kinds as a list, for pickers in the portal and docs. */
export const GUARDRAIL_DETECTOR_KINDS: readonly GuardrailDetectorKind[] = detectorKinds;

// One strict object per kind, discriminated by `kind`, so an unknown option is a clear 400.
const detectorSchema = z.discriminatedUnion(
  'kind',
  detectorKinds.map((kind) =>
    z.strictObject({
      kind: z.literal(kind),
      action: actionSchema,
      ...GUARDRAIL_DETECTOR_OPTIONS[kind],
    }),
  ) as unknown as [z.ZodObject, ...z.ZodObject[]],
);

/** Prompt-injection scoring: block/log when the score (0..1) reaches the threshold. */
export const injectionRuleSchema = z.strictObject({
  enabled: z.boolean().default(true),
  threshold: z.number().min(0).max(1),
  action: z.enum(['block', 'log']),
});

/** One direction (input or output) of a guardrail policy. */
export const guardrailRulesSchema = z.strictObject({
  detectors: z.array(detectorSchema).max(50).default([]),
  injection: injectionRuleSchema.optional(),
});

/** A parsed direction of a policy; detectors carry `kind`, `action` and their kind's options. */
export type GuardrailRules = z.output<typeof guardrailRulesSchema>;
