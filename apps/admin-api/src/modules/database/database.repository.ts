import { createPrismaClient, type DbClient } from '@gatehouse/db';
import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import type { AdminApiEnv } from '../../env.js';
import type { ComponentState } from '@gatehouse/shared';
import { ADMIN_API_ENV } from '../../tokens.js';

const PROBE_TIMEOUT_MS = 2_000;

/**
 * Owns the process's one Prisma client. The client connects on first query, so boot does not
 * wait for Postgres; /readyz reports whether it answers.
 */
@Injectable()
export class DatabaseRepository implements OnApplicationShutdown {
  /** For domain repositories built on top of this one; nothing else should reach Prisma. */
  readonly client: DbClient;

  constructor(@Inject(ADMIN_API_ENV) env: AdminApiEnv) {
    this.client = createPrismaClient(env.DATABASE_URL, { applicationName: 'gatehouse-admin-api' });
  }

  /** `SELECT 1` with a short timeout. */
  async probe(): Promise<ComponentState> {
    const timeout = new Promise<'down'>((resolve) =>
      setTimeout(() => resolve('down'), PROBE_TIMEOUT_MS).unref(),
    );
    const query = this.client.$queryRaw<Array<{ ok: number }>>`SELECT 1 AS ok`.then(
      (rows): ComponentState => (rows[0]?.ok === 1 ? 'up' : 'down'),
      (): ComponentState => 'down',
    );
    return Promise.race([query, timeout]);
  }

  async onApplicationShutdown(): Promise<void> {
    await this.client.$disconnect();
  }
}
