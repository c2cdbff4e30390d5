export * from './format-usd-micros.js';
export * from './check-openapi-document.js';
export * from './check-route-targets.js';
