import { randomBytes } from 'node:crypto';
import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const appDir = join(dirname(fileURLToPath(import.meta.url)), '..');
// The secrets every entry requires (only their shape matters here).
const SECRETS = {
  ENCRYPTION_KEY: randomBytes(32).toString('hex'),
  AUTH_JWT_SECRET: randomBytes(32).toString('hex'),
};

// Runs an entry as `npm start` would run its dist build, with tsx instead of a build.
function run(
  entry: string,
  env: Record<string, string>,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      ['--conditions=@gatehouse/source', '--import', 'tsx', entry],
      {
        cwd: appDir,
        env: { PATH: process.env.PATH ?? '', ...env },
      },
    );
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('exit', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('admin-api entries', () => {
  it('API: stops with exit code 1 and one line when DATABASE_URL is missing', async () => {
    const result = await run('src/main.ts', { ADMIN_API_PORT: '3001', ...SECRETS });
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(
      /^admin-api: bad environment: DATABASE_URL is missing \([^\n]*\)\n$/,
    );
  });

  it('worker: stops with exit code 1 and one line on a bad variable', async () => {
    const result = await run('src/main.worker.ts', { DATABASE_URL: 'mysql://x/y', ...SECRETS });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(
      /^admin-api-worker: bad environment: DATABASE_URL is invalid[^\n]*\n$/,
    );
  });

  it('worker: logs "workers ready" and exits 0 on SIGTERM', async () => {
    const child = spawn(
      process.execPath,
      ['--conditions=@gatehouse/source', '--import', 'tsx', 'src/main.worker.ts'],
      {
        cwd: appDir,
        env: {
          PATH: process.env.PATH ?? '',
          DATABASE_URL: process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres',
          SINGLE_NODE: 'true',
          ...SECRETS,
        },
      },
    );
    let stdout = '';
    const ready = new Promise<void>((resolve) => {
      child.stdout.on('data', (chunk: Buffer) => {
        stdout += chunk.toString();
        if (stdout.includes('"msg":"workers ready"')) resolve();
      });
    });
    const exited = new Promise<number | null>((resolve) =>
      child.on('exit', (code) => resolve(code)),
    );
    await ready;
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(stdout).toContain('"msg":"workers stopped"');
  });
});
