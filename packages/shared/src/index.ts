export * from './env/parse-env.js';
