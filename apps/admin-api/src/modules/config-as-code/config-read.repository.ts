import { Injectable } from '@nestjs/common';
import type { Prisma } from '@gatehouse/db';
import { CONFIG_API_VERSION, type ConfigKind } from '@gatehouse/shared';

export type Tx = Prisma.TransactionClient;

/** A stored document before validation (spec as plain data), with its sealed secret if any. */
export type StoredDocument = {
  kind: ConfigKind;
  name: string;
  spec: Record<string, unknown>;
  sealedSecret: Uint8Array | null;
};

const live = { archivedAt: null };
const num = (value: bigint | null) => (value === null ? null : Number(value));
const doc = (
  kind: ConfigKind,
  name: string,
  spec: Record<string, unknown>,
  sealedSecret: Uint8Array | null = null,
): StoredDocument => ({ kind, name, spec, sealedSecret });

/** Document envelope of a stored document. */
export function envelope(stored: StoredDocument) {
  return {
    apiVersion: CONFIG_API_VERSION,
    kind: stored.kind,
    metadata: { name: stored.name },
    spec: stored.spec,
  };
}

/**
 * Reads an organization's configuration as config documents (names, never ids), in a stable
 * order. Archived products (and their routes and plans) are left out.
 */
@Injectable()
export class ConfigReadRepository {
  async read(tx: Tx, orgId: string): Promise<StoredDocument[]> {
    return [
      ...(await this.providers(tx, orgId)),
      ...(await this.guardrails(tx, orgId)),
      ...(await this.models(tx, orgId)),
      ...(await this.products(tx, orgId)),
      ...(await this.plans(tx, orgId)),
      ...(await this.routes(tx, orgId)),
      ...(await this.prompts(tx, orgId)),
    ];
  }

  private async providers(tx: Tx, orgId: string) {
    const rows = await tx.provider.findMany({ where: { orgId }, orderBy: { slug: 'asc' } });
    return rows.map((r) =>
      doc(
        'Provider',
        r.slug,
        {
          displayName: r.name,
          kind: r.kind,
          baseUrl: r.baseUrl,
          region: r.region,
          settings: r.settings,
          enabled: r.enabled,
        },
        r.credentialsEnc,
      ),
    );
  }

  private async guardrails(tx: Tx, orgId: string) {
    const rows = await tx.guardrailPolicy.findMany({ where: { orgId }, orderBy: { name: 'asc' } });
    return rows.map((r) =>
      doc('GuardrailPolicy', r.name, {
        description: r.description,
        isDefault: r.isDefault,
        input: r.input,
        output: r.output,
        enabled: r.enabled,
      }),
    );
  }

  private async models(tx: Tx, orgId: string) {
    const rows = await tx.model.findMany({
      where: { orgId },
      orderBy: { publicName: 'asc' },
      include: { provider: { select: { slug: true } }, aliases: { select: { alias: true } } },
    });
    return rows.map((r) =>
      doc('Model', r.publicName, {
        provider: r.provider.slug,
        upstreamId: r.upstreamId,
        kind: r.kind,
        prices: {
          inputPerMTokMicros: Number(r.inputPricePerMTokMicros),
          outputPerMTokMicros: Number(r.outputPricePerMTokMicros),
          cachedInputPerMTokMicros: Number(r.cachedInputPricePerMTokMicros),
        },
        contextWindow: r.contextWindow,
        maxOutputTokens: r.maxOutputTokens,
        supportsTools: r.supportsTools,
        supportsVision: r.supportsVision,
        supportsStreaming: r.supportsStreaming,
        embeddingDimensions: r.embeddingDimensions,
        region: r.region,
        timeoutMs: r.timeoutMs,
        enabled: r.enabled,
        aliases: r.aliases.map((a) => a.alias).sort(),
      }),
    );
  }

