export * from './subscription-transitions.js';
