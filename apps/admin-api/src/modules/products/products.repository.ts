import { Inject, Injectable } from '@nestjs/common';
import { Prisma, type ApprovalMode, type ProductKind, type Visibility } from '@gatehouse/db';
import { DatabaseRepository } from '../database/database.repository.js';

export type ProductRecord = {
  id: string;
  slug: string;
  name: string;
  description: string;
  kind: ProductKind;
  visibility: Visibility;
  approvalMode: ApprovalMode;
  guardrailPolicyId: string | null;
  hasOpenApiDocument: boolean;
  /** Whether sealed upstream credentials are stored; the ciphertext never leaves this file. */
  hasUpstreamCredentials: boolean;
  archivedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
};

export type ProductWrite = {
  slug?: string;
  name?: string;
  description?: string;
  kind?: ProductKind;
  openApiDocument?: Record<string, unknown> | null;
  visibility?: Visibility;
  approvalMode?: ApprovalMode;
  guardrailPolicyId?: string | null;
  upstreamCredentialsEnc?: Uint8Array<ArrayBuffer> | null;
  archivedAt?: Date;
};

export type NewProduct = ProductWrite & { slug: string; name: string; kind: ProductKind };

export type ProductFilter = {
  orgId: string;
  kind?: ProductKind;
  visibility?: Visibility;
  /** Visibilities the caller may see (null = all). */
  visibleIn: Visibility[] | null;
  includeArchived: boolean;
  afterId?: string;
};

const SELECT = {
  id: true,
  slug: true,
  name: true,
  description: true,
  kind: true,
  visibility: true,
  approvalMode: true,
  guardrailPolicyId: true,
  upstreamCredentialsEnc: true,
  archivedAt: true,
  createdAt: true,
  updatedAt: true,
} as const;

type Row = Omit<ProductRecord, 'hasOpenApiDocument' | 'hasUpstreamCredentials'> & {
  upstreamCredentialsEnc: Uint8Array | null;
};

function toRecord({ upstreamCredentialsEnc, ...row }: Row, hasDocument: boolean): ProductRecord {
  return {
    ...row,
    hasOpenApiDocument: hasDocument,
    hasUpstreamCredentials: upstreamCredentialsEnc !== null,
  };
}

function toData({ openApiDocument, ...write }: ProductWrite) {
  if (openApiDocument === undefined) return write;
  const json =
    openApiDocument === null ? Prisma.DbNull : (openApiDocument as Prisma.InputJsonObject);
  return { ...write, openApiDocument: json };
}

@Injectable()
export class ProductsRepository {
  constructor(@Inject(DatabaseRepository) private readonly database: DatabaseRepository) {}

  private get db() {
    return this.database.client;
  }

  async findMany(filter: ProductFilter, take: number): Promise<ProductRecord[]> {
    const rows = await this.db.apiProduct.findMany({
      where: {
        orgId: filter.orgId,
        kind: filter.kind,
        visibility:
          filter.visibleIn === null
            ? filter.visibility
            : { in: filter.visibleIn, equals: filter.visibility },
        ...(filter.includeArchived ? {} : { archivedAt: null }),
        ...(filter.afterId ? { id: { gt: filter.afterId } } : {}),
      },
      orderBy: { id: 'asc' },
      take,
      select: SELECT,
    });
    const withDocs = await this.idsWithDocument(rows.map((r) => r.id));
    return rows.map((row) => toRecord(row, withDocs.has(row.id)));
  }

  async findById(orgId: string, id: string): Promise<ProductRecord | null> {
    const row = await this.db.apiProduct.findFirst({ where: { id, orgId }, select: SELECT });
    if (row === null) return null;
    return toRecord(row, (await this.idsWithDocument([row.id])).has(row.id));
  }

  async openApiDocument(id: string): Promise<Prisma.JsonValue | null> {
    const row = await this.db.apiProduct.findUnique({
      where: { id },
      select: { openApiDocument: true },
    });
    return row?.openApiDocument ?? null;
  }

  async guardrailPolicyInOrg(orgId: string, id: string): Promise<boolean> {
    return (await this.db.guardrailPolicy.count({ where: { id, orgId } })) === 1;
  }

  async create(orgId: string, write: NewProduct): Promise<ProductRecord> {
    const data = { orgId, ...toData(write), slug: write.slug, name: write.name, kind: write.kind };
    const row = await this.db.apiProduct.create({ data, select: { id: true } });
    return this.findById(orgId, row.id) as Promise<ProductRecord>;
  }

  async update(orgId: string, id: string, write: ProductWrite): Promise<ProductRecord> {
    await this.db.apiProduct.update({ where: { id }, data: toData(write), select: { id: true } });
    return this.findById(orgId, id) as Promise<ProductRecord>;
  }

  // Documents can be large; ask which rows have one instead of loading them into list pages.
  private async idsWithDocument(ids: string[]): Promise<Set<string>> {
    if (ids.length === 0) return new Set();
    const rows = await this.db.apiProduct.findMany({
      where: { id: { in: ids }, openApiDocument: { not: Prisma.AnyNull } },
      select: { id: true },
    });
    return new Set(rows.map((r) => r.id));
  }
}
