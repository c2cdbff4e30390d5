export * from './env/parse-env.js';
export * from './keys/index.js';
export * from './crypto/index.js';
export * from './pricing/index.js';
export * from './usage/index.js';
