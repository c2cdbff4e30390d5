import { Inject, Injectable } from '@nestjs/common';
import { DatabaseRepository } from '../database/database.repository.js';

/** The per-org ConfigVersion counter. */
@Injectable()
export class ConfigChangeRepository {
  constructor(@Inject(DatabaseRepository) private readonly database: DatabaseRepository) {}

  /** Atomically increments (creating at 1) and returns the org's config version. */
  async bump(orgId: string): Promise<bigint> {
    const row = await this.database.client.configVersion.upsert({
      where: { orgId },
      create: { orgId, version: 1n },
      update: { version: { increment: 1n } },
      select: { version: true },
    });
    return row.version;
  }

  async current(orgId: string): Promise<bigint> {
    const row = await this.database.client.configVersion.findUnique({
      where: { orgId },
      select: { version: true },
    });
    return row?.version ?? 0n;
  }
}
