export * from './generate-api-key.js';
export * from './hash-api-key.js';
export * from './key-prefix.js';
