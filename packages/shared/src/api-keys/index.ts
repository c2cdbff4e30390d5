export * from './api-key-lifecycle.js';
