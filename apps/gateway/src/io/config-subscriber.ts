import { parseConfigChangeMessage, type ConfigChangeMessage } from '@gatehouse/service-kit';
import { Redis } from 'ioredis';
import type { Logger } from 'pino';

export type ConfigSubscriberOptions = {
  redisUrl: string;
  channel: string;
  logger: Logger;
  /** A well-formed change message arrived. */
  onChange: (message: ConfigChangeMessage) => void;
  /** The subscription came back after Redis was away: messages may have been missed. */
  onResubscribed: () => void;
};

/**
 * Listens on the config channel with its own connection (a subscribed ioredis client can run no
 * other command). Never fatal: while Redis is away it keeps reconnecting, and the snapshot
 * service's poll covers the gap.
 */
export class ConfigSubscriber {
  private readonly client: Redis;
  private subscribedOnce = false;
  private subscribed = false;

  constructor(private readonly options: ConfigSubscriberOptions) {
    this.client = new Redis(options.redisUrl, {
      lazyConnect: true,
      connectTimeout: 1_000,
      // Subscriptions must survive reconnects: queue the SUBSCRIBE until Redis answers.
      maxRetriesPerRequest: null,
      enableOfflineQueue: true,
      retryStrategy: (attempt) => Math.min(attempt * 250, 5_000),
    });
    this.client.on('message', (channel: string, payload: string) => this.receive(channel, payload));
    this.client.on('ready', () => this.onReady());
    this.client.on('close', () => (this.subscribed = false));
    this.client.on('error', () => undefined);
  }

  isSubscribed(): boolean {
    return this.subscribed;
  }

  start(): void {
    this.client.connect().catch(() => undefined);
  }

  async close(): Promise<void> {
    await this.client.quit().catch(() => this.client.disconnect());
  }

  // ioredis re-subscribes by itself after a reconnect; the first time we subscribe here.
  private onReady(): void {
    if (!this.subscribedOnce) {
      this.client.subscribe(this.options.channel).then(
        () => {
          this.subscribedOnce = true;
          this.subscribed = true;
        },
        (error: unknown) =>
          this.options.logger.warn(
            { err: { message: error instanceof Error ? error.message : String(error) } },
            'config channel: subscribe failed',
          ),
      );
      return;
    }
    this.subscribed = true;
    this.options.onResubscribed();
  }

  private receive(channel: string, payload: string): void {
    if (channel !== this.options.channel) return;
    const message = parseConfigChangeMessage(payload);
    if (message === null) {
      this.options.logger.warn({ channel }, 'config channel: ignoring a malformed message');
      return;
    }
    this.options.onChange(message);
  }
}
