export * from './robust-z-score.js';
export * from './anomaly-thresholds.js';
export * from './detect-usage-anomalies.js';
