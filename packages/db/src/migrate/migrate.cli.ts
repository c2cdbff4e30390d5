// Offline migrations for Gatehouse (see packages/db/README.md):
//   npm run migrate -w @gatehouse/db                 create the database if missing, apply pending migrations
//   npm run migrate:new -w @gatehouse/db -- <name>   write prisma/migrations/<timestamp>_<name> from schema.prisma
//   … migrate:new -- <name> --draft                  an empty migration for hand-written SQL
//   npm run migrate:status -w @gatehouse/db          pending / failed / edited migrations (exit 1 unless in sync)
//   npm run migrate:resolve -w @gatehouse/db -- --rolled-back <name> | --applied <name>
// DATABASE_URL names the database (for `new`, only its server is used, for a shadow database).
import { z } from 'zod';
import { createMigration } from './create-migration.js';
import { ensureDatabase } from './ensure-database.js';
import { migrateDeploy } from './migrate-deploy.js';
import { migrateStatus, resolveMigration } from './migrate-status.js';
import { DEFAULT_MIGRATIONS_DIR, DEFAULT_SCHEMA_PATH } from './migrations-paths.js';

const env = z
  .object({
    DATABASE_URL: z.string().url().default('postgresql://postgres@127.0.0.1:5432/gatehouse'),
  })
  .parse(process.env);

async function deploy(): Promise<void> {
  if (await ensureDatabase(env.DATABASE_URL)) console.log('Created the database.');
  const { applied } = await migrateDeploy(env.DATABASE_URL);
  console.log(
    applied.length ? `Applied:\n  ${applied.join('\n  ')}` : 'No pending migrations to apply.',
  );
}

async function create(args: string[]): Promise<void> {
  const name = args.find((arg) => !arg.startsWith('--'));
  if (!name) throw new Error('Usage: npm run migrate:new -w @gatehouse/db -- <name> [--draft]');
  const created = await createMigration({
    databaseUrl: env.DATABASE_URL,
    migrationsDir: DEFAULT_MIGRATIONS_DIR,
    schemaPath: DEFAULT_SCHEMA_PATH,
    name,
    now: new Date(),
    draft: args.includes('--draft'),
  });
  console.log(
    created
      ? `Created prisma/migrations/${created.name}/migration.sql`
      : 'schema.prisma matches the migrations: nothing to create.',
  );
}

async function status(): Promise<void> {
  const report = await migrateStatus(env.DATABASE_URL);
  const lines = Object.entries(report).filter(([, names]) => names.length > 0);
  for (const [kind, names] of lines) console.log(`${kind}:\n  ${names.join('\n  ')}`);
  if (lines.length === 0) console.log('Database schema is up to date.');
  process.exitCode = lines.length === 0 ? 0 : 1;
}

async function resolve(args: string[]): Promise<void> {
  const [flag, name] = args;
  if (!name || (flag !== '--rolled-back' && flag !== '--applied')) {
    throw new Error(
      'Usage: npm run migrate:resolve -w @gatehouse/db -- --rolled-back <name> | --applied <name>',
    );
  }
  await resolveMigration(
    env.DATABASE_URL,
    flag === '--applied' ? { applied: name } : { rolledBack: name },
  );
  console.log(`Marked ${name} as ${flag === '--applied' ? 'applied' : 'rolled back'}.`);
}

const COMMANDS: Record<string, (args: string[]) => Promise<void>> = {
  deploy,
  new: create,
  status,
  resolve,
};

const [command = 'deploy', ...rest] = process.argv.slice(2);
const run = COMMANDS[command];
if (!run) {
  console.error(`Unknown command "${command}". Use one of: ${Object.keys(COMMANDS).join(', ')}`);
  process.exit(2);
}
try {
  await run(rest);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
