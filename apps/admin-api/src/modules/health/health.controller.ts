import { Controller, Get, Inject, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { summarizeReadiness, type ReadinessReport } from '@gatehouse/shared';
import { z } from 'zod';
import { Public } from '../../auth/rbac/require-permission.decorator.js';
import { RedisConnection } from '../../io/redis.js';
import { ApiDoc } from '../../openapi/api-doc.decorator.js';
import { DatabaseRepository } from '../database/database.repository.js';

// Postgres holds every piece of configuration: without it the admin API can do nothing useful.
// Redis only carries change notifications and jobs, so its outage degrades, not fails, readiness.
const REQUIRED_COMPONENTS = ['database'] as const;

const componentState = z.enum(['up', 'down', 'disabled']);

@Controller()
@Public()
export class HealthController {
  constructor(
    @Inject(DatabaseRepository) private readonly database: DatabaseRepository,
    @Inject(RedisConnection) private readonly redis: RedisConnection,
  ) {}

  /** Liveness: answers while the process is up. */
  @Get('healthz')
  @ApiDoc({
    summary: 'Liveness',
    tags: ['health'],
    response: z.object({ status: z.literal('ok') }),
  })
  healthz(): { status: 'ok' } {
    return { status: 'ok' };
  }

  /** Readiness: component states; 503 only when a required one is down. */
  @Get('readyz')
  @ApiDoc({
    summary: 'Readiness (503 when Postgres is down)',
    tags: ['health'],
    response: z.object({
      status: z.enum(['ok', 'degraded', 'unavailable']),
      components: z.record(z.string(), componentState),
    }),
  })
  async readyz(@Res({ passthrough: true }) reply: FastifyReply): Promise<ReadinessReport> {
    const [database, redis] = await Promise.all([this.database.probe(), this.redis.probe()]);
    const { httpStatus, report } = summarizeReadiness({ database, redis }, REQUIRED_COMPONENTS);
    void reply.code(httpStatus);
    return report;
  }
}
