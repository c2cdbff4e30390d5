export * from './elide-secrets.js';
