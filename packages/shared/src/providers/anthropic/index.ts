export * from './anthropic-adapter.js';
export type * from './anthropic-request-types.js';
export { fromAnthropicResponse } from './from-anthropic-response.js';
export { mapAnthropicError, readAnthropicError } from './map-anthropic-error.js';
export { mapAnthropicStopReason } from './map-anthropic-stop-reason.js';
export { mapAnthropicUsage } from './map-anthropic-usage.js';
export { createAnthropicStreamReducer } from './parse-anthropic-stream.js';
export {
  ANTHROPIC_VERSION,
  DEFAULT_ANTHROPIC_MAX_TOKENS,
  toAnthropicBody,
  toAnthropicRequest,
} from './to-anthropic-request.js';
