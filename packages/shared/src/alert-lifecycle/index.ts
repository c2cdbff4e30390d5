export * from './alert-transitions.js';
