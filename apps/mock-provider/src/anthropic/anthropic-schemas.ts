import { z } from 'zod';

const cacheControl = z.looseObject({ type: z.literal('ephemeral') }).nullish();
const textBlock = z.looseObject({
  type: z.literal('text'),
  text: z.string(),
  cache_control: cacheControl,
});
const imageBlock = z.looseObject({
  type: z.literal('image'),
  source: z.looseObject({ type: z.string() }),
});
const documentBlock = z.looseObject({
  type: z.literal('document'),
  source: z.looseObject({ type: z.string() }),
});
const toolUseBlock = z.looseObject({
  type: z.literal('tool_use'),
  id: z.string(),
  name: z.string(),
  input: z.record(z.string(), z.unknown()),
});
const toolResultBlock = z.looseObject({
  type: z.literal('tool_result'),
  tool_use_id: z.string(),
  content: z.union([z.string(), z.array(z.looseObject({ type: z.string() }))]).optional(),
  is_error: z.boolean().optional(),
});
const thinkingBlock = z.looseObject({ type: z.enum(['thinking', 'redacted_thinking']) });
const contentBlock = z.discriminatedUnion('type', [
  textBlock,
  imageBlock,
  documentBlock,
  toolUseBlock,
  toolResultBlock,
  thinkingBlock,
]);

export const anthropicMessageSchema = z.looseObject({
  role: z.enum(['user', 'assistant', 'system']),
  content: z.union([z.string(), z.array(contentBlock)]),
});

const customTool = z.looseObject({
  name: z
    .string()
    .regex(/^[a-zA-Z0-9_-]{1,128}$/, "String should match pattern '^[a-zA-Z0-9_-]{1,128}$'"),
  description: z.string().optional(),
  input_schema: z.looseObject({ type: z.literal('object') }),
  type: z.literal('custom').optional(),
});
// Server tools (web_search, bash, ...) carry a versioned `type` and no input_schema.
const serverTool = z.looseObject({ type: z.string().regex(/_\d{8}$/), name: z.string() });

const toolChoice = z.discriminatedUnion('type', [
  z.looseObject({ type: z.literal('auto'), disable_parallel_tool_use: z.boolean().optional() }),
  z.looseObject({ type: z.literal('any'), disable_parallel_tool_use: z.boolean().optional() }),
  z.looseObject({
    type: z.literal('tool'),
    name: z.string(),
    disable_parallel_tool_use: z.boolean().optional(),
  }),
  z.looseObject({ type: z.literal('none') }),
]);

const thinking = z.discriminatedUnion('type', [
  z.looseObject({ type: z.literal('enabled'), budget_tokens: z.number().int().min(1024) }),
  z.looseObject({ type: z.literal('adaptive') }),
  z.looseObject({ type: z.literal('disabled') }),
]);

// Structured outputs (`output_config.format`): the answer is JSON matching the schema.
const outputConfig = z.looseObject({
  effort: z.enum(['low', 'medium', 'high', 'xhigh', 'max']).nullish(),
  format: z
    .looseObject({ type: z.literal('json_schema'), schema: z.record(z.string(), z.unknown()) })
    .nullish(),
});

const messagesBase = {
  model: z.string(),
  output_config: outputConfig.optional(),
  cache_control: cacheControl,
  thinking: thinking.optional(),
  messages: z.array(anthropicMessageSchema),
  system: z.union([z.string(), z.array(textBlock)]).optional(),
  tools: z.array(z.union([customTool, serverTool])).optional(),
  tool_choice: toolChoice.optional(),
};

export const createMessageSchema = z.looseObject({
  ...messagesBase,
  max_tokens: z.number().int().min(1),
  stream: z.boolean().optional(),
  stop_sequences: z.array(z.string()).optional(),
  temperature: z.number().min(0).max(1).optional(),
  top_p: z.number().min(0).max(1).optional(),
  top_k: z.number().int().min(0).optional(),
  metadata: z.looseObject({ user_id: z.string().nullish() }).optional(),
});

export const countTokensSchema = z.looseObject(messagesBase);

export type CreateMessageBody = z.infer<typeof createMessageSchema>;
export type CountTokensBody = z.infer<typeof countTokensSchema>;
export type AnthropicMessage = z.infer<typeof anthropicMessageSchema>;

// Top-level fields of the Messages API (@anthropic-ai/sdk 1.13 types) plus sampling and beta
// fields older clients still send.
const SHARED_FIELDS = [
  'messages',
  'model',
  'system',
  'tools',
  'tool_choice',
  'thinking',
  'output_config',
  'cache_control',
  'speed',
  'user_profile_id',
  'workspace_id',
  'mcp_servers',
  'context_management',
];
export const MESSAGE_FIELDS: ReadonlySet<string> = new Set([
  ...SHARED_FIELDS,
  'max_tokens',
  'stream',
  'stop_sequences',
  'metadata',
  'service_tier',
  'container',
  'diagnostics',
  'inference_geo',
  'temperature',
  'top_p',
  'top_k',
]);
export const COUNT_TOKENS_FIELDS: ReadonlySet<string> = new Set(SHARED_FIELDS);
