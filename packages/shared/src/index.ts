export * from './env/parse-env.js';
export * from './keys/index.js';
export * from './crypto/index.js';
export * from './pricing/index.js';
export * from './usage/index.js';
export * from './env/env-schemas.js';
export * from './health/summarize-readiness.js';
export * from './http/pick-request-id.js';
