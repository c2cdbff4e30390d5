import { z } from 'zod';

// Mistral's request bodies (its public API reference), strict as Mistral is: an unknown field is a
// 422 "Extra inputs are not permitted", so an adapter that leaks an OpenAI-only field fails here
// as it would upstream.
const textChunk = z.strictObject({ type: z.literal('text'), text: z.string() });
const imageChunk = z.strictObject({
  type: z.literal('image_url'),
  image_url: z.union([
    z.string(),
    z.strictObject({ url: z.string(), detail: z.string().optional() }),
  ]),
});
const contentChunk = z.discriminatedUnion('type', [textChunk, imageChunk]);
const content = z.union([z.string(), z.array(contentChunk)]);

const toolCall = z.strictObject({
  id: z.string().optional(),
  type: z.literal('function').optional(),
  function: z.strictObject({
    name: z.string(),
    arguments: z.union([z.string(), z.record(z.string(), z.unknown())]),
  }),
  index: z.number().int().optional(),
});

export const mistralMessageSchema = z.discriminatedUnion('role', [
  z.strictObject({ role: z.literal('system'), content }),
  z.strictObject({ role: z.literal('user'), content }),
  z.strictObject({
    role: z.literal('assistant'),
    content: content.nullish(),
    tool_calls: z.array(toolCall).nullish(),
    prefix: z.boolean().optional(),
  }),
  z.strictObject({
    role: z.literal('tool'),
    content,
    tool_call_id: z.string().nullish(),
    name: z.string().nullish(),
  }),
]);

const tool = z.strictObject({
  type: z.literal('function').optional(),
  function: z.strictObject({
    name: z.string(),
    description: z.string().optional(),
    parameters: z.record(z.string(), z.unknown()),
    strict: z.boolean().optional(),
  }),
});

const toolChoice = z.union([
  z.enum(['auto', 'none', 'any', 'required']),
  z.strictObject({
    type: z.literal('function').optional(),
    function: z.strictObject({ name: z.string() }),
  }),
]);

const responseFormat = z.strictObject({
  type: z.enum(['text', 'json_object', 'json_schema']),
  json_schema: z
    .strictObject({
      name: z.string(),
      description: z.string().nullish(),
      schema: z.record(z.string(), z.unknown()),
      strict: z.boolean().optional(),
    })
    .nullish(),
});

export const mistralChatSchema = z.strictObject({
  model: z.string(),
  messages: z.array(mistralMessageSchema),
  temperature: z.number().min(0).max(1.5).nullish(),
  top_p: z.number().min(0).max(1).optional(),
  max_tokens: z.number().int().min(0).nullish(),
  stream: z.boolean().optional(),
  stop: z.union([z.string(), z.array(z.string())]).optional(),
  random_seed: z.number().int().min(0).nullish(),
  response_format: responseFormat.optional(),
  tools: z.array(tool).nullish(),
  tool_choice: toolChoice.optional(),
  presence_penalty: z.number().min(-2).max(2).optional(),
  frequency_penalty: z.number().min(-2).max(2).optional(),
  n: z.number().int().min(1).nullish(),
  parallel_tool_calls: z.boolean().optional(),
  prediction: z.record(z.string(), z.unknown()).optional(),
  prompt_mode: z.literal('reasoning').nullish(),
  safe_prompt: z.boolean().optional(),
});

export type MistralChatBody = z.infer<typeof mistralChatSchema>;
export type MistralMessage = z.infer<typeof mistralMessageSchema>;

export const mistralEmbeddingsSchema = z.strictObject({
  model: z.string(),
  input: z.union([z.string(), z.array(z.string())]),
  output_dimension: z.number().int().min(1).nullish(),
  output_dtype: z.enum(['float', 'int8', 'uint8', 'binary', 'ubinary']).optional(),
  encoding_format: z.enum(['float', 'base64']).optional(),
});

export type MistralEmbeddingsBody = z.infer<typeof mistralEmbeddingsSchema>;
