#!/usr/bin/env node
// `npx gatehouse …`: runs the built CLI (dist/cli/gatehouse.js) when there is one, otherwise the
// TypeScript source through tsx (a development checkout before `npm run build`).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const appDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const built = join(appDir, 'dist', 'cli', 'gatehouse.js');

if (existsSync(built)) {
  await import(pathToFileURL(built).href);
} else {
  const tsx = import.meta.resolve('tsx');
  const source = join(appDir, 'src', 'cli', 'gatehouse.ts');
  const args = [
    '--conditions=@gatehouse/source',
    '--import',
    tsx,
    source,
    ...process.argv.slice(2),
  ];
  const result = spawnSync(process.execPath, args, { stdio: 'inherit' });
  process.exitCode = result.status ?? 1;
}
