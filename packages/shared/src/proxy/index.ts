export * from './forwardable-headers.js';
export * from './pick-weighted-target.js';
