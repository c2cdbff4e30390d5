export * from './chat-types.js';
export * from './provider-adapter.js';
export * from './invalid-request-error.js';
export * from './parse-chat-request.js';
export * from './parse-embeddings-request.js';
export * from './anthropic-messages/index.js';
