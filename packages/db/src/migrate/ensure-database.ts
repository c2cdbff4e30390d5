import pg from 'pg';
import { databaseNameOf, withDatabase } from './with-database.js';

const INVALID_CATALOG_NAME = '3D000';
const DUPLICATE_DATABASE = '42P04';

function codeOf(error: unknown): string | undefined {
  return error instanceof pg.DatabaseError ? error.code : undefined;
}

async function withClient<T>(
  databaseUrl: string,
  run: (client: pg.Client) => Promise<T>,
): Promise<T> {
  const client = new pg.Client({
    connectionString: databaseUrl,
    application_name: 'gatehouse-migrate',
  });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

/**
 * Creates the database named in `databaseUrl` if it does not exist, by connecting to the server's
 * `postgres` database, like `prisma migrate deploy` does. Returns true when it created it. A server
 * that accepts any database name (PGlite over pglite-socket) simply connects, and nothing happens.
 */
export async function ensureDatabase(databaseUrl: string): Promise<boolean> {
  try {
    await withClient(databaseUrl, async () => undefined);
    return false;
  } catch (error) {
    if (codeOf(error) !== INVALID_CATALOG_NAME) throw error;
  }
  const name = databaseNameOf(databaseUrl);
  try {
    await withClient(withDatabase(databaseUrl, 'postgres'), (client) =>
      client.query(`CREATE DATABASE ${pg.escapeIdentifier(name)}`),
    );
    return true;
  } catch (error) {
    // Another process created it between our two connections.
    if (codeOf(error) === DUPLICATE_DATABASE) return false;
    throw error;
  }
}
