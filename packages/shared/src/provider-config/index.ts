export * from './provider-config-schemas.js';
