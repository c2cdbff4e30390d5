import {
  Inject,
  Injectable,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import type { Logger } from 'pino';
import { LOGGER } from '../tokens.js';

const HEARTBEAT_MS = 60_000;

/**
 * Keeps the worker process alive and says so. BullMQ workers registered by later jobs hold the
 * event loop themselves; until then (and in single-node mode, with no Redis) this heartbeat does.
 */
@Injectable()
export class WorkerHostService implements OnApplicationBootstrap, OnApplicationShutdown {
  private heartbeat: NodeJS.Timeout | undefined;

  constructor(@Inject(LOGGER) private readonly logger: Logger) {}

  onApplicationBootstrap(): void {
    this.heartbeat = setInterval(() => this.logger.debug('workers alive'), HEARTBEAT_MS);
  }

  onApplicationShutdown(signal?: string): void {
    clearInterval(this.heartbeat);
    this.logger.info({ signal }, 'workers stopped');
  }
}
