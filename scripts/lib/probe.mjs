// "Does a server answer here?" for Postgres and Redis, within a short deadline.
import net from 'node:net';
import pg from 'pg';

/**
 * True when a Postgres server answers at the URL's host and port, even if it then refuses us
 * (a missing database or bad password is still an answering server: the caller reports it).
 * @param {string} url
 * @param {number} [timeoutMs]
 */
export async function probePostgres(url, timeoutMs = 2000) {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: timeoutMs });
  client.on('error', () => {});
  try {
    await client.connect();
    return true;
  } catch (error) {
    // SQLSTATE codes (e.g. 3D000 database does not exist) come from a live server.
    const code = /** @type {{ code?: unknown }} */ (error).code;
    return typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code);
  } finally {
    await client.end().catch(() => {});
  }
}

/**
 * True when something at the URL answers a RESP `PING` (with PONG or an error such as NOAUTH).
 * @param {string} url
 * @param {number} [timeoutMs]
 */
export function probeRedis(url, timeoutMs = 2000) {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = net.connect({
      host: hostname.replace(/^\[|\]$/g, ''),
      port: Number(port || 6379),
    });
    const done = (/** @type {boolean} */ answer) => {
      socket.destroy();
      resolve(answer);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.on('error', () => done(false));
    socket.on('connect', () => socket.write('PING\r\n'));
    socket.on('data', (chunk) => done(chunk[0] === 0x2b /* + */ || chunk[0] === 0x2d /* - */));
  });
}
