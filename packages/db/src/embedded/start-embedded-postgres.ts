import { mkdir } from 'node:fs/promises';
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';

export type EmbeddedPostgresOptions = {
  /** Data directory; omit for an in-memory database (tests). */
  dataDir?: string;
  host?: string;
  /** 0 picks a free port. */
  port?: number;
  /** Wire connections the server accepts; every client pool together must stay at or under it. */
  maxConnections?: number;
};

export type EmbeddedPostgres = {
  url: string;
  host: string;
  port: number;
  maxConnections: number;
  stop: () => Promise<void>;
};

export const DEFAULT_EMBEDDED_MAX_CONNECTIONS = 40;

/**
 * PGlite serves exactly one database whatever name a client asks for, so the URL always names
 * `postgres`; pointing DATABASE_URL at it keeps `ensureDatabase` a no-op.
 */
export function embeddedPostgresUrl(host: string, port: number): string {
  return `postgres://postgres:postgres@${host}:${port}/postgres`;
}

/**
 * Starts PGlite (Postgres compiled to WebAssembly) behind the Postgres wire protocol, for
 * `npm start` on a machine with no Postgres. One server per data directory: PGlite is a
 * single-process database and serializes every query.
 */
export async function startEmbeddedPostgres(
  options: EmbeddedPostgresOptions = {},
): Promise<EmbeddedPostgres> {
  const host = options.host ?? '127.0.0.1';
  const maxConnections = options.maxConnections ?? DEFAULT_EMBEDDED_MAX_CONNECTIONS;
  if (options.dataDir) await mkdir(options.dataDir, { recursive: true });
  const db = await PGlite.create(options.dataDir ?? 'memory://');
  const server = new PGLiteSocketServer({ db, host, port: options.port ?? 0, maxConnections });
  try {
    await server.start();
  } catch (error) {
    await db.close();
    throw error;
  }
  const port = Number(server.getServerConn().split(':').pop());
  const stop = async (): Promise<void> => {
    await server.stop();
    await db.close();
  };
  return { url: embeddedPostgresUrl(host, port), host, port, maxConnections, stop };
}
