import { z } from 'zod';

// Anthropic Messages request as Gatehouse's /v1/messages accepts it (anthropic-version 2023-06-01
// and 2026-10-21 bodies alike). Blocks are loose so cache_control, citations and new optional
// fields pass; what cannot be translated to another provider is rejected by the rules.

const cacheControl = z.looseObject({ type: z.literal('ephemeral') }).nullish();

const textBlock = z.looseObject({
  type: z.literal('text'),
  text: z.string(),
  cache_control: cacheControl,
});

const imageSource = z.discriminatedUnion('type', [
  z.looseObject({
    type: z.literal('base64'),
    media_type: z.enum(['image/jpeg', 'image/png', 'image/gif', 'image/webp']),
    data: z.string(),
  }),
  z.looseObject({ type: z.literal('url'), url: z.string() }),
  z.looseObject({ type: z.literal('file'), file_id: z.string() }),
]);

const imageBlock = z.looseObject({
  type: z.literal('image'),
  source: imageSource,
  cache_control: cacheControl,
});

const toolUseBlock = z.looseObject({
  type: z.literal('tool_use'),
  id: z.string(),
  name: z.string(),
  input: z.record(z.string(), z.unknown()),
  cache_control: cacheControl,
});

const toolResultBlock = z.looseObject({
  type: z.literal('tool_result'),
  tool_use_id: z.string(),
  content: z
    .union([z.string(), z.array(z.discriminatedUnion('type', [textBlock, imageBlock]))])
    .optional(),
  is_error: z.boolean().optional(),
  cache_control: cacheControl,
});

// Accepted so histories from Claude parse; not translatable, so thinking is dropped and
// documents are refused by a rule.
const thinkingBlock = z.looseObject({ type: z.enum(['thinking', 'redacted_thinking']) });
const documentBlock = z.looseObject({ type: z.literal('document') });

const contentBlock = z.discriminatedUnion('type', [
  textBlock,
  imageBlock,
  toolUseBlock,
  toolResultBlock,
  thinkingBlock,
  documentBlock,
]);

const messageParam = z.object({
  role: z.enum(['user', 'assistant', 'system']),
  content: z.union([z.string(), z.array(contentBlock)]),
});

const tool = z.looseObject({
  name: z
    .string()
    .regex(/^[a-zA-Z0-9_-]{1,128}$/, "String should match pattern '^[a-zA-Z0-9_-]{1,128}$'"),
  type: z.string().nullish(),
  description: z.string().optional(),
  input_schema: z.looseObject({ type: z.literal('object') }).optional(),
  strict: z.boolean().optional(),
  cache_control: cacheControl,
});

const parallel = { disable_parallel_tool_use: z.boolean().optional() };
const toolChoice = z.discriminatedUnion('type', [
  z.looseObject({ type: z.literal('auto'), ...parallel }),
  z.looseObject({ type: z.literal('any'), ...parallel }),
  z.looseObject({ type: z.literal('tool'), name: z.string(), ...parallel }),
  z.looseObject({ type: z.literal('none') }),
]);

const outputConfig = z.looseObject({
  format: z
    .looseObject({ type: z.literal('json_schema'), schema: z.record(z.string(), z.unknown()) })
    .nullish(),
});

export const anthropicMessagesRequestSchema = z.looseObject({
  model: z.string().min(1),
  messages: z.array(messageParam),
  max_tokens: z.number().int().min(1),
  system: z.union([z.string(), z.array(textBlock)]).optional(),
  tools: z.array(tool).optional(),
  tool_choice: toolChoice.optional(),
  stop_sequences: z.array(z.string()).optional(),
  stream: z.boolean().optional(),
  temperature: z.number().min(0).max(1).optional(),
  top_p: z.number().min(0).max(1).optional(),
  top_k: z.number().int().min(0).optional(),
  metadata: z.looseObject({ user_id: z.string().nullish() }).optional(),
  output_config: outputConfig.optional(),
  thinking: z.looseObject({ type: z.string() }).optional(),
  mcp_servers: z.array(z.unknown()).optional(),
});

/** The top-level fields of the Messages API (as of @anthropic-ai/sdk 1.13, plus sampling). */
export const ANTHROPIC_MESSAGES_FIELDS: ReadonlySet<string> = new Set([
  ...Object.keys(anthropicMessagesRequestSchema.shape),
  'cache_control',
  'container',
  'context_management',
  'diagnostics',
  'inference_geo',
  'service_tier',
  'speed',
  'user_profile_id',
  'workspace_id',
]);

export type AnthropicMessagesRequest = z.infer<typeof anthropicMessagesRequestSchema>;
export type AnthropicMessagesMessage = AnthropicMessagesRequest['messages'][number];
export type AnthropicMessagesBlock = Exclude<AnthropicMessagesMessage['content'], string>[number];
