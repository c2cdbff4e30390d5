import { spawn } from 'node:child_process';
import { createServer, type AddressInfo } from 'node:net';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureDatabase, migrateDeploy } from '@gatehouse/db';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  createPat,
  SECRET_ENV,
  seedDemoOwner,
} from '../modules/config-as-code/config-test-support.js';
import {
  createTestOrg,
  startAdminTestApp,
  type AdminTestApp,
  type TestOrg,
} from '../test-support/admin-test-app.js';

const launcher = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'bin', 'gatehouse.mjs');

// A URL nothing listens on: an ephemeral port, bound and released.
async function closedPortUrl(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return `http://127.0.0.1:${port}`;
}

type Run = { code: number | null; stdout: string; stderr: string };

// The `gatehouse` bin as `npx gatehouse` runs it, with only the given environment.
function gatehouse(args: string[], env: Record<string, string>): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [launcher, ...args], {
      env: { PATH: process.env.PATH ?? '', ...env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('exit', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('gatehouse CLI', () => {
  let t: AdminTestApp;
  // A second admin API on a new, empty (migrated) database: the apply target.
  let empty: AdminTestApp;
  let emptyName: string;
  let target: TestOrg;
  let dir: string;
  let file: string;
  let sourceEnv: Record<string, string>;
  let targetEnv: Record<string, string>;

  beforeAll(async () => {
    t = await startAdminTestApp();
    const demo = await seedDemoOwner(t);
    const runUrl = new URL(inject('databaseUrl'));
    emptyName = `${runUrl.pathname.slice(1)}cli`;
    const emptyUrl = Object.assign(new URL(runUrl), { pathname: `/${emptyName}` }).toString();
    await ensureDatabase(emptyUrl);
    await migrateDeploy(emptyUrl);
    empty = await startAdminTestApp({ DATABASE_URL: emptyUrl });
    target = await createTestOrg(empty.db, 'cac-cli');
    dir = await mkdtemp(join(tmpdir(), 'gatehouse-cli-'));
    file = join(dir, 'config.yaml');
    sourceEnv = {
      GATEHOUSE_URL: t.baseUrl,
      GATEHOUSE_TOKEN: await createPat(t, demo.ownerId, ['config:read']),
    };
    targetEnv = {
      GATEHOUSE_URL: empty.baseUrl,
      GATEHOUSE_TOKEN: await createPat(empty, target.users.OWNER.id, ['config:write']),
    };
  });

  afterAll(async () => {
    await empty?.close();
    if (emptyName)
      await t.db.$executeRawUnsafe(`DROP DATABASE IF EXISTS "${emptyName}" WITH (FORCE)`);
    await t?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('exports to a file and applies it to an empty database: dry run, apply, no-op', async () => {
    const exported = await gatehouse(['export', '-o', file], sourceEnv);
    expect([exported.code, exported.stderr]).toEqual([0, `wrote ${file}\n`]);
    const yaml = await readFile(file, 'utf8');
    expect(yaml).toContain('kind: Route');

    const missing = await gatehouse(['apply', '-f', file, '--dry-run'], targetEnv);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain(
      `gatehouse: ${file}: document 0, spec.credentials.apiKey: environment variable ANTHROPIC_API_KEY is not set`,
    );

    const dry = await gatehouse(['apply', '-f', file, '--dry-run'], {
      ...targetEnv,
      ...SECRET_ENV,
    });
    expect(dry.code).toBe(0);
    expect(dry.stdout).toContain('25 to create, 0 to update, 0 to delete, 0 unchanged');
    expect(dry.stdout).toContain('dry run: nothing was applied');
    expect(await empty.db.model.count({ where: { orgId: target.orgId } })).toBe(0);

    const applied = await gatehouse(['apply', '-f', file], { ...targetEnv, ...SECRET_ENV });
    expect(applied.code).toBe(0);
    expect(applied.stdout).not.toContain('dry run');
    expect(await empty.db.model.count({ where: { orgId: target.orgId } })).toBe(9);

    const again = await gatehouse(['apply', '-f', file], { ...targetEnv, ...SECRET_ENV });
    expect(again.stdout).toBe('0 to create, 0 to update, 0 to delete, 25 unchanged\n');
    const reexported = await gatehouse(['export'], targetEnv);
    expect(reexported.stdout).toBe(yaml);
  });

  it('exits 1 with one clear line on auth, network and usage errors', async () => {
    const noToken = await gatehouse(['export'], { GATEHOUSE_URL: t.baseUrl });
    expect([noToken.code, noToken.stderr]).toEqual([
      1,
      'gatehouse: no access token: pass --token or set GATEHOUSE_TOKEN\n',
    ]);
    const badToken = await gatehouse(['export', '--token', 'ghp_notarealtoken'], {
      GATEHOUSE_URL: t.baseUrl,
    });
    expect(badToken.code).toBe(1);
    expect(badToken.stderr).toMatch(/^gatehouse: 401 invalid_token: .+\n$/);
    const closed = await closedPortUrl();
    const down = await gatehouse(['export', '--url', closed], sourceEnv);
    expect([down.code, down.stderr]).toEqual([
      1,
      `gatehouse: cannot reach ${closed}: ECONNREFUSED\n`,
    ]);
    const noFile = await gatehouse(['apply'], targetEnv);
    expect(noFile.code).toBe(1);
    expect(noFile.stderr).toContain("required option '-f, --file <file>' not specified");
    const readOnly = await gatehouse(['apply', '-f', file, '--url', t.baseUrl], {
      ...sourceEnv,
      ...SECRET_ENV,
    });
    expect(readOnly.code).toBe(1);
    expect(readOnly.stderr).toMatch(/^gatehouse: 403 insufficient_scope: /);
  });
});
