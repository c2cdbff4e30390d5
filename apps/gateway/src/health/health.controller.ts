import { Controller, Get, Inject, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { PolicySnapshotService } from '../io/policy-snapshot.service.js';
import { RedisConnection } from '../io/redis.js';
import { summarizeReadiness, type ReadinessReport } from '@gatehouse/shared';

// Without a policy snapshot the gateway cannot authorize anything: not ready. Postgres itself is
// not required once a snapshot is loaded (the gateway serves from the last one).
const REQUIRED_COMPONENTS: readonly string[] = ['snapshot'];

@Controller()
export class HealthController {
  constructor(
    @Inject(RedisConnection) private readonly redis: RedisConnection,
    @Inject(PolicySnapshotService) private readonly snapshots: PolicySnapshotService,
  ) {}

  /** Liveness: answers while the process is up. */
  @Get('healthz')
  healthz(): { status: 'ok' } {
    return { status: 'ok' };
  }

  /** Readiness: component states; 503 only when a required one is down. */
  @Get('readyz')
  async readyz(@Res({ passthrough: true }) reply: FastifyReply): Promise<ReadinessReport> {
    const redis = await this.redis.probe();
    const snapshot = this.snapshots.isReady() ? 'up' : 'down';
    // Redis is optional by design (DESIGN.md: Redis down, the gateway keeps serving on
    // per-process fallbacks), so its outage degrades readiness instead of failing it;
    // otherwise every replica would leave the load balancer at once.
    const { httpStatus, report } = summarizeReadiness({ redis, snapshot }, REQUIRED_COMPONENTS);
    void reply.code(httpStatus);
    return report;
  }
}
