import { Inject, Injectable } from '@nestjs/common';
import type { HourlyAppUsage } from '@gatehouse/shared';
import { DatabaseRepository } from '../modules/database/database.repository.js';

export type OrgHourlyUsage = HourlyAppUsage & { orgId: string };
export type ApplicationInfo = { id: string; orgId: string; name: string; teamId: string };

/** Per-application hourly usage (HOUR rollups summed over every other dimension). */
@Injectable()
export class AnomalyUsageRepository {
  constructor(@Inject(DatabaseRepository) private readonly database: DatabaseRepository) {}

  async hourlyUsage(from: Date, to: Date): Promise<OrgHourlyUsage[]> {
    const groups = await this.database.client.usageRollup.groupBy({
      by: ['orgId', 'applicationId', 'bucketStart'],
      where: { bucket: 'HOUR', bucketStart: { gte: from, lt: to }, applicationId: { not: null } },
      _sum: {
        requests: true,
        errors: true,
        costMicros: true,
        inputTokens: true,
        outputTokens: true,
      },
      orderBy: [{ applicationId: 'asc' }, { bucketStart: 'asc' }],
    });
    return groups.map((g) => ({
      orgId: g.orgId,
      applicationId: g.applicationId ?? '',
      bucketStart: g.bucketStart,
      requests: g._sum.requests ?? 0,
      errors: g._sum.errors ?? 0,
      costMicros: Number(g._sum.costMicros ?? 0n),
      tokens: Number((g._sum.inputTokens ?? 0n) + (g._sum.outputTokens ?? 0n)),
    }));
  }

  async applications(ids: readonly string[]): Promise<ApplicationInfo[]> {
    return this.database.client.application.findMany({
      where: { id: { in: [...ids] } },
      select: { id: true, orgId: true, name: true, teamId: true },
    });
  }
}
