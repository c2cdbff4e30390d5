export * from './gateway-security.js';
export * from './resolve-product-models.js';
export * from './ai-product-schemas.js';
export * from './build-ai-product-openapi.js';
export * from './wrap-rest-product-openapi.js';
