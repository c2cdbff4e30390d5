import { DEFAULT_GUARDRAIL, LLM_PLANS } from './demo-catalog.js';
import {
  ORDERS_OPENAPI,
  ORDERS_UPSTREAM_CREDENTIALS,
  ORDERS_UPSTREAM_PATH,
} from './orders-openapi.js';
import { opensWithKey, sealCredentials } from './seal-credentials.js';
import { joinUrl, type SeededModel } from './seed-providers.js';
import { countUpdated, ensureRow, type SeedRun } from './seed-run.js';
import type { Prisma } from '../generated/prisma/client.js';

export type SeededProducts = {
  llmApiId: string;
  ordersId: string;
  /** "llm-api:free" → plan id */
  planIds: Map<string, string>;
};

type TargetSpec = {
  modelId: string | null;
  upstreamUrl: string | null;
  isFallback: boolean;
  position: number;
  weight: number;
};
type RouteSpec = Omit<Prisma.RouteUncheckedCreateInput, 'productId' | 'targets'> & {
  name: string;
  targets: TargetSpec[];
};

async function ensureGuardrail(run: SeedRun, orgId: string): Promise<string> {
  const { prisma } = run;
  const row = await ensureRow(
    run,
    'GuardrailPolicy',
    () =>
      prisma.guardrailPolicy.findUnique({
        where: { orgId_name: { orgId, name: DEFAULT_GUARDRAIL.name } },
        select: { id: true },
      }),
    () =>
      prisma.guardrailPolicy.create({
        data: { orgId, isDefault: true, ...DEFAULT_GUARDRAIL },
        select: { id: true },
      }),
  );
  return row.id;
}

type ProductSpec = Omit<
  Prisma.ApiProductUncheckedCreateInput,
  'orgId' | 'upstreamCredentialsEnc'
> & {
  slug: string;
  upstreamCredentials?: Record<string, string>;
};

async function ensureProduct(
  run: SeedRun,
  orgId: string,
  { upstreamCredentials, ...data }: ProductSpec,
) {
  const { prisma } = run;
  const seal = () =>
    upstreamCredentials === undefined ? null : sealCredentials(run, upstreamCredentials);
  const row = await ensureRow(
    run,
    'ApiProduct',
    () =>
      prisma.apiProduct.findUnique({
        where: { orgId_slug: { orgId, slug: data.slug } },
        select: { id: true, upstreamCredentialsEnc: true },
      }),
    () =>
      prisma.apiProduct.create({
        data: { orgId, ...data, upstreamCredentialsEnc: seal() },
        select: { id: true, upstreamCredentialsEnc: true },
      }),
  );
  if (upstreamCredentials !== undefined && !opensWithKey(run, row.upstreamCredentialsEnc)) {
    await prisma.apiProduct.update({
      where: { id: row.id },
      data: { upstreamCredentialsEnc: seal() },
    });
    countUpdated(run, 'ApiProduct');
  }
  return row.id;
}

// Targets have no natural key of their own: one is "the same" when it names the same model or URL
// in the same role (primary or fallback) on the same route.
async function ensureRoute(run: SeedRun, productId: string, spec: RouteSpec): Promise<void> {
  const { prisma } = run;
  const { targets, ...route } = spec;
  const row = await ensureRow(
    run,
    'Route',
    () =>
      prisma.route.findUnique({
        where: { productId_name: { productId, name: route.name } },
        select: { id: true },
      }),
    () => prisma.route.create({ data: { productId, ...route }, select: { id: true } }),
  );
  for (const target of targets) {
    // An upstream target is the same target at another URL when the mock provider moved.
    const found = await ensureRow(
      run,
      'RouteTarget',
      () =>
        prisma.routeTarget.findFirst({
          where: {
            routeId: row.id,
            modelId: target.modelId,
            isFallback: target.isFallback,
            ...(target.modelId === null
              ? { position: target.position }
              : { upstreamUrl: target.upstreamUrl }),
          },
          select: { id: true, upstreamUrl: true },
        }),
      () =>
        prisma.routeTarget.create({
          data: { routeId: row.id, ...target },
          select: { id: true, upstreamUrl: true },
        }),
    );
    if (found.upstreamUrl !== target.upstreamUrl) {
      await prisma.routeTarget.update({
        where: { id: found.id },
        data: { upstreamUrl: target.upstreamUrl },
      });
      countUpdated(run, 'RouteTarget');
    }
  }
}

