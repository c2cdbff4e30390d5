// Runs the Next.js CLI for the portal with telemetry off and the port/host taken from
// PORTAL_PORT / PORTAL_HOST, so `npm start -w @gatehouse/portal` honours the same env as the
// other processes. Usage: node scripts/run-next.mjs <build|dev|start> [extra next args]
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const appDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const nextBin = createRequire(import.meta.url).resolve('next/dist/bin/next');
const [command, ...extra] = process.argv.slice(2);

if (!['build', 'dev', 'start'].includes(command ?? '')) {
  process.stderr.write('usage: run-next.mjs <build|dev|start>\n');
  process.exit(2);
}

// The full schema is checked by src/instrumentation.ts when the server boots; the port and
// host are needed earlier, to start it, so they are checked here with the same rule.
function listenArgs() {
  const port = process.env.PORTAL_PORT || '3000';
  const host = process.env.PORTAL_HOST || '0.0.0.0';
  if (!/^\d+$/.test(port) || Number(port) < 1 || Number(port) > 65535) {
    process.stderr.write(
      `portal: bad environment: PORTAL_PORT is invalid (expected a port 1-65535, got "${port}")\n`,
    );
    process.exit(1);
  }
  return ['-p', port, '-H', host];
}

const args = [nextBin, command, ...(command === 'build' ? [] : listenArgs()), ...extra];
const child = spawn(process.execPath, args, {
  cwd: appDir,
  stdio: 'inherit',
  env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
});

// Pass stop signals on; a stop we asked for is a clean exit, whatever code Next reports.
let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    stopping = true;
    child.kill(signal);
  });
}
child.on('exit', (code, signal) => process.exit(stopping ? 0 : (code ?? (signal ? 1 : 0))));
