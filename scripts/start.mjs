#!/usr/bin/env node
// `npm start`: the whole Gatehouse stack on one machine (see DESIGN.md "Running it").
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatBanner } from './lib/banner.mjs';
import { killAllNow } from './lib/children.mjs';
import { parseStartEnv } from './lib/env.mjs';
import { say, warn } from './lib/output.mjs';
import { isPortFree } from './lib/ports.mjs';
import { loadDevSecrets } from './lib/secrets.mjs';
import { PORT_ENV } from './lib/services.mjs';
import { startStack } from './lib/stack.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
let signalled = false;

/** @param {import('./lib/env.mjs').StartEnv} env */
async function checkPorts(env) {
  const ports = {
    gateway: env.GATEWAY_PORT,
    adminApi: env.ADMIN_API_PORT,
    portal: env.PORTAL_PORT,
    mockProvider: env.MOCK_PROVIDER_PORT,
  };
  for (const [key, name] of Object.entries(PORT_ENV)) {
    const port = ports[/** @type {keyof typeof ports} */ (key)];
    if (!(await isPortFree(port)))
      throw new Error(`port ${port} is in use; stop what holds it or set ${name}`);
  }
  return ports;
}

async function main() {
  const parsed = parseStartEnv(process.env);
  if (!parsed.ok) {
    console.error(parsed.message);
    process.exit(1);
  }
  const env = parsed.env;
  const ports = await checkPorts(env);
  const secrets = await loadDevSecrets(join(root, '.data/dev-secrets.json'));
  /** @type {(() => Promise<void>) | undefined} */
  let stop;
  let firstSignalAt = 0;
  const onSignal = (/** @type {NodeJS.Signals} */ signal) => {
    if (signalled) {
      // `npm start` forwards the terminal's Ctrl-C, so one keypress can arrive twice.
      if (Date.now() - firstSignalAt < 1000) return;
      warn('second signal: killing every process now');
      killAllNow();
      process.exit(130);
    }
    signalled = true;
    firstSignalAt = Date.now();
    say(`${signal}: stopping every process…`);
    void (stop ?? (async () => {}))().then(() => {
      say('stopped.');
      process.exit(0);
    });
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);

  const stack = await startStack({
    root,
    env,
    secrets,
    ports,
    allowEmbedded: true,
    embeddedDataDir: join(root, '.data/pglite'),
    skipBuild: process.env.GATEHOUSE_SKIP_BUILD === 'true',
    registerStop: (fn) => {
      stop = fn;
    },
  });
  if (signalled) return;
  process.stdout.write(`\n${formatBanner(stack.info)}\n\n`);
}

main().catch((error) => {
  // After Ctrl-C during startup the failing step is only the stop we asked for.
  if (signalled) return;
  console.error(`start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
