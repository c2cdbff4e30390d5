export * from './encrypt-secret.js';
export * from './parse-encryption-key.js';
