export * from './guardrail-policy-schema.js';
