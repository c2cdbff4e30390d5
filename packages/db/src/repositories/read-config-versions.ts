import type { ConfigVersionRow } from '@gatehouse/shared';
import type { DbClient } from '../client/create-prisma-client.js';

type Reader = Pick<DbClient, 'configVersion'>;

/**
 * Every org's config version: one small query the gateway polls to notice a change it missed
 * on the pub/sub channel.
 */
export async function readConfigVersions(db: Reader): Promise<ConfigVersionRow[]> {
  return db.configVersion.findMany({
    select: { orgId: true, version: true },
    orderBy: { orgId: 'asc' },
  });
}
