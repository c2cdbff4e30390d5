export * from './format-micros.js';
export * from './write-csv.js';
export * from './month-range.js';
export * from './budget-period.js';
export * from './compute-budget-status.js';
export * from './focus-row.js';
export * from './rollup-range.js';
