export * from './provider-registry.js';
export * from './openai/index.js';
export * from './azure-openai/index.js';
export * from './mistral/index.js';
export * from './openai-compatible/index.js';
export { mapUpstreamStatus, type VendorError } from './common/map-upstream-status.js';
export { splitSseText } from './common/split-sse-text.js';
export { assembleChatChunks, type AssembledChoice } from './common/assemble-chat-chunks.js';
