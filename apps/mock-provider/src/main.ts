import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { readMockProviderEnv } from './env.js';
import { buildMockProvider } from './server.js';

export { buildMockProvider, type MockProviderOptions } from './server.js';
export { readMockProviderEnv, type MockProviderEnv } from './env.js';
export { createFaultStore } from './faults/fault-store.js';
export { globalFaultsSchema, FAULT_HEADERS, type GlobalFaults } from './faults/fault-config.js';

async function start(): Promise<void> {
  const result = readMockProviderEnv(process.env);
  if (!result.ok) {
    console.error(result.message);
    process.exit(1);
  }
  const { MOCK_PROVIDER_PORT, MOCK_PROVIDER_HOST, LOG_LEVEL } = result.env;
  const app = await buildMockProvider({ logLevel: LOG_LEVEL });
  const address = await app.listen({ port: MOCK_PROVIDER_PORT, host: MOCK_PROVIDER_HOST });
  console.log(`mock-provider listening on ${address}`);
  const stop = () => void app.close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

// Boot only when run as a program, not when imported by tests, the gateway's tests or the bench.
function isEntryPoint(): boolean {
  const entry = process.argv[1];
  if (entry === undefined) return false;
  try {
    return realpathSync(entry) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

if (isEntryPoint()) await start();
