import { Injectable } from '@nestjs/common';
import type { ConfigDocument, ConfigDocumentOf, ConfigKind } from '@gatehouse/shared';
import { Prisma } from '@gatehouse/db';
import type { Tx } from './config-read.repository.js';

/** What a write needs besides the document: the org and the sealed secret (undefined = keep). */
export type WriteContext = {
  tx: Tx;
  orgId: string;
  sealedSecret: Uint8Array<ArrayBuffer> | undefined;
};

type Json = Prisma.InputJsonValue;
const json = (value: unknown) => value as Json;
const big = (value: number | null) => (value === null ? null : BigInt(value));

/** A name the file refers to that the database does not hold (validation should prevent it). */
export class MissingReferenceError extends Error {}

async function idOf<T>(lookup: Promise<T | null>, what: string): Promise<T> {
  const row = await lookup;
  if (row === null) throw new MissingReferenceError(`${what} does not exist`);
  return row;
}

const providerId = (c: WriteContext, slug: string) =>
  idOf(
    c.tx.provider.findUnique({
      where: { orgId_slug: { orgId: c.orgId, slug } },
      select: { id: true },
    }),
    `Provider ${slug}`,
  );
const modelId = (c: WriteContext, publicName: string) =>
  idOf(
    c.tx.model.findUnique({
      where: { orgId_publicName: { orgId: c.orgId, publicName } },
      select: { id: true },
    }),
    `Model ${publicName}`,
  );
const productId = (c: WriteContext, slug: string) =>
  idOf(
    c.tx.apiProduct.findUnique({
      where: { orgId_slug: { orgId: c.orgId, slug } },
      select: { id: true },
    }),
    `ApiProduct ${slug}`,
  );
const guardrailId = (c: WriteContext, name: string) =>
  idOf(
    c.tx.guardrailPolicy.findUnique({
      where: { orgId_name: { orgId: c.orgId, name } },
      select: { id: true },
    }),
    `GuardrailPolicy ${name}`,
  );

async function writeProvider(c: WriteContext, { metadata, spec }: ConfigDocumentOf<'Provider'>) {
  const data = {
    name: spec.displayName,
    kind: spec.kind,
    baseUrl: spec.baseUrl,
    region: spec.region,
    settings: json(spec.settings),
    enabled: spec.enabled,
    ...(c.sealedSecret === undefined ? {} : { credentialsEnc: c.sealedSecret }),
  };
  await c.tx.provider.upsert({
    where: { orgId_slug: { orgId: c.orgId, slug: metadata.name } },
    create: { orgId: c.orgId, slug: metadata.name, ...data },
    update: data,
  });
}

async function writeGuardrail(
  c: WriteContext,
  { metadata, spec }: ConfigDocumentOf<'GuardrailPolicy'>,
) {
  const data = { ...spec, input: json(spec.input), output: json(spec.output) };
  await c.tx.guardrailPolicy.upsert({
    where: { orgId_name: { orgId: c.orgId, name: metadata.name } },
    create: { orgId: c.orgId, name: metadata.name, ...data },
    update: data,
  });
}

async function writeModel(c: WriteContext, { metadata, spec }: ConfigDocumentOf<'Model'>) {
  const { aliases, prices, provider, ...rest } = spec;
  const data = {
    ...rest,
    providerId: (await providerId(c, provider)).id,
    inputPricePerMTokMicros: BigInt(prices.inputPerMTokMicros),
    outputPricePerMTokMicros: BigInt(prices.outputPerMTokMicros),
    cachedInputPricePerMTokMicros: BigInt(prices.cachedInputPerMTokMicros),
  };
  const row = await c.tx.model.upsert({
    where: { orgId_publicName: { orgId: c.orgId, publicName: metadata.name } },
    create: { orgId: c.orgId, publicName: metadata.name, ...data },
    update: data,
    select: { id: true },
  });
  await c.tx.modelAlias.deleteMany({ where: { modelId: row.id, alias: { notIn: aliases } } });
  for (const alias of aliases)
    await c.tx.modelAlias.upsert({
      where: { orgId_alias: { orgId: c.orgId, alias } },
      create: { orgId: c.orgId, alias, modelId: row.id },
      update: { modelId: row.id },
    });
}

