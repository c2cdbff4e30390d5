export * from './count-text-tokens.js';
export * from './estimate-chat-input-tokens.js';
export * from './estimate-embedding-input-tokens.js';
