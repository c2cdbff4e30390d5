import { Controller, Get, Inject, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { summarizeReadiness, type ReadinessReport } from '@gatehouse/shared';
import { RedisConnection } from '../../io/redis.js';
import { DatabaseRepository } from '../database/database.repository.js';

// Postgres holds every piece of configuration: without it the admin API can do nothing useful.
// Redis only carries change notifications and jobs, so its outage degrades, not fails, readiness.
const REQUIRED_COMPONENTS = ['database'] as const;

@Controller()
export class HealthController {
  constructor(
    @Inject(DatabaseRepository) private readonly database: DatabaseRepository,
    @Inject(RedisConnection) private readonly redis: RedisConnection,
  ) {}

  /** Liveness: answers while the process is up. */
  @Get('healthz')
  healthz(): { status: 'ok' } {
    return { status: 'ok' };
  }

  /** Readiness: component states; 503 only when a required one is down. */
  @Get('readyz')
  async readyz(@Res({ passthrough: true }) reply: FastifyReply): Promise<ReadinessReport> {
    const [database, redis] = await Promise.all([this.database.probe(), this.redis.probe()]);
    const { httpStatus, report } = summarizeReadiness({ database, redis }, REQUIRED_COMPONENTS);
    void reply.code(httpStatus);
    return report;
  }
}
