export * from './chat-types.js';
export * from './provider-adapter.js';
