import { z } from 'zod';

// The caller-facing schema of POST /v1/chat/completions: every field Gatehouse models, checked
// with OpenAI's types and ranges. Nested objects are stripped of unknown keys (what Gatehouse
// does not model it cannot translate for other vendors); unknown top-level fields are kept apart
// by the parser and passed to OpenAI-family upstreams.

const NAME_PATTERN = /^[a-zA-Z0-9_-]{1,64}$/;

const textPart = z.object({ type: z.literal('text'), text: z.string() });
const imagePart = z.object({
  type: z.literal('image_url'),
  image_url: z.object({ url: z.string(), detail: z.enum(['auto', 'low', 'high']).optional() }),
});
const textContent = z.union([z.string(), z.array(textPart).min(1)]);
const userContent = z.union([
  z.string(),
  z.array(z.discriminatedUnion('type', [textPart, imagePart])).min(1),
]);

const toolCall = z.object({
  id: z.string(),
  type: z.literal('function'),
  function: z.object({ name: z.string(), arguments: z.string() }),
});

const chatMessage = z.discriminatedUnion('role', [
  z.object({
    role: z.enum(['system', 'developer']),
    content: textContent,
    name: z.string().optional(),
  }),
  z.object({ role: z.literal('user'), content: userContent, name: z.string().optional() }),
  z.object({
    role: z.literal('assistant'),
    content: textContent.nullish(),
    tool_calls: z.array(toolCall).optional(),
    name: z.string().optional(),
    refusal: z.string().nullish(),
  }),
  // tool_call_id is checked by a rule so the error reads like OpenAI's.
  z.object({ role: z.literal('tool'), content: textContent, tool_call_id: z.string().optional() }),
]);

const tool = z.object({
  type: z.literal('function'),
  function: z.object({
    name: z.string().regex(NAME_PATTERN),
    description: z.string().optional(),
    parameters: z.record(z.string(), z.unknown()).optional(),
    strict: z.boolean().nullish(),
  }),
});

const toolChoice = z.union([
  z.enum(['none', 'auto', 'required']),
  z.object({ type: z.literal('function'), function: z.object({ name: z.string() }) }),
]);

const responseFormat = z.discriminatedUnion('type', [
  z.object({ type: z.literal('text') }),
  z.object({ type: z.literal('json_object') }),
  z.object({
    type: z.literal('json_schema'),
    json_schema: z.object({
      name: z.string().regex(NAME_PATTERN),
      description: z.string().optional(),
      schema: z.record(z.string(), z.unknown()).optional(),
      strict: z.boolean().nullish(),
    }),
  }),
]);

const positiveInt = z.number().int().min(1);

export const chatRequestSchema = z.object({
  model: z.string(),
  messages: z.array(chatMessage).min(1),
  stream: z.boolean().nullish(),
  stream_options: z.object({ include_usage: z.boolean().optional() }).nullish(),
  temperature: z.number().min(0).max(2).nullish(),
  top_p: z.number().min(0).max(1).nullish(),
  max_tokens: positiveInt.nullish(),
  max_completion_tokens: positiveInt.nullish(),
  stop: z.union([z.string(), z.array(z.string()).max(4)]).nullish(),
  n: z.number().int().min(1).max(128).nullish(),
  presence_penalty: z.number().min(-2).max(2).nullish(),
  frequency_penalty: z.number().min(-2).max(2).nullish(),
  seed: z.number().int().nullish(),
  user: z.string().optional(),
  tools: z.array(tool).max(128).optional(),
  tool_choice: toolChoice.optional(),
  parallel_tool_calls: z.boolean().optional(),
  response_format: responseFormat.optional(),
});

export type ParsedChatBody = z.infer<typeof chatRequestSchema>;

/** The top-level fields the schema models; every other field goes to `ChatRequest.extra`. */
export const MODELLED_CHAT_FIELDS: ReadonlySet<string> = new Set(
  Object.keys(chatRequestSchema.shape),
);
