// The whole dev stack as functions: build, Postgres (or embedded PGlite), migrate, seed, Redis
// probe, then every service with health checks. Used by `npm start` and by the e2e harness.
import { join, relative } from 'node:path';
import { describeExit, reportChild, runChild, startChild, stopChild } from './children.mjs';
import { migrateDatabase, seedDatabase } from './database.mjs';
import { EMBEDDED_NAME, startEmbeddedPostgresChild } from './embedded-postgres.mjs';
import { waitForHttp } from './health.mjs';
import { say } from './output.mjs';
import { probePostgres, probeRedis } from './probe.mjs';
import { PORT_ENV, SERVICES, serviceUrls } from './services.mjs';

/**
 * @typedef {object} StackOptions
 * @property {string} root repo root
 * @property {import('./env.mjs').StartEnv} env
 * @property {import('./secrets.mjs').DevSecrets} secrets
 * @property {import('./services.mjs').Ports} ports
 * @property {boolean} allowEmbedded fall back to PGlite when no Postgres answers
 * @property {string} embeddedDataDir
 * @property {boolean} skipBuild
 * @property {readonly string[]} [services] start only these (by name); all when absent (the bench
 *   runs mock-provider, worker and gateway only)
 * @property {(stop: () => Promise<void>) => void} [registerStop] receives `stop` at once, so a
 *   signal during startup can stop what has started so far
 */
/**
 * @typedef {object} Stack
 * @property {ReturnType<typeof serviceUrls>} urls
 * @property {import('./banner.mjs').BannerInfo} info
 * @property {() => Promise<void>} stop
 */

/** @param {string} root */
export async function buildAll(root) {
  say('building (nx run-many -t build, cached)…');
  await runChild({
    name: 'build',
    color: 'gray',
    command: join(root, 'node_modules/.bin/nx'),
    args: ['run-many', '-t', 'build', '--outputStyle=static-failures-only', '--parallel=2'],
    cwd: root,
    env: { ...process.env, NX_DAEMON: 'false', NX_TUI: 'false', NX_NO_CLOUD: 'true' },
  });
}

/**
 * @param {StackOptions} options
 * @param {(child: import('./children.mjs').Child) => void} track
 */
async function resolveDatabase(options, track) {
  const url = options.env.DATABASE_URL;
  if (await probePostgres(url)) return { url, embedded: false };
  if (!options.allowEmbedded) throw new Error(`no Postgres answers at ${new URL(url).host}`);
  say(
    `no Postgres answered at ${new URL(url).host} within 2 s: starting embedded PGlite (data in ${relative(options.root, options.embeddedDataDir)})`,
  );
  const embedded = await startEmbeddedPostgresChild({
    root: options.root,
    dataDir: options.embeddedDataDir,
  });
  track(embedded.child);
  say(`embedded Postgres (PGlite) listening at ${embedded.url}`);
  return { url: embedded.url, embedded: true };
}

/**
 * @param {StackOptions} options
 */
async function resolveRedis(options) {
  const url = options.env.REDIS_URL;
  if (options.env.SINGLE_NODE === 'true') return { url, singleNode: true };
  if (await probeRedis(url)) return { url, singleNode: false };
  say(
    `no Redis answered at ${new URL(url).host}: running single-node (SINGLE_NODE=true, per-process limits and cache)`,
  );
  return { url, singleNode: true };
}

/**
 * The env every child gets: the apps' env contract plus what the portal's auth needs.
 * @param {StackOptions} options
 * @param {{ url: string }} database
 * @param {{ url: string, singleNode: boolean }} redis
 * @returns {NodeJS.ProcessEnv}
 */
export function childEnv(options, database, redis) {
  const urls = serviceUrls(options.ports);
  /** @type {NodeJS.ProcessEnv} */
  const env = {
    ...process.env,
    NODE_ENV: 'production',
    DATABASE_URL: database.url,
    REDIS_URL: redis.url,
    SINGLE_NODE: String(redis.singleNode),
    ENCRYPTION_KEY: options.env.ENCRYPTION_KEY ?? options.secrets.encryptionKey,
    LOG_LEVEL: options.env.LOG_LEVEL,
    ADMIN_API_URL: urls.adminApi,
    GATEWAY_PUBLIC_URL: urls.gateway,
    MOCK_PROVIDER_URL: urls.mockProvider,
    PORTAL_URL: urls.portal,
    AUTH_SECRET: options.secrets.authSecret,
    AUTH_JWT_SECRET: options.env.AUTH_JWT_SECRET ?? options.secrets.adminJwtSecret,
    NEXTAUTH_SECRET: options.secrets.authSecret,
    AUTH_URL: urls.portal,
    NEXTAUTH_URL: urls.portal,
    AUTH_TRUST_HOST: 'true',
    NX_DAEMON: 'false',
  };
  for (const [key, name] of Object.entries(PORT_ENV)) {
    env[name] = String(options.ports[/** @type {keyof typeof PORT_ENV} */ (key)]);
  }
  return env;
}

