import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const appDir = join(dirname(fileURLToPath(import.meta.url)), '..');

// Runs src/main.ts as `npm start` would run dist/main.js, with tsx instead of a build.
function runMain(
  env: Record<string, string>,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      ['--conditions=@gatehouse/source', '--import', 'tsx', 'src/main.ts'],
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

describe('gateway main', () => {
  it('stops with exit code 1 and one line naming each bad variable', async () => {
    const result = await runMain({ GATEWAY_PORT: '99999', SINGLE_NODE: 'sometimes' });
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(
      /^gateway: bad environment: [^\n]*GATEWAY_PORT is invalid[^\n]*SINGLE_NODE is invalid[^\n]*\n$/,
    );
  });
});
