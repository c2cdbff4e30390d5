import { Inject, Injectable } from '@nestjs/common';
import { publishConfigChange } from '@gatehouse/service-kit';
import type { Logger } from 'pino';
import type { AdminApiEnv } from '../../env.js';
import { RedisConnection } from '../../io/redis.js';
import { ADMIN_API_ENV, LOGGER } from '../../tokens.js';
import { ConfigChangeRepository } from './config-change.repository.js';

/**
 * Tells gateways that an org's configuration changed: bumps ConfigVersion, then publishes
 * `{ orgId, version }` on `<REDIS_KEY_PREFIX>gatehouse:config`. Without Redis (single-node mode or
 * an outage) only the version moves; gateways poll it as a safety net, so nothing is lost.
 */
@Injectable()
export class ConfigChangeService {
  constructor(
    @Inject(ConfigChangeRepository) private readonly repository: ConfigChangeRepository,
    @Inject(RedisConnection) private readonly redis: RedisConnection,
    @Inject(ADMIN_API_ENV) private readonly env: AdminApiEnv,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  /** Call after every successful write of anything the gateway snapshot holds. */
  async configChanged(orgId: string): Promise<bigint> {
    const version = await this.repository.bump(orgId);
    await this.publish(orgId, version);
    return version;
  }

  currentVersion(orgId: string): Promise<bigint> {
    return this.repository.current(orgId);
  }

  private async publish(orgId: string, version: bigint): Promise<void> {
    const client = this.redis.client;
    if (!client || client.status !== 'ready') return;
    try {
      await publishConfigChange(client, this.env.REDIS_KEY_PREFIX, {
        orgId,
        version: version.toString(),
      });
    } catch (error) {
      // The version is already bumped; gateways' poll picks it up.
      this.logger.warn(
        { err: { message: (error as Error).message }, orgId },
        'config change not published',
      );
    }
  }
}
