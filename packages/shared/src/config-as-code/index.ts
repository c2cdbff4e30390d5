export * from './config-documents.js';
export * from './parse-config-yaml.js';
export * from './stringify-config-yaml.js';
export * from './secret-placeholders.js';
export * from './canonical-json.js';
export * from './validate-config-documents.js';
export * from './plan-config-changes.js';
export * from './check-provider-documents.js';