  private async products(tx: Tx, orgId: string) {
    const rows = await tx.apiProduct.findMany({
      where: { orgId, ...live },
      orderBy: { slug: 'asc' },
      include: { guardrailPolicy: { select: { name: true } } },
    });
    return rows.map((r) =>
      doc(
        'ApiProduct',
        r.slug,
        {
          displayName: r.name,
          description: r.description,
          kind: r.kind,
          openApiDocument: r.openApiDocument,
          visibility: r.visibility,
          approvalMode: r.approvalMode,
          guardrailPolicy: r.guardrailPolicy?.name ?? null,
        },
        r.upstreamCredentialsEnc,
      ),
    );
  }

  private async plans(tx: Tx, orgId: string) {
    const rows = await tx.plan.findMany({
      where: { product: { orgId, ...live } },
      orderBy: [{ product: { slug: 'asc' } }, { slug: 'asc' }],
      include: {
        product: { select: { slug: true } },
        downgradeModel: { select: { publicName: true } },
      },
    });
    return rows.map((r) =>
      doc('Plan', r.slug, {
        product: r.product.slug,
        displayName: r.name,
        description: r.description,
        requestsPerMinute: r.requestsPerMinute,
        tokensPerMinute: r.tokensPerMinute,
        modelLimits: r.modelLimits,
        requestQuota: r.requestQuota,
        tokenQuota: num(r.tokenQuota),
        quotaPeriod: r.quotaPeriod,
        budgetMicros: num(r.budgetMicros),
        budgetPeriod: r.budgetPeriod,
        budgetMode: r.budgetMode,
        overage: r.overage,
        downgradeModel: r.downgradeModel?.publicName ?? null,
        allowedModels: r.allowedModels,
        priceMonthlyMicros: Number(r.priceMonthlyMicros),
        isPublic: r.isPublic,
      }),
    );
  }

  private async routes(tx: Tx, orgId: string) {
    const rows = await tx.route.findMany({
      where: { product: { orgId, ...live } },
      orderBy: [{ product: { slug: 'asc' } }, { name: 'asc' }],
      include: {
        product: { select: { slug: true } },
        targets: {
          orderBy: [{ isFallback: 'asc' }, { position: 'asc' }, { id: 'asc' }],
          include: { model: { select: { publicName: true } } },
        },
      },
    });
    return rows.map((r) =>
      doc('Route', r.name, {
        product: r.product.slug,
        priority: r.priority,
        match: r.match,
        strategy: r.strategy,
        strategyConfig: r.strategyConfig,
        retries: r.retries,
        timeoutMs: r.timeoutMs,
        cache: { enabled: r.cacheEnabled, ttlSeconds: r.cacheTtlSeconds },
        region: r.region,
        enabled: r.enabled,
        targets: r.targets.map((t) => ({
          ...(t.model ? { model: t.model.publicName } : {}),
          ...(t.upstreamUrl !== null ? { upstreamUrl: t.upstreamUrl } : {}),
          weight: t.weight,
          position: t.position,
          fallback: t.isFallback,
        })),
      }),
    );
  }

  private async prompts(tx: Tx, orgId: string) {
    const rows = await tx.promptTemplate.findMany({
      where: { orgId },
      orderBy: { slug: 'asc' },
      include: {
        versions: { orderBy: { version: 'asc' } },
        labels: {
          orderBy: { name: 'asc' },
          include: { versions: { include: { version: { select: { version: true } } } } },
        },
      },
    });
    return rows.map((r) =>
      doc('Prompt', r.slug, {
        displayName: r.name,
        description: r.description,
        versions: r.versions.map((v) => ({
          version: v.version,
          messages: v.messages,
          variables: v.variables,
          model: v.model,
          parameters: v.parameters,
          changelog: v.changelog,
        })),
        labels: Object.fromEntries(
          r.labels
            .filter((label) => label.versions.length > 0)
            .map((label) => [
              label.name,
              label.versions
                .map((lv) => ({ version: lv.version.version, weight: lv.weight }))
                .sort((a, b) => a.version - b.version),
            ]),
        ),
      }),
    );
  }
}
