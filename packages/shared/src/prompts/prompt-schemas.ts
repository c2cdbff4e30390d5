import { z } from 'zod';
import type { ChatContentPart } from '../llm/chat-types.js';

/** Variable names as they appear inside `{{ }}`. */
export const PROMPT_VARIABLE_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

export const PROMPT_VARIABLE_TYPES = ['string', 'number', 'boolean'] as const;
export type PromptVariableType = (typeof PROMPT_VARIABLE_TYPES)[number];

export const promptVariableSchema = z
  .object({
    type: z.enum(PROMPT_VARIABLE_TYPES),
    required: z.boolean().optional(),
    description: z.string().max(500).optional(),
    default: z.union([z.string(), z.number(), z.boolean()]).optional(),
  })
  .strict();

/** `{ name: { type, required?, description?, default? } }` */
export const promptVariablesSchema = z.record(
  z.string().regex(PROMPT_VARIABLE_NAME, 'variable names are letters, digits and _'),
  promptVariableSchema,
);

const contentPartSchema = z.union([
  z.object({ type: z.literal('text'), text: z.string() }),
  z.object({
    type: z.literal('image_url'),
    image_url: z.object({
      url: z.string().min(1),
      detail: z.enum(['auto', 'low', 'high']).optional(),
    }),
  }),
]);

export const promptMessageSchema = z.object({
  role: z.enum(['system', 'developer', 'user', 'assistant']),
  content: z.union([z.string(), z.array(contentPartSchema).min(1)]),
});

export const promptParametersSchema = z.record(z.string(), z.unknown());

export type PromptVariable = z.infer<typeof promptVariableSchema>;
export type PromptVariables = z.infer<typeof promptVariablesSchema>;
export type PromptMessage = {
  role: 'system' | 'developer' | 'user' | 'assistant';
  content: string | ChatContentPart[];
};

/** One immutable version as the admin API stores it and the gateway snapshot holds it. */
export type PromptVersionData = {
  id: string;
  version: number;
  messages: PromptMessage[];
  variables: PromptVariables;
  model: string | null;
  parameters: Record<string, unknown>;
};

/** A label's split: versions by number with integer weights (one entry = no split). */
export type PromptLabelSplit = Array<{ version: number; weight: number }>;

/** A template with its versions and labels (label name → split), e.g. from the gateway snapshot. */
export type PromptTemplateData = {
  slug: string;
  versions: PromptVersionData[];
  labels: Record<string, PromptLabelSplit>;
};

export const PROMPT_LABEL_NAME = /^[a-z][a-z0-9-]{0,39}$/;

/** Body of "move this label": one version (promote / roll back) or several with weights (A/B). */
export const promptLabelSplitSchema = z
  .array(
    z.object({
      version: z.number().int().min(1),
      weight: z.number().int().min(0).max(10_000).default(100),
    }),
  )
  .min(1)
  .max(10)
  .refine((s) => new Set(s.map((e) => e.version)).size === s.length, 'a version appears twice')
  .refine((s) => s.some((e) => e.weight > 0), 'at least one weight must be above 0');
