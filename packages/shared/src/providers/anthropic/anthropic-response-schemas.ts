import { z } from 'zod';

// Narrow schemas: only the fields Gatehouse reads, loose so new fields never break parsing.

export const anthropicUsageSchema = z.looseObject({
  input_tokens: z.number().nullish(),
  output_tokens: z.number().nullish(),
  cache_creation_input_tokens: z.number().nullish(),
  cache_read_input_tokens: z.number().nullish(),
});

const contentBlockSchema = z.looseObject({
  type: z.string(),
  text: z.string().optional(),
  id: z.string().optional(),
  name: z.string().optional(),
  input: z.unknown().optional(),
});

export const anthropicMessageSchema = z.looseObject({
  id: z.string(),
  type: z.literal('message'),
  content: z.array(contentBlockSchema),
  stop_reason: z.string().nullish(),
  usage: anthropicUsageSchema,
});

export const anthropicErrorBodySchema = z.looseObject({
  type: z.literal('error'),
  error: z.looseObject({ type: z.string(), message: z.string() }),
});

/** One streaming event's data, discriminated by `type`; unknown types are kept for skipping. */
export const anthropicStreamDataSchema = z.looseObject({
  type: z.string(),
  index: z.number().optional(),
  message: z.looseObject({ id: z.string(), usage: anthropicUsageSchema.optional() }).optional(),
  content_block: contentBlockSchema.optional(),
  delta: z
    .looseObject({
      type: z.string().optional(),
      text: z.string().optional(),
      partial_json: z.string().optional(),
      stop_reason: z.string().nullish(),
    })
    .optional(),
  usage: anthropicUsageSchema.optional(),
  error: z.looseObject({ type: z.string(), message: z.string() }).optional(),
});

export type AnthropicUsage = z.infer<typeof anthropicUsageSchema>;
export type AnthropicStreamData = z.infer<typeof anthropicStreamDataSchema>;
