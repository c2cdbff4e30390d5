import { hostname } from 'node:os';
import { randomBytes } from 'node:crypto';
import type { UsageEventMessage } from '@gatehouse/shared';
import type { Logger } from 'pino';

/** A batch as it travels: the id is fixed when the batch is cut and reused by every retry. */
export type UsageBatch = { readonly batchId: string; readonly events: UsageEventMessage[] };

/** Where batches go: BullMQ (normal mode) or Postgres directly (single-node mode). */
export type UsageTransport = {
  /** Whether a send is worth trying now (e.g. Redis connected). */
  available(): boolean;
  /** Delivers one batch; resolves with how many events it refused as malformed (never retried). */
  send(batch: UsageBatch): Promise<number>;
  close(): Promise<void>;
};

export type UsageSinkOptions = {
  batchSize: number;
  flushIntervalMs: number;
  /** Most events held in memory (unsent and waiting for retry together). */
  bufferMax: number;
  logger: Logger;
  /** A send that has not answered by then counts as failed; the batch is retried (same id). */
  sendTimeoutMs?: number;
  retryMinMs?: number;
  retryMaxMs?: number;
  /** Minimum spacing of "buffer full" warnings; drops in between are summed into the next one. */
  dropLogIntervalMs?: number;
};

export type UsageSinkStats = {
  buffered: number;
  flushedEvents: number;
  flushedBatches: number;
  /** Events lost: buffer full (newest dropped), recorded after shutdown, or unsent at the deadline. */
  dropped: number;
  /** Events the transport refused as malformed (logged, never retried). */
  rejected: number;
  lastError: string | null;
};

const DEFAULTS = {
  sendTimeoutMs: 5_000,
  retryMinMs: 250,
  retryMaxMs: 5_000,
  dropLogIntervalMs: 10_000,
};

const errorMessage = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * The gateway's usage ledger buffer. `record()` is the only hot-path call: a push onto an array.
 * Events are cut into batches by size or age and sent one batch at a time; a batch that fails
 * stays at the head of the queue and is retried with backoff under the same batch id, so a send
 * that did land but timed out is deduplicated downstream (BullMQ job id, ledger primary key).
 *
 * When the buffer is full the NEWEST events are dropped (tail drop): batches already cut keep
 * their ids and contents, so retries stay idempotent, and record() stays O(1). Every drop is
 * counted in `stats().dropped` and logged (rate-limited, counts only, never event contents).
 */
export class UsageSink {
  private readonly opts: Required<UsageSinkOptions>;
  private readonly instanceId =
    `${hostname()}-${process.pid}-${randomBytes(3).toString('hex')}`.replace(
      /[^A-Za-z0-9_.-]/g,
      '_',
    );
  private current: UsageEventMessage[] = [];
  private readonly pending: UsageBatch[] = [];
  private pendingEvents = 0;
  private sequence = 0;
  private flushTimer: NodeJS.Timeout | null = null;
  private retryTimer: NodeJS.Timeout | null = null;
  private retryDelayMs = 0;
  private draining: Promise<void> | null = null;
  private closed = false;
  private flushedEvents = 0;
  private flushedBatches = 0;
  private dropped = 0;
  private rejected = 0;
  private lastError: string | null = null;
  private dropsUnlogged = 0;
  private lastDropLogAt = 0;
  private dropLogTimer: NodeJS.Timeout | null = null;

  constructor(
    private readonly transport: UsageTransport,
    options: UsageSinkOptions,
  ) {
    this.opts = { ...DEFAULTS, ...options };
  }

  /** Buffers one event. Synchronous and allocation-free apart from the array slot. */
  record(event: UsageEventMessage): void {
    if (this.closed || this.current.length + this.pendingEvents >= this.opts.bufferMax) {
      this.drop(1);
      return;
    }
    this.current.push(event);
    if (this.current.length >= this.opts.batchSize) {
      this.cut();
      this.kick();
    } else if (this.flushTimer === null) {
      this.flushTimer = setTimeout(this.onFlushTimer, this.opts.flushIntervalMs);
      this.flushTimer.unref();
    }
  }

  stats(): UsageSinkStats {
    return {
      buffered: this.current.length + this.pendingEvents,
      flushedEvents: this.flushedEvents,
      flushedBatches: this.flushedBatches,
      dropped: this.dropped,
      rejected: this.rejected,
      lastError: this.lastError,
    };
  }

  /** Sends what is buffered now (tests, readiness checks); resolves when the queue is drained or a send failed. */
  async flush(): Promise<void> {
    this.cut();
    this.clearRetry();
    await this.startDrain();
  }