/** @param {StackOptions} options */
export function seedCredentials(options) {
  return {
    admin: {
      email: options.env.SEED_ADMIN_EMAIL,
      password: options.env.SEED_ADMIN_PASSWORD ?? options.secrets.adminPassword,
    },
    keys: {
      demo: options.env.SEED_DEMO_KEY ?? options.secrets.demoKey,
      trial: options.env.SEED_TRIAL_KEY ?? options.secrets.trialKey,
    },
  };
}

/**
 * Starts every service, then waits for all health checks together.
 * @param {StackOptions} options
 * @param {NodeJS.ProcessEnv} env
 * @param {(child: import('./children.mjs').Child) => void} track
 */
async function startServices(options, env, track) {
  const wanted = SERVICES.filter(
    (service) => options.services === undefined || options.services.includes(service.name),
  );
  const started = wanted.map((service) => {
    const child = startChild({
      name: service.name,
      color: service.color,
      command: process.execPath,
      args: service.args(options.root, options.ports),
      cwd: join(options.root, service.cwd),
      env,
    });
    track(child);
    return { service, child };
  });
  await Promise.all(
    started.map(async ({ service, child }) => {
      const isAlive = () => child.alive;
      if (service.port && service.health) {
        await waitForHttp(`http://127.0.0.1:${options.ports[service.port]}${service.health}`, {
          isAlive,
          timeoutMs: 120_000,
        });
      } else {
        // No HTTP endpoint (the worker): healthy if it is still up after its boot.
        await new Promise((resolve) => setTimeout(resolve, 3000));
        if (!isAlive()) throw new Error(`${service.name} exited during startup`);
      }
      say(`${service.name} is up`);
    }),
  );
}

/**
 * Keeps the stack's children: reports any that dies unasked, and stops them all: services together,
 * the embedded database after them, so apps close their connections cleanly.
 */
function createChildSet() {
  /** @type {import('./children.mjs').Child[]} */
  const children = [];
  /** @type {Promise<void> | undefined} */
  let stopping;
  return {
    children,
    /** @param {import('./children.mjs').Child} child */
    add(child) {
      children.push(child);
      void child.exited.then((exit) => {
        if (!stopping) reportChild(child.name, `${child.name} ${describeExit(exit)}`);
      });
    },
    stop() {
      stopping ??= (async () => {
        const last = children.filter((child) => child.name === EMBEDDED_NAME);
        await Promise.all(
          children.filter((child) => child.name !== EMBEDDED_NAME).map((child) => stopChild(child)),
        );
        await Promise.all(last.map((child) => stopChild(child)));
      })();
      return stopping;
    },
  };
}

/**
 * @param {StackOptions} options
 * @returns {Promise<Stack>}
 */
export async function startStack(options) {
  const set = createChildSet();
  const stop = () => set.stop();
  options.registerStop?.(stop);
  try {
    if (!options.skipBuild) await buildAll(options.root);
    const database = await resolveDatabase(options, set.add);
    say('creating the database if missing and applying migrations…');
    await migrateDatabase(database.url);
    const redis = await resolveRedis(options);
    const env = childEnv(options, database, redis);
    const credentials = seedCredentials(options);
    say('seeding (idempotent)…');
    await seedDatabase({
      root: options.root,
      env: {
        ...env,
        SEED_ADMIN_EMAIL: credentials.admin.email,
        SEED_ADMIN_PASSWORD: credentials.admin.password,
        SEED_DEMO_KEY: credentials.keys.demo,
        SEED_TRIAL_KEY: credentials.keys.trial,
      },
    });
    await startServices(options, env, set.add);
    const urls = serviceUrls(options.ports);
    return {
      urls,
      info: {
        urls,
        ...credentials,
        database: {
          url: database.url,
          embedded: database.embedded,
          dataDir: relative(options.root, options.embeddedDataDir) || '.',
        },
        redis,
      },
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