async function writeProduct(c: WriteContext, { metadata, spec }: ConfigDocumentOf<'ApiProduct'>) {
  const { displayName, guardrailPolicy, openApiDocument, upstreamCredentials: _, ...rest } = spec;
  const data = {
    ...rest,
    name: displayName,
    openApiDocument: openApiDocument === null ? Prisma.DbNull : json(openApiDocument),
    guardrailPolicyId: guardrailPolicy === null ? null : (await guardrailId(c, guardrailPolicy)).id,
    archivedAt: null,
    ...(c.sealedSecret === undefined ? {} : { upstreamCredentialsEnc: c.sealedSecret }),
  };
  await c.tx.apiProduct.upsert({
    where: { orgId_slug: { orgId: c.orgId, slug: metadata.name } },
    create: { orgId: c.orgId, slug: metadata.name, ...data },
    update: data,
  });
}

async function writePlan(c: WriteContext, { metadata, spec }: ConfigDocumentOf<'Plan'>) {
  const { product, displayName, downgradeModel, ...rest } = spec;
  const id = (await productId(c, product)).id;
  const data = {
    ...rest,
    name: displayName,
    modelLimits: json(rest.modelLimits),
    tokenQuota: big(rest.tokenQuota),
    budgetMicros: big(rest.budgetMicros),
    priceMonthlyMicros: BigInt(rest.priceMonthlyMicros),
    downgradeModelId: downgradeModel === null ? null : (await modelId(c, downgradeModel)).id,
  };
  await c.tx.plan.upsert({
    where: { productId_slug: { productId: id, slug: metadata.name } },
    create: { productId: id, slug: metadata.name, ...data },
    update: data,
  });
}

async function writeRoute(c: WriteContext, { metadata, spec }: ConfigDocumentOf<'Route'>) {
  const { product, cache, targets, ...rest } = spec;
  const id = (await productId(c, product)).id;
  const data = {
    ...rest,
    match: json(rest.match),
    strategyConfig: json(rest.strategyConfig),
    cacheEnabled: cache.enabled,
    cacheTtlSeconds: cache.ttlSeconds,
  };
  const row = await c.tx.route.upsert({
    where: { productId_name: { productId: id, name: metadata.name } },
    create: { productId: id, name: metadata.name, ...data },
    update: data,
    select: { id: true },
  });
  // Targets have no identity of their own: the route's list is replaced as a whole.
  await c.tx.routeTarget.deleteMany({ where: { routeId: row.id } });
  for (const t of targets)
    await c.tx.routeTarget.create({
      data: {
        routeId: row.id,
        modelId: t.model === undefined ? null : (await modelId(c, t.model)).id,
        upstreamUrl: t.upstreamUrl ?? null,
        weight: t.weight,
        position: t.position,
        isFallback: t.fallback,
      },
    });
}

