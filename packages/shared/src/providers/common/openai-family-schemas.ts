import { z } from 'zod';

// Narrow schemas of the OpenAI Chat Completions wire format as OpenAI, Azure, Mistral and the
// OpenAI-compatible servers (vLLM, Ollama, Groq, Together) send it: only the fields translated,
// and tolerant where those vendors differ (content as parts, tool-call deltas without `index`,
// arguments as objects), so that a vendor adding fields never breaks the gateway.

export const usageSchema = z.object({
  prompt_tokens: z.number().int().min(0),
  completion_tokens: z.number().int().min(0).default(0),
  total_tokens: z.number().int().min(0).optional(),
  prompt_tokens_details: z.object({ cached_tokens: z.number().int().nullish() }).nullish(),
  completion_tokens_details: z.object({ reasoning_tokens: z.number().int().nullish() }).nullish(),
});

export type VendorUsage = z.infer<typeof usageSchema>;

const contentPart = z.object({ type: z.string(), text: z.string().optional() });
/** A string, or (Mistral, reasoning models) a list of typed parts of which `text` ones are shown. */
export const contentSchema = z.union([z.string(), z.array(contentPart)]).nullish();

const functionCall = z.object({
  name: z.string(),
  arguments: z.union([z.string(), z.record(z.string(), z.unknown())]),
});

export const completionSchema = z.object({
  id: z.string().optional(),
  created: z.number().int().optional(),
  choices: z.array(
    z.object({
      index: z.number().int().default(0),
      message: z.object({
        content: contentSchema,
        tool_calls: z.array(z.object({ id: z.string(), function: functionCall })).nullish(),
        refusal: z.string().nullish(),
      }),
      finish_reason: z.string().nullish(),
    }),
  ),
  usage: usageSchema.nullish(),
  system_fingerprint: z.string().nullish(),
});

export type VendorCompletion = z.infer<typeof completionSchema>;

export const toolCallDeltaSchema = z.object({
  index: z.number().int().min(0).optional(),
  id: z.string().nullish(),
  function: z
    .object({
      name: z.string().nullish(),
      arguments: z.union([z.string(), z.record(z.string(), z.unknown())]).nullish(),
    })
    .nullish(),
});

export type VendorToolCallDelta = z.infer<typeof toolCallDeltaSchema>;

export const errorObjectSchema = z.object({
  message: z.string().nullish(),
  type: z.string().nullish(),
  code: z.union([z.string(), z.number()]).nullish(),
  param: z.string().nullish(),
});

export const chunkSchema = z.object({
  id: z.string().optional(),
  created: z.number().int().optional(),
  choices: z
    .array(
      z.object({
        index: z.number().int().default(0),
        delta: z
          .object({
            role: z.string().nullish(),
            content: contentSchema,
            tool_calls: z.array(toolCallDeltaSchema).nullish(),
            refusal: z.string().nullish(),
          })
          .nullish(),
        finish_reason: z.string().nullish(),
      }),
    )
    .default([]),
  usage: usageSchema.nullish(),
  // Groq reports streamed usage here, on its last chunk.
  x_groq: z.object({ usage: usageSchema.nullish() }).nullish(),
  // OpenAI reports a failure after the stream started as a frame holding only `error`.
  error: errorObjectSchema.optional(),
});

export type VendorChunk = z.infer<typeof chunkSchema>;

export const embeddingsResponseSchema = z.object({
  data: z.array(
    z.object({
      index: z.number().int(),
      embedding: z.union([z.array(z.number()), z.string()]),
    }),
  ),
  usage: z
    .object({ prompt_tokens: z.number().int().min(0), total_tokens: z.number().int().optional() })
    .nullish(),
});
