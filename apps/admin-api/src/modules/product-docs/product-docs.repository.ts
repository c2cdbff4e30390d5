import { Inject, Injectable } from '@nestjs/common';
import { DatabaseRepository } from '../database/database.repository.js';

export type ProductDocSource = {
  id: string;
  slug: string;
  name: string;
  description: string;
  kind: 'AI' | 'REST' | 'GRAPHQL';
  visibility: 'PUBLIC' | 'INTERNAL' | 'PRIVATE';
  archived: boolean;
  openApiDocument: unknown;
  plans: Array<{ allowedModels: string[]; isPublic: boolean }>;
  routes: Array<{ match: unknown; targetModels: string[] }>;
};

export type OrgModel = { publicName: string; kind: 'CHAT' | 'EMBEDDING'; aliases: string[] };

@Injectable()
export class ProductDocsRepository {
  constructor(@Inject(DatabaseRepository) private readonly database: DatabaseRepository) {}

  private get db() {
    return this.database.client;
  }

  /** A product by id or slug, with what its document is made of. */
  async product(
    orgId: string,
    ref: { id: string } | { slug: string },
  ): Promise<ProductDocSource | null> {
    const row = await this.db.apiProduct.findFirst({
      where: { orgId, ...ref },
      select: {
        id: true,
        slug: true,
        name: true,
        description: true,
        kind: true,
        visibility: true,
        archivedAt: true,
        openApiDocument: true,
        plans: { select: { allowedModels: true, isPublic: true } },
        routes: {
          where: { enabled: true },
          select: { match: true, targets: { select: { model: { select: { publicName: true } } } } },
        },
      },
    });
    if (row === null) return null;
    const { archivedAt, routes, ...rest } = row;
    return {
      ...rest,
      archived: archivedAt !== null,
      routes: routes.map((r) => ({
        match: r.match,
        targetModels: r.targets.flatMap((t) => (t.model === null ? [] : [t.model.publicName])),
      })),
    };
  }

  /** The org's enabled models with their aliases. */
  async models(orgId: string): Promise<OrgModel[]> {
    const rows = await this.db.model.findMany({
      where: { orgId, enabled: true },
      select: { publicName: true, kind: true, aliases: { select: { alias: true } } },
    });
    return rows.map((m) => ({
      publicName: m.publicName,
      kind: m.kind,
      aliases: m.aliases.map((a) => a.alias),
    }));
  }
}
