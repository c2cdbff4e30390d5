import {
  createPrismaClient,
  loadSnapshotRows,
  readConfigVersions,
  type DbClient,
} from '@gatehouse/db';
import { configChannelName } from '@gatehouse/service-kit';
import {
  buildSnapshot,
  decryptSecret,
  GatewayError,
  type ConfigVersionRow,
  type DecryptCredentials,
  type PolicySnapshot,
  type SnapshotRows,
} from '@gatehouse/shared';
import { performance } from 'node:perf_hooks';
import type { Logger } from 'pino';
import type { GatewayEnv } from '../env.js';
import { ConfigSubscriber } from './config-subscriber.js';

/** Where snapshots come from: the database in production, anything in tests. */
export type SnapshotSource = {
  loadRows(): Promise<SnapshotRows>;
  readVersions(): Promise<ConfigVersionRow[]>;
  close(): Promise<void>;
};

export type PolicySnapshotOptions = {
  source: SnapshotSource;
  decryptCredentials: DecryptCredentials;
  logger: Logger;
  /** null = single-node: no pub/sub, the poll alone notices changes. */
  redisUrl: string | null;
  channel: string;
  pollIntervalMs: number;
  /** Wait this long after a message before rebuilding, so a burst costs one rebuild. */
  debounceMs?: number;
  now?: () => Date;
};

/** Snapshot health for /readyz and /metrics. */
export type SnapshotStats = {
  ready: boolean;
  /** Sum of the orgs' config versions in the current snapshot (null before the first build). */
  version: string | null;
  builtAt: Date | null;
  /** Successful builds since the process started (the boot build included). */
  rebuilds: number;
  /** Failed loads or polls (Postgres away); the last snapshot kept serving. */
  failures: number;
  lastError: string | null;
  lastBuildMs: number | null;
  /** Configuration the last build could not use (see PolicySnapshot.problems). */
  problems: number;
  /** Whether the config channel subscription is live (false in single-node mode). */
  subscribed: boolean;
};

const DEFAULT_DEBOUNCE_MS = 25;
// With no snapshot yet every request gets a 503, so a failed first build is retried this often,
// not only at the (possibly 10 s) poll.
const FIRST_BUILD_RETRY_MS = 1_000;
// While Postgres is away a 1 s poll would log every second; one line per minute is enough.
const FAILURE_LOG_EVERY_MS = 60_000;

const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error));

function versionsDiffer(snapshot: PolicySnapshot, rows: ConfigVersionRow[]): boolean {
  if (rows.length !== snapshot.configVersions.size) return true;
  return rows.some((row) => snapshot.configVersions.get(row.orgId) !== row.version);
}

/** The database as a snapshot source, with its own small pool. */
export function databaseSnapshotSource(databaseUrl: string): SnapshotSource {
  const db: DbClient = createPrismaClient(databaseUrl, {
    maxConnections: 2,
    applicationName: 'gatehouse-gateway-snapshot',
  });
  return {
    loadRows: () => loadSnapshotRows(db),
    readVersions: () => readConfigVersions(db),
    close: () => db.$disconnect(),
  };
}

/**
 * Holds the gateway's policy snapshot: built at boot, rebuilt within a second of a message on the
 * config channel (bursts coalesced), and when a poll of the config versions sees a change the
 * channel missed. When Postgres is away the last snapshot keeps serving; failures are counted.
 * A plain class (tests construct it directly); SnapshotModule makes it a Nest provider.
 */
export class PolicySnapshotService {
  private snapshot: PolicySnapshot | null = null;
  private readonly subscriber: ConfigSubscriber | null;
  private pollTimer: NodeJS.Timeout | null = null;
  private debounceTimer: NodeJS.Timeout | null = null;
  private draining: Promise<void> | null = null;
  private dirty = false;
  private stale = true;
  private counters = { rebuilds: 0, failures: 0, lastBuildMs: null as number | null };
  private lastError: string | null = null;
  private lastFailureLogAt = -Infinity;
  private closed = false;
  private retryTimer: NodeJS.Timeout | null = null;

  constructor(private readonly options: PolicySnapshotOptions) {
    this.subscriber =
      options.redisUrl === null
        ? null
        : new ConfigSubscriber({
            redisUrl: options.redisUrl,
            channel: options.channel,
            logger: options.logger,
            onChange: () => this.requestRebuild(),
            onResubscribed: () => this.requestRebuild(),
          });
  }

  /** From the gateway's env: Postgres source, ENCRYPTION_KEY, Redis channel and poll interval. */
  static fromEnv(env: GatewayEnv, logger: Logger): PolicySnapshotService {
    return new PolicySnapshotService({
      source: databaseSnapshotSource(env.DATABASE_URL),
      decryptCredentials: (sealed) => decryptSecret(sealed, env.ENCRYPTION_KEY),
      logger,
      redisUrl: env.SINGLE_NODE ? null : env.REDIS_URL,
      channel: configChannelName(env.REDIS_KEY_PREFIX),
      pollIntervalMs: env.CONFIG_POLL_INTERVAL_MS,
    });
  }

