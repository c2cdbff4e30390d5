import { z } from 'zod';
import { openSealedRecord, type DecryptCredentials } from './open-sealed-record.js';
import type { ProductEntry, ProviderEntry, SnapshotProblem } from './policy-snapshot.js';
import type { ProductRow, ProviderRow } from './snapshot-rows.js';

const settingsSchema = z.record(z.string(), z.unknown());

function providerSettings(row: ProviderRow, problems: SnapshotProblem[]) {
  const parsed = settingsSchema.safeParse(row.settings);
  if (parsed.success) return parsed.data;
  problems.push({
    kind: 'provider_settings',
    id: row.id,
    orgId: row.orgId,
    message: `provider ${row.slug}: settings are not a JSON object; using none`,
  });
  return {};
}

/** Providers with credentials decrypted once; ones that fail to open are kept but unusable. */
export function buildProviderEntries(
  rows: readonly ProviderRow[],
  decrypt: DecryptCredentials,
  problems: SnapshotProblem[],
): ProviderEntry[] {
  return rows.map((source) => {
    const { credentialsEnc, settings: _sealedAway, ...row } = source;
    const opened = openSealedRecord(credentialsEnc, decrypt);
    if (!opened.ok) {
      problems.push({
        kind: 'provider_credentials',
        id: row.id,
        orgId: row.orgId,
        message: `provider ${row.slug}: ${opened.message}; it will not be called`,
      });
    }
    return {
      ...row,
      credentials: opened.ok ? opened.value : {},
      settings: providerSettings(source, problems),
      usable: opened.ok,
    };
  });
}

/** Products with their REST upstream credential headers decrypted once. */
export function buildProductEntries(
  rows: readonly ProductRow[],
  decrypt: DecryptCredentials,
  problems: SnapshotProblem[],
): ProductEntry[] {
  return rows.map(({ upstreamCredentialsEnc, ...row }) => {
    const opened = openSealedRecord(upstreamCredentialsEnc, decrypt);
    if (!opened.ok) {
      problems.push({
        kind: 'product_credentials',
        id: row.id,
        orgId: row.orgId,
        message: `product ${row.slug}: upstream ${opened.message}; it will not be called`,
      });
    }
    return { ...row, upstreamHeaders: opened.ok ? opened.value : {}, usable: opened.ok };
  });
}
