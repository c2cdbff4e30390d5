import type { GatewayMetrics } from '../io/gateway-metrics.js';
import type { PolicySnapshotService } from '../io/policy-snapshot.service.js';
import type { UsageSink } from '../io/usage-sink.js';

/** Snapshot and usage-sink state as gauges, read at scrape time. */
export function registerRuntimeGauges(
  metrics: GatewayMetrics,
  snapshots: PolicySnapshotService,
  sink: UsageSink,
): void {
  const snap = () => snapshots.stats();
  metrics.addGauge(
    'gatehouse_snapshot_ready',
    'Whether a policy snapshot is loaded (1) or not (0)',
    () => (snap().ready ? 1 : 0),
  );
  metrics.addGauge(
    'gatehouse_snapshot_version',
    'Sum of the config versions the snapshot was built from',
    () => Number(snap().version ?? 0),
  );
  metrics.addGauge('gatehouse_snapshot_age_seconds', 'Seconds since the snapshot was built', () => {
    const builtAt = snap().builtAt;
    return builtAt === null ? 0 : (Date.now() - builtAt.getTime()) / 1000;
  });
  metrics.addGauge(
    'gatehouse_snapshot_rebuilds',
    'Snapshot rebuilds since start',
    () => snap().rebuilds,
  );
  metrics.addGauge(
    'gatehouse_snapshot_failures',
    'Failed snapshot rebuilds since start',
    () => snap().failures,
  );
  metrics.addGauge(
    'gatehouse_snapshot_problems',
    'Configuration rows the snapshot could not use',
    () => snap().problems,
  );
  const usage = () => sink.stats();
  metrics.addGauge(
    'gatehouse_usage_buffered_events',
    'Usage events waiting to be flushed',
    () => usage().buffered,
  );
  metrics.addGauge(
    'gatehouse_usage_flushed_events',
    'Usage events handed to the ledger since start',
    () => usage().flushedEvents,
  );
  metrics.addGauge(
    'gatehouse_usage_dropped_events',
    'Usage events dropped because the buffer was full',
    () => usage().dropped,
  );
}