async function writePrompt(c: WriteContext, { metadata, spec }: ConfigDocumentOf<'Prompt'>) {
  const data = { name: spec.displayName, description: spec.description };
  const template = await c.tx.promptTemplate.upsert({
    where: { orgId_slug: { orgId: c.orgId, slug: metadata.name } },
    create: { orgId: c.orgId, slug: metadata.name, ...data },
    update: data,
    select: { id: true },
  });
  const stored = await c.tx.promptVersion.findMany({
    where: { templateId: template.id },
    select: { id: true, version: true },
  });
  const ids = new Map(stored.map((v) => [v.version, v.id]));
  // Versions are immutable (validation refuses a changed one): only new numbers are written.
  for (const v of spec.versions.filter((v) => !ids.has(v.version))) {
    const row = await c.tx.promptVersion.create({
      data: {
        templateId: template.id,
        ...v,
        messages: json(v.messages),
        variables: json(v.variables),
        parameters: json(v.parameters),
      },
      select: { id: true },
    });
    ids.set(v.version, row.id);
  }
  await c.tx.promptLabel.deleteMany({
    where: { templateId: template.id, name: { notIn: Object.keys(spec.labels) } },
  });
  for (const [name, versions] of Object.entries(spec.labels)) {
    const label = await c.tx.promptLabel.upsert({
      where: { templateId_name: { templateId: template.id, name } },
      create: { templateId: template.id, name },
      update: {},
      select: { id: true },
    });
    await c.tx.promptLabelVersion.deleteMany({ where: { labelId: label.id } });
    await c.tx.promptLabelVersion.createMany({
      data: versions.map((v) => ({
        labelId: label.id,
        versionId: ids.get(v.version) ?? '',
        weight: v.weight,
      })),
    });
  }
}

type Writer = (c: WriteContext, doc: ConfigDocument) => Promise<void>;
type Deleter = (c: WriteContext, doc: ConfigDocument) => Promise<unknown>;

const WRITERS: Record<ConfigKind, Writer> = {
  Provider: (c, d) => writeProvider(c, d as ConfigDocumentOf<'Provider'>),
  GuardrailPolicy: (c, d) => writeGuardrail(c, d as ConfigDocumentOf<'GuardrailPolicy'>),
  Model: (c, d) => writeModel(c, d as ConfigDocumentOf<'Model'>),
  ApiProduct: (c, d) => writeProduct(c, d as ConfigDocumentOf<'ApiProduct'>),
  Plan: (c, d) => writePlan(c, d as ConfigDocumentOf<'Plan'>),
  Route: (c, d) => writeRoute(c, d as ConfigDocumentOf<'Route'>),
  Prompt: (c, d) => writePrompt(c, d as ConfigDocumentOf<'Prompt'>),
};

const scoped = (d: ConfigDocument) => (d as ConfigDocumentOf<'Plan' | 'Route'>).spec.product;

// Prune: products are archived (their subscriptions and history stay); the rest are deleted.
const DELETERS: Record<ConfigKind, Deleter> = {
  Provider: (c, d) =>
    c.tx.provider.deleteMany({ where: { orgId: c.orgId, slug: d.metadata.name } }),
  GuardrailPolicy: (c, d) =>
    c.tx.guardrailPolicy.deleteMany({ where: { orgId: c.orgId, name: d.metadata.name } }),
  Model: (c, d) =>
    c.tx.model.deleteMany({ where: { orgId: c.orgId, publicName: d.metadata.name } }),
  ApiProduct: (c, d) =>
    c.tx.apiProduct.updateMany({
      where: { orgId: c.orgId, slug: d.metadata.name },
      data: { archivedAt: new Date() },
    }),
  Plan: async (c, d) =>
    c.tx.plan.deleteMany({
      where: { productId: (await productId(c, scoped(d))).id, slug: d.metadata.name },
    }),
  Route: async (c, d) =>
    c.tx.route.deleteMany({
      where: { productId: (await productId(c, scoped(d))).id, name: d.metadata.name },
    }),
  Prompt: async (c, d) => {
    await c.tx.promptLabelVersion.deleteMany({
      where: { label: { template: { orgId: c.orgId, slug: d.metadata.name } } },
    });
    return c.tx.promptTemplate.deleteMany({ where: { orgId: c.orgId, slug: d.metadata.name } });
  },
};

/** Writes one planned change inside the caller's transaction (upsert by natural key, or delete). */
@Injectable()
export class ConfigWriteRepository {
  write(
    context: WriteContext,
    action: 'create' | 'update' | 'delete',
    doc: ConfigDocument,
  ): Promise<unknown> {
    return action === 'delete' ? DELETERS[doc.kind](context, doc) : WRITERS[doc.kind](context, doc);
  }
}
