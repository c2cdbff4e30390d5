// Offline migrations for Gatehouse (see packages/db/README.md):
//   npm run migrate -w @gatehouse/db                 create the database if missing, apply pending migrations
//   npm run migrate:new -w @gatehouse/db -- <name>   write prisma/migrations/<timestamp>_<name> from schema.prisma
//   … migrate:new -- <name> --draft                  an empty migration for hand-written SQL
// DATABASE_URL names the database (for `new`, only its server is used, for a shadow database).
import { z } from 'zod';
import { createMigration } from './create-migration.js';
import { ensureDatabase } from './ensure-database.js';
import { migrateDeploy } from './migrate-deploy.js';
import { DEFAULT_MIGRATIONS_DIR, DEFAULT_SCHEMA_PATH } from './migrations-paths.js';

const env = z
  .object({ DATABASE_URL: z.string().url().default('postgresql://postgres@127.0.0.1:5432/gatehouse') })
  .parse(process.env);

async function deploy(): Promise<void> {
  if (await ensureDatabase(env.DATABASE_URL)) console.log('Created the database.');
  const { applied } = await migrateDeploy(env.DATABASE_URL);
  console.log(applied.length ? `Applied:\n  ${applied.join('\n  ')}` : 'No pending migrations to apply.');
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
  console.log(created ? `Created prisma/migrations/${created.name}/migration.sql` : 'schema.prisma matches the migrations: nothing to create.');
}

const COMMANDS: Record<string, (args: string[]) => Promise<void>> = { deploy, new: create };

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
