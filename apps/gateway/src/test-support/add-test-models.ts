// Models the demo seed does not carry, added for the adapter-coverage tests: a Mistral provider
// (chat and embeddings) and embedding models on Gemini, Azure OpenAI and the vLLM provider, all
// served by the LLM API's catch-all route.
import type { DbClient } from '@gatehouse/db';
import { encryptSecret } from '@gatehouse/shared';

type ExtraModel = {
  provider: string;
  publicName: string;
  upstreamId: string;
  kind: 'CHAT' | 'EMBEDDING';
};

export const EXTRA_MODELS: readonly ExtraModel[] = [
  {
    provider: 'mistral',
    publicName: 'mistral-small',
    upstreamId: 'mistral-small-latest',
    kind: 'CHAT',
  },
  {
    provider: 'mistral',
    publicName: 'mistral-embed',
    upstreamId: 'mistral-embed',
    kind: 'EMBEDDING',
  },
  {
    provider: 'gemini',
    publicName: 'gemini-embedding',
    upstreamId: 'gemini-embedding-001',
    kind: 'EMBEDDING',
  },
  {
    provider: 'azure-openai',
    publicName: 'embedding-eu',
    upstreamId: 'text-embedding-3-small',
    kind: 'EMBEDDING',
  },
  { provider: 'vllm', publicName: 'vllm-embed', upstreamId: 'mock-embed-small', kind: 'EMBEDDING' },
];

async function ensureMistral(db: DbClient, orgId: string, mockUrl: string, key: Uint8Array) {
  const credentialsEnc = new Uint8Array(
    encryptSecret(JSON.stringify({ apiKey: 'mock-mistral-key' }), key),
  );
  return db.provider.upsert({
    where: { orgId_slug: { orgId, slug: 'mistral' } },
    create: {
      orgId,
      slug: 'mistral',
      name: 'Mistral',
      kind: 'MISTRAL',
      baseUrl: `${mockUrl}/mistral/v1`,
      credentialsEnc,
    },
    update: { baseUrl: `${mockUrl}/mistral/v1`, credentialsEnc },
    select: { id: true },
  });
}

/**
 * Adds the extra models (idempotent) and makes the LLM API's catch-all route serve them. Other
 * test files share the seeded demo org, so `removeTestModels` takes them away again.
 */
export async function addTestModels(db: DbClient, orgId: string, mockUrl: string, key: Uint8Array) {
  await ensureMistral(db, orgId, mockUrl, key);
  const route = await db.route.findFirstOrThrow({
    where: { product: { orgId, slug: 'llm-api' }, match: { equals: { models: ['*'] } } },
    select: { id: true, targets: { select: { modelId: true, position: true } } },
  });
  let position = Math.max(0, ...route.targets.map((t) => t.position)) + 1;
  for (const extra of EXTRA_MODELS) {
    const provider = await db.provider.findUniqueOrThrow({
      where: { orgId_slug: { orgId, slug: extra.provider } },
      select: { id: true },
    });
    const model = await db.model.upsert({
      where: { orgId_publicName: { orgId, publicName: extra.publicName } },
      create: {
        orgId,
        providerId: provider.id,
        publicName: extra.publicName,
        upstreamId: extra.upstreamId,
        kind: extra.kind,
        inputPricePerMTokMicros: 100_000n,
        outputPricePerMTokMicros: extra.kind === 'CHAT' ? 300_000n : 0n,
        contextWindow: 128_000,
      },
      update: {},
      select: { id: true },
    });
    if (!route.targets.some((t) => t.modelId === model.id)) {
      await db.routeTarget.create({ data: { routeId: route.id, modelId: model.id, position } });
      position += 1;
    }
  }
}

/** Removes what addTestModels added: the routes' targets, the models, the Mistral provider. */
export async function removeTestModels(db: DbClient, orgId: string): Promise<void> {
  const names = EXTRA_MODELS.map((m) => m.publicName);
  await db.routeTarget.deleteMany({ where: { model: { orgId, publicName: { in: names } } } });
  await db.model.deleteMany({ where: { orgId, publicName: { in: names } } });
  await db.provider.deleteMany({ where: { orgId, slug: 'mistral' } });
}