  /**
   * Stops taking events and sends everything buffered, retrying until `deadlineMs` has passed.
   * What is still unsent then is counted as dropped and logged at error.
   */
  async close(deadlineMs = 10_000): Promise<void> {
    const deadline = Date.now() + deadlineMs;
    this.closed = true;
    this.cut();
    while (this.pending.length > 0 && Date.now() < deadline) {
      this.clearRetry();
      await Promise.race([this.startDrain(), sleep(deadline - Date.now())]);
      if (this.pending.length > 0)
        await sleep(Math.min(this.opts.retryMinMs, deadline - Date.now()));
    }
    this.clearRetry();
    if (this.dropLogTimer !== null) clearTimeout(this.dropLogTimer);
    const unsent = this.pendingEvents;
    if (unsent > 0) {
      this.dropped += unsent;
      this.opts.logger.error(
        { unsent, batches: this.pending.length, lastError: this.lastError },
        'usage: shutdown deadline passed with events unsent; they are lost',
      );
    }
    this.logDrops();
    await this.transport.close();
  }

  private readonly onFlushTimer = (): void => {
    this.flushTimer = null;
    this.cut();
    this.kick();
  };

  // Moves the events recorded so far into a batch of their own, with its id fixed for good.
  private cut(): void {
    if (this.flushTimer !== null) {
      clearTimeout(this.flushTimer);
      this.flushTimer = null;
    }
    if (this.current.length === 0) return;
    const events = this.current;
    this.current = [];
    this.sequence += 1;
    this.pending.push({ batchId: `usage-${this.instanceId}-${this.sequence}`, events });
    this.pendingEvents += events.length;
  }

  // Starts sending unless a send is running or a retry is scheduled.
  private kick(): void {
    if (this.draining === null && this.retryTimer === null) void this.startDrain();
  }

  private startDrain(): Promise<void> {
    this.draining ??= this.drain().finally(() => {
      this.draining = null;
    });
    return this.draining;
  }

  private async drain(): Promise<void> {
    for (let batch = this.pending[0]; batch !== undefined; batch = this.pending[0]) {
      const failure = await this.trySend(batch);
      if (failure !== null) {
        this.onFailure(failure);
        return;
      }
      this.pending.shift();
      this.pendingEvents -= batch.events.length;
      this.flushedBatches += 1;
      this.flushedEvents += batch.events.length;
      this.onSuccess();
    }
  }

  private async trySend(batch: UsageBatch): Promise<string | null> {
    if (!this.transport.available()) return 'transport unavailable';
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(new Error(`send timed out after ${this.opts.sendTimeoutMs} ms`)),
        this.opts.sendTimeoutMs,
      );
    });
    try {
      const refused = await Promise.race([this.transport.send(batch), timeout]);
      if (refused > 0) this.onRejected(batch, refused);
      return null;
    } catch (error) {
      return errorMessage(error);
    } finally {
      clearTimeout(timer);
    }
  }

  private onFailure(message: string): void {
    if (this.retryDelayMs === 0) {
      this.opts.logger.warn(
        { buffered: this.stats().buffered, error: message },
        'usage: cannot deliver events, buffering them and retrying',
      );
    }
    this.lastError = message;
    this.retryDelayMs = Math.min(
      Math.max(this.retryDelayMs * 2, this.opts.retryMinMs),
      this.opts.retryMaxMs,
    );
    if (this.closed) return;
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      this.cut();
      void this.startDrain();
    }, this.retryDelayMs);
    this.retryTimer.unref();
  }

  private onSuccess(): void {
    if (this.retryDelayMs === 0) return;
    this.retryDelayMs = 0;
    this.opts.logger.info(
      { buffered: this.stats().buffered, dropped: this.dropped },
      'usage: delivering events again',
    );
  }

  private onRejected(batch: UsageBatch, refused: number): void {
    this.rejected += refused;
    this.opts.logger.error(
      { batchId: batch.batchId, refused, rejectedTotal: this.rejected },
      'usage: malformed events refused (not billed)',
    );
  }

  private clearRetry(): void {
    if (this.retryTimer === null) return;
    clearTimeout(this.retryTimer);
    this.retryTimer = null;
  }

  private drop(count: number): void {
    this.dropped += count;
    this.dropsUnlogged += count;
    const wait = this.lastDropLogAt + this.opts.dropLogIntervalMs - Date.now();
    if (wait <= 0) this.logDrops();
    else if (this.dropLogTimer === null) {
      this.dropLogTimer = setTimeout(() => this.logDrops(), wait);
      this.dropLogTimer.unref();
    }
  }

  private logDrops(): void {
    if (this.dropLogTimer !== null) clearTimeout(this.dropLogTimer);
    this.dropLogTimer = null;
    if (this.dropsUnlogged === 0) return;
    this.opts.logger.warn(
      {
        dropped: this.dropsUnlogged,
        droppedTotal: this.dropped,
        buffered: this.stats().buffered,
        bufferMax: this.opts.bufferMax,
        closed: this.closed,
      },
      this.closed
        ? 'usage: events recorded after shutdown were dropped'
        : 'usage: buffer full, newest events dropped',
    );
    this.dropsUnlogged = 0;
    this.lastDropLogAt = Date.now();
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));
}
