import type { FastifyInstance } from 'fastify';
import { buildMockProvider, type MockProviderOptions } from '../server.js';

export type RunningMock = { app: FastifyInstance; baseUrl: string };

/** Starts the mock on an ephemeral port (tests only). */
export async function startMockProvider(options: MockProviderOptions = {}): Promise<RunningMock> {
  const app = await buildMockProvider({ logLevel: 'silent', ...options });
  const baseUrl = await app.listen({ port: 0, host: '127.0.0.1' });
  return { app, baseUrl };
}

/** The rejection of a promise that must fail (fails the test when it resolves). */
export async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the call to fail, but it succeeded');
}
