/**
 * Every BullMQ queue, by job kind. A new job kind joins with one line; names never contain ":"
 * (BullMQ refuses them) and never change (jobs in flight live under the old name).
 */
export const QUEUE_NAMES = {
  /** Batches of usage events from the gateways, written to the ledger by admin-api workers. */
  usage: 'usage-ledger',
  /** Usage events that failed validation, kept for inspection; nothing consumes this queue. */
  usageDeadLetter: 'usage-ledger-dead',
  /** Ledger maintenance: the monthly job that creates UsageEvent partitions ahead of time. */
  usagePartitions: 'usage-partitions',
  /** Budget threshold checks (every few minutes): one alert per budget, period and threshold. */
  budgetAlerts: 'budget-alerts',
  /** Hourly anomaly detection on per-application cost, tokens and error rate. */
  anomalyDetection: 'anomaly-detection',
  /** One job per (alert, webhook channel): signed POST, retried with backoff. */
  alertDelivery: 'alert-delivery',
} as const satisfies Record<string, string>;

export type QueueName = (typeof QUEUE_NAMES)[keyof typeof QUEUE_NAMES];

/**
 * BullMQ's key prefix under the deployment's Redis key prefix. BullMQ's Lua scripts touch several
 * keys of a queue at once, which Redis Cluster allows only within one hash slot: the `{bullmq}`
 * hash tag puts every queue key in the same slot. The deployment prefix itself must not contain
 * braces (the first `{…}` of a key is its hash tag).
 */
export function bullmqPrefix(redisKeyPrefix: string): string {
  return `${redisKeyPrefix}gatehouse:{bullmq}`;
}
