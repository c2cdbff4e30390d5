import { decryptSecret } from '../../crypto/encrypt-secret.js';
import { buildSnapshot } from '../build-snapshot.js';
import { identifyApiKey } from '../identify-api-key.js';
import type { PolicySnapshot } from '../policy-snapshot.js';
import type { Principal } from '../principal.js';
import type { SnapshotRows } from '../snapshot-rows.js';
import { ENCRYPTION_KEY, fixtureRows, KEYS, NOW, type KeyName } from './fixture-rows.js';

export function fixtureSnapshot(rows: SnapshotRows = fixtureRows()): PolicySnapshot {
  return buildSnapshot(rows, {
    decryptCredentials: (sealed) => decryptSecret(sealed, ENCRYPTION_KEY),
    now: NOW,
  });
}

/** The principal of a fixture key; throws when the key is refused. */
export function principalOf(snapshot: PolicySnapshot, name: KeyName): Principal {
  const result = identifyApiKey(snapshot, KEYS[name], NOW);
  if (!result.ok) throw new Error(`fixture key ${name} refused: ${result.error.message}`);
  return result.principal;
}