async function ensurePlan(
  run: SeedRun,
  productId: string,
  data: Omit<Prisma.PlanUncheckedCreateInput, 'productId'> & { slug: string },
) {
  const { prisma } = run;
  const row = await ensureRow(
    run,
    'Plan',
    () =>
      prisma.plan.findUnique({
        where: { productId_slug: { productId, slug: data.slug } },
        select: { id: true },
      }),
    () => prisma.plan.create({ data: { productId, ...data }, select: { id: true } }),
  );
  return row.id;
}

function modelTarget(
  models: Map<string, SeededModel>,
  name: string,
  position: number,
  isFallback = false,
): TargetSpec {
  const model = models.get(name);
  if (model === undefined) throw new Error(`seed: route names unknown model ${name}`);
  return { modelId: model.id, upstreamUrl: null, isFallback, position, weight: 100 };
}

function llmRoutes(models: Map<string, SeededModel>): RouteSpec[] {
  return [
    {
      name: 'gpt-4o with EU failover',
      priority: 10,
      match: { models: ['gpt-4o'] },
      strategy: 'FALLBACK',
      retries: 2,
      targets: [modelTarget(models, 'gpt-4o', 0), modelTarget(models, 'gpt-4o-eu', 0, true)],
    },
    {
      // Every model of the product, each answering for its own public name and aliases.
      name: 'all models',
      priority: 100,
      match: { models: ['*'] },
      strategy: 'SINGLE',
      strategyConfig: { target: 'requested-model' },
      cacheEnabled: true,
      cacheTtlSeconds: 300,
      targets: [...models.keys()].map((name, i) => modelTarget(models, name, i)),
    },
  ];
}

async function seedLlmApi(
  run: SeedRun,
  orgId: string,
  models: Map<string, SeededModel>,
  guardrailPolicyId: string,
  planIds: Map<string, string>,
) {
  const productId = await ensureProduct(run, orgId, {
    slug: 'llm-api',
    name: 'LLM API',
    description:
      'OpenAI-compatible access to every approved model: chat, embeddings and managed prompts.',
    kind: 'AI',
    guardrailPolicyId,
  });
  for (const route of llmRoutes(models)) await ensureRoute(run, productId, route);
  for (const plan of LLM_PLANS) {
    planIds.set(
      `llm-api:${plan.slug}`,
      await ensurePlan(run, productId, {
        ...plan,
        allowedModels: [...plan.allowedModels],
        budgetPeriod: 'MONTH',
      }),
    );
  }
  return productId;
}

async function seedOrdersApi(run: SeedRun, orgId: string, planIds: Map<string, string>) {
  const productId = await ensureProduct(run, orgId, {
    slug: 'orders',
    name: 'Orders API',
    description: 'Create, list and track customer orders (REST).',
    kind: 'REST',
    openApiDocument: ORDERS_OPENAPI,
    upstreamCredentials: ORDERS_UPSTREAM_CREDENTIALS,
  });
  await ensureRoute(run, productId, {
    name: 'orders service',
    priority: 100,
    match: { pathPrefix: '/' },
    strategy: 'SINGLE',
    timeoutMs: 10_000,
    targets: [
      {
        modelId: null,
        upstreamUrl: joinUrl(run.options.mockProviderUrl, ORDERS_UPSTREAM_PATH),
        isFallback: false,
        position: 0,
        weight: 100,
      },
    ],
  });
  const standard = {
    slug: 'standard',
    name: 'Standard',
    description: '120 requests per minute.',
    requestsPerMinute: 120,
    budgetMode: 'SOFT' as const,
    overage: 'ALLOW' as const,
  };
  planIds.set('orders:standard', await ensurePlan(run, productId, standard));
  return productId;
}

/** The default guardrail policy, the AI product "LLM API" and the REST product "Orders API". */
export async function seedProducts(
  run: SeedRun,
  orgId: string,
  models: Map<string, SeededModel>,
): Promise<SeededProducts> {
  const guardrailPolicyId = await ensureGuardrail(run, orgId);
  const planIds = new Map<string, string>();
  const llmApiId = await seedLlmApi(run, orgId, models, guardrailPolicyId, planIds);
  const ordersId = await seedOrdersApi(run, orgId, planIds);
  return { llmApiId, ordersId, planIds };
}
