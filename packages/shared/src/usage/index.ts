export * from './bucket-start.js';
export * from './dimension-key.js';
export * from './latency-histogram.js';
export * from './rollup-usage-events.js';
export * from './usage-event-message.js';
export * from './parse-usage-batch.js';
