export * from './compute-cost-micros.js';
export * from './parse-usd-micros.js';
