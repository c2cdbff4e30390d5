export type * from './anthropic-message-types.js';
export {
  anthropicMessagesRequestSchema,
  type AnthropicMessagesRequest,
} from './anthropic-messages-schema.js';
export * from './create-anthropic-stream-encoder.js';
export * from './parse-anthropic-messages-request.js';
export * from './to-anthropic-error.js';
export * from './to-anthropic-message.js';
export { toChatRequest } from './to-chat-request.js';