  /** Builds the first snapshot (a failure is logged, not thrown), subscribes and starts polling. */
  async start(): Promise<void> {
    this.subscriber?.start();
    this.dirty = true;
    await this.drain();
    this.pollTimer = setInterval(() => void this.poll(), this.options.pollIntervalMs);
    this.pollTimer.unref();
  }

  async close(): Promise<void> {
    this.closed = true;
    if (this.pollTimer) clearInterval(this.pollTimer);
    if (this.debounceTimer) clearTimeout(this.debounceTimer);
    if (this.retryTimer) clearTimeout(this.retryTimer);
    await this.draining;
    await this.subscriber?.close();
    await this.options.source.close();
  }

  /** The snapshot to authorize against; a 503 GatewayError before the first successful build. */
  current(): PolicySnapshot {
    if (this.snapshot !== null) return this.snapshot;
    throw new GatewayError(
      'service_unavailable',
      'The gateway has not loaded its configuration yet; retry shortly.',
    );
  }

  isReady(): boolean {
    return this.snapshot !== null;
  }

  stats(): SnapshotStats {
    return {
      ready: this.snapshot !== null,
      version: this.snapshot?.version ?? null,
      builtAt: this.snapshot?.builtAt ?? null,
      rebuilds: this.counters.rebuilds,
      failures: this.counters.failures,
      lastError: this.lastError,
      lastBuildMs: this.counters.lastBuildMs,
      problems: this.snapshot?.problems.length ?? 0,
      subscribed: this.subscriber?.isSubscribed() ?? false,
    };
  }

  /** Asks for a rebuild soon; any number of calls within the debounce window cost one. */
  requestRebuild(): void {
    this.dirty = true;
    if (this.closed || this.debounceTimer !== null || this.draining !== null) return;
    this.debounceTimer = setTimeout(() => {
      this.debounceTimer = null;
      void this.drain();
    }, this.options.debounceMs ?? DEFAULT_DEBOUNCE_MS);
  }

  /** One poll of the config versions (also run by the timer); rebuilds when they moved. */
  async poll(): Promise<void> {
    if (this.closed) return;
    if (this.stale || this.snapshot === null) return this.requestRebuild();
    try {
      const versions = await this.options.source.readVersions();
      if (this.snapshot !== null && versionsDiffer(this.snapshot, versions)) this.requestRebuild();
    } catch (error) {
      this.recordFailure('config version poll', error);
    }
  }

  // Rebuilds until no request came in meanwhile; one at a time.
  private drain(): Promise<void> {
    if (this.draining !== null) return this.draining;
    this.draining = (async () => {
      while (this.dirty && !this.closed) {
        this.dirty = false;
        await this.rebuild();
      }
    })().finally(() => (this.draining = null));
    return this.draining;
  }

  private async rebuild(): Promise<void> {
    const started = performance.now();
    try {
      const rows = await this.options.source.loadRows();
      const now = this.options.now?.() ?? new Date();
      const next = buildSnapshot(rows, {
        decryptCredentials: this.options.decryptCredentials,
        now,
      });
      this.reportProblems(next);
      this.snapshot = next;
      this.stale = false;
      this.counters.rebuilds += 1;
      this.counters.lastBuildMs = performance.now() - started;
      if (this.lastError !== null) this.options.logger.info('policy snapshot: Postgres is back');
      this.lastError = null;
      this.lastFailureLogAt = -Infinity;
    } catch (error) {
      this.stale = true;
      this.recordFailure('rebuild', error);
      if (this.snapshot === null) this.retryFirstBuild();
    }
  }

  private retryFirstBuild(): void {
    if (this.closed || this.retryTimer !== null) return;
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      this.requestRebuild();
    }, FIRST_BUILD_RETRY_MS);
    this.retryTimer.unref();
  }

  private recordFailure(what: string, error: unknown): void {
    this.counters.failures += 1;
    this.lastError = `${what}: ${errorText(error)}`;
    const at = performance.now();
    if (at - this.lastFailureLogAt < FAILURE_LOG_EVERY_MS) return;
    this.lastFailureLogAt = at;
    this.options.logger.warn(
      { err: { message: errorText(error) }, failures: this.counters.failures },
      this.snapshot === null
        ? `policy snapshot ${what} failed; no configuration yet, requests get 503`
        : `policy snapshot ${what} failed; serving the last snapshot (version ${this.snapshot.version})`,
    );
  }

  // Problems name rows and reasons, never secrets; logged when they change, not every rebuild.
  private reportProblems(next: PolicySnapshot): void {
    const before = new Set(this.snapshot?.problems.map((p) => p.message) ?? []);
    for (const problem of next.problems) {
      if (!before.has(problem.message)) {
        this.options.logger.warn({ problem }, `policy snapshot: ${problem.message}`);
      }
    }
  }
}
