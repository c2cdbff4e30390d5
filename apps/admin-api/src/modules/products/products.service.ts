import { Inject, Injectable } from '@nestjs/common';
import type { Prisma } from '@gatehouse/db';
import { checkOpenApiDocument } from '@gatehouse/shared';
import type { FastifyRequest } from 'fastify';
import type { Actor } from '../../auth/actor.js';
import { toPage, type Page } from '../../http/pagination.js';
import { RecordChange, type Recorder } from '../resource-support/record-change.service.js';
import { invalid, notFound, uniqueOr409 } from '../resource-support/resource-errors.js';
import { cursorId, pathId } from '../resource-support/resource-ids.js';
import { SecretBox } from '../resource-support/secret-box.service.js';
import { seesWholeCatalog } from '../resource-support/team-access.js';
import type {
  CreateProductInput,
  ListProductsQuery,
  UpdateProductInput,
} from './dto/product.schema.js';
import { ProductsRepository, type ProductRecord } from './products.repository.js';

const SLUG_TAKEN = 'A product with this slug already exists';

export type ProductDetail = ProductRecord & { openApiDocument: Prisma.JsonValue | null };

type ProductShape = {
  kind: ProductRecord['kind'];
  openApiDocument?: Record<string, unknown> | null;
  upstreamCredentials?: Record<string, string> | null;
};

// AI products get generated docs and use provider credentials; REST/GraphQL bring their own.
function checkShape({ kind, openApiDocument, upstreamCredentials }: ProductShape): void {
  if (kind === 'AI' && openApiDocument) {
    throw invalid('AI products take no openApiDocument (theirs is generated)', 'openApiDocument');
  }
  if (kind === 'AI' && upstreamCredentials) {
    throw invalid('AI products use their providers’ credentials', 'upstreamCredentials');
  }
  if (openApiDocument) {
    const problem = checkOpenApiDocument(openApiDocument);
    if (problem !== null) throw invalid(`openApiDocument ${problem}`, 'openApiDocument');
  }
}

@Injectable()
export class ProductsService {
  private readonly record: Recorder;

  constructor(
    @Inject(ProductsRepository) private readonly repository: ProductsRepository,
    @Inject(SecretBox) private readonly secrets: SecretBox,
    @Inject(RecordChange) changes: RecordChange,
  ) {
    this.record = changes.recorder('product', true);
  }

  async list(actor: Actor, query: ListProductsQuery): Promise<Page<ProductRecord>> {
    const whole = seesWholeCatalog(actor);
    const rows = await this.repository.findMany(
      {
        orgId: actor.orgId,
        kind: query.kind,
        visibility: query.visibility,
        visibleIn: whole ? null : ['PUBLIC', 'INTERNAL'],
        includeArchived: whole && query.includeArchived === true,
        afterId: cursorId(query.cursor),
      },
      query.limit + 1,
    );
    return toPage(rows, query.limit, (row) => row.id);
  }

  async get(actor: Actor, id: string): Promise<ProductDetail> {
    const product = await this.visible(actor, id);
    return { ...product, openApiDocument: await this.repository.openApiDocument(product.id) };
  }

  /** A product the actor may see: developers see no PRIVATE or archived ones. */
  async visible(actor: Actor, id: string, param?: string): Promise<ProductRecord> {
    const product = await this.repository.findById(actor.orgId, pathId(id, 'Product'));
    const hidden =
      !seesWholeCatalog(actor) && (product?.visibility === 'PRIVATE' || product?.archivedAt);
    if (product === null || hidden) throw notFound('Product', param);
    return product;
  }

  async create(
    actor: Actor,
    { upstreamCredentials, ...input }: CreateProductInput,
    request?: FastifyRequest,
  ): Promise<ProductRecord> {
    checkShape({ ...input, upstreamCredentials });
    await this.assertPolicy(actor, input.guardrailPolicyId);
    const product = await uniqueOr409(
      this.repository.create(actor.orgId, {
        ...input,
        upstreamCredentialsEnc: upstreamCredentials
          ? this.secrets.sealJson(upstreamCredentials)
          : null,
      }),
      SLUG_TAKEN,
      'slug',
    );
    await this.record(actor, 'create', product.id, null, product, request);
    return product;
  }

  async update(
    actor: Actor,
    id: string,
    { upstreamCredentials, ...input }: UpdateProductInput,
    request?: FastifyRequest,
  ): Promise<ProductRecord> {
    const before = await this.visible(actor, id);
    checkShape({ kind: before.kind, openApiDocument: input.openApiDocument, upstreamCredentials });
    await this.assertPolicy(actor, input.guardrailPolicyId);
    const upstreamCredentialsEnc =
      upstreamCredentials === undefined
        ? undefined
        : upstreamCredentials && this.secrets.sealJson(upstreamCredentials);
    const after = await uniqueOr409(
      this.repository.update(actor.orgId, before.id, { ...input, upstreamCredentialsEnc }),
      SLUG_TAKEN,
      'slug',
    );
    await this.record(actor, 'update', after.id, before, after, request);
    return after;
  }

  /** Archived products leave the catalog; subscriptions and history stay. */
  async archive(actor: Actor, id: string, request?: FastifyRequest): Promise<ProductRecord> {
    const before = await this.visible(actor, id);
    if (before.archivedAt !== null) return before;
    const after = await this.repository.update(actor.orgId, before.id, { archivedAt: new Date() });
    await this.record(actor, 'archive', after.id, before, after, request);
    return after;
  }

  private async assertPolicy(actor: Actor, policyId: string | null | undefined): Promise<void> {
    if (!policyId) return;
    if (!(await this.repository.guardrailPolicyInOrg(actor.orgId, policyId))) {
      throw notFound('Guardrail policy', 'guardrailPolicyId');
    }
  }
}
