export * from './budget-scope-target.js';
