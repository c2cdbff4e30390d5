// The processes of the stack, one row each. A new process joins with one line.
import { join } from 'node:path';

/**
 * @typedef {object} Ports
 * @property {number} gateway
 * @property {number} adminApi
 * @property {number} portal
 * @property {number} mockProvider
 */
/**
 * @typedef {object} Service
 * @property {string} name
 * @property {import('./output.mjs').Color} color
 * @property {string} cwd relative to the repo root
 * @property {(root: string, ports: Ports) => string[]} args arguments to `node`
 * @property {keyof Ports | null} port the port it listens on (null: no HTTP server)
 * @property {string | null} health path answered 2xx/3xx once it is ready
 */

/** @type {readonly Service[]} */
export const SERVICES = [
  {
    name: 'mock-provider',
    color: 'magenta',
    cwd: 'apps/mock-provider',
    args: () => ['dist/main.js'],
    port: 'mockProvider',
    health: '/healthz',
  },
  {
    name: 'admin-api',
    color: 'blue',
    cwd: 'apps/admin-api',
    args: () => ['dist/main.js'],
    port: 'adminApi',
    health: '/healthz',
  },
  {
    name: 'worker',
    color: 'cyan',
    cwd: 'apps/admin-api',
    args: () => ['dist/main.worker.js'],
    port: null,
    health: null,
  },
  {
    name: 'gateway',
    color: 'green',
    cwd: 'apps/gateway',
    args: () => ['dist/main.js'],
    port: 'gateway',
    health: '/healthz',
  },
  {
    name: 'portal',
    color: 'yellow',
    cwd: 'apps/portal',
    args: (root, ports) => [
      join(root, 'node_modules/next/dist/bin/next'),
      'start',
      '-p',
      String(ports.portal),
      '-H',
      '127.0.0.1',
    ],
    port: 'portal',
    health: '/api/health',
  },
];

/** The env names each port is published under (the apps' env contract). */
export const PORT_ENV = /** @type {const} */ ({
  gateway: 'GATEWAY_PORT',
  adminApi: 'ADMIN_API_PORT',
  portal: 'PORTAL_PORT',
  mockProvider: 'MOCK_PROVIDER_PORT',
});

/**
 * @param {Ports} ports
 * @param {string} [host]
 */
export function serviceUrls(ports, host = '127.0.0.1') {
  return {
    portal: `http://${host}:${ports.portal}`,
    gateway: `http://${host}:${ports.gateway}`,
    adminApi: `http://${host}:${ports.adminApi}`,
    mockProvider: `http://${host}:${ports.mockProvider}`,
  };
}
