import type { ModelPrices } from '@gatehouse/shared';
import {
  DEMO_MODELS,
  DEMO_PROVIDERS,
  type DemoModel,
  type DemoProvider,
} from './demo-providers.js';
import { opensWithKey, sealCredentials } from './seal-credentials.js';
import { countUpdated, ensureRow, type SeedRun } from './seed-run.js';

/** A seeded model as the usage generator needs it. */
export type SeededModel = {
  id: string;
  publicName: string;
  kind: 'CHAT' | 'EMBEDDING';
  providerId: string;
  providerSlug: string;
  region: string | null;
  prices: ModelPrices;
};

export function joinUrl(base: string, path: string): string {
  return base.replace(/\/+$/, '') + path;
}

async function ensureProvider(run: SeedRun, orgId: string, provider: DemoProvider) {
  const { prisma } = run;
  const row = await ensureRow(
    run,
    'Provider',
    () =>
      prisma.provider.findUnique({
        where: { orgId_slug: { orgId, slug: provider.slug } },
        select: { id: true, region: true, credentialsEnc: true, baseUrl: true },
      }),
    () =>
      prisma.provider.create({
        data: {
          orgId,
          slug: provider.slug,
          name: provider.name,
          kind: provider.kind,
          baseUrl: joinUrl(run.options.mockProviderUrl, provider.path),
          region: provider.region,
          credentialsEnc: sealCredentials(run, provider.credentials),
          settings: provider.settings,
        },
        select: { id: true, region: true, credentialsEnc: true, baseUrl: true },
      }),
  );
  // The mock provider's URL is part of the environment (its port can change between runs).
  const baseUrl = joinUrl(run.options.mockProviderUrl, provider.path);
  if (row.baseUrl !== baseUrl) {
    await prisma.provider.update({ where: { id: row.id }, data: { baseUrl } });
    countUpdated(run, 'Provider');
  }
  if (!opensWithKey(run, row.credentialsEnc)) {
    await prisma.provider.update({
      where: { id: row.id },
      data: { credentialsEnc: sealCredentials(run, provider.credentials) },
    });
    countUpdated(run, 'Provider');
  }
  return row;
}

const MODEL_SELECT = {
  id: true,
  inputPricePerMTokMicros: true,
  outputPricePerMTokMicros: true,
  cachedInputPricePerMTokMicros: true,
} as const;

async function ensureModel(run: SeedRun, orgId: string, providerId: string, model: DemoModel) {
  const { prisma } = run;
  return ensureRow(
    run,
    'Model',
    () =>
      prisma.model.findUnique({
        where: { orgId_publicName: { orgId, publicName: model.publicName } },
        select: MODEL_SELECT,
      }),
    () =>
      prisma.model.create({
        data: {
          orgId,
          providerId,
          publicName: model.publicName,
          upstreamId: model.upstreamId,
          kind: model.kind,
          inputPricePerMTokMicros: model.prices.input,
          outputPricePerMTokMicros: model.prices.output,
          cachedInputPricePerMTokMicros: model.prices.cached,
          contextWindow: model.contextWindow,
          maxOutputTokens: model.maxOutputTokens,
          supportsTools: model.kind === 'CHAT',
          supportsVision: model.supportsVision ?? false,
          supportsStreaming: model.kind === 'CHAT',
          embeddingDimensions: model.embeddingDimensions ?? null,
        },
        select: MODEL_SELECT,
      }),
  );
}

async function ensureAliases(
  run: SeedRun,
  orgId: string,
  modelId: string,
  aliases: readonly string[],
) {
  const { prisma } = run;
  for (const alias of aliases) {
    await ensureRow(
      run,
      'ModelAlias',
      () =>
        prisma.modelAlias.findUnique({
          where: { orgId_alias: { orgId, alias } },
          select: { alias: true },
        }),
      () => prisma.modelAlias.create({ data: { orgId, alias, modelId }, select: { alias: true } }),
    );
  }
}

/** Providers pointing at the mock (credentials sealed), their models with prices, and aliases. */
export async function seedProviders(
  run: SeedRun,
  orgId: string,
): Promise<Map<string, SeededModel>> {
  const providers = new Map<string, { id: string; region: string | null }>();
  for (const provider of DEMO_PROVIDERS)
    providers.set(provider.slug, await ensureProvider(run, orgId, provider));
  const models = new Map<string, SeededModel>();
  for (const model of DEMO_MODELS) {
    const provider = providers.get(model.provider);
    if (provider === undefined)
      throw new Error(`seed: model ${model.publicName} names unknown provider ${model.provider}`);
    const row = await ensureModel(run, orgId, provider.id, model);
    await ensureAliases(run, orgId, row.id, model.aliases ?? []);
    models.set(model.publicName, {
      id: row.id,
      publicName: model.publicName,
      kind: model.kind,
      providerId: provider.id,
      providerSlug: model.provider,
      region: provider.region,
      // Prices as stored (an admin may have changed them since the first seed).
      prices: {
        inputPerMTokMicros: row.inputPricePerMTokMicros,
        outputPerMTokMicros: row.outputPricePerMTokMicros,
        cachedInputPerMTokMicros: row.cachedInputPricePerMTokMicros,
      },
    });
  }
  return models;
}
