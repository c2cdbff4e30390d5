export * from './build-orders-openapi.js';
export * from './order-schemas.js';
