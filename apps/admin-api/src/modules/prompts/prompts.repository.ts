import { Prisma } from '@gatehouse/db';
import {
  promptMessageSchema,
  promptVariablesSchema,
  type PromptLabelSplit,
  type PromptVersionData,
} from '@gatehouse/shared';
import { Inject, Injectable } from '@nestjs/common';
import { z } from 'zod';
import { DatabaseRepository } from '../database/database.repository.js';

export type PromptVersionRecord = PromptVersionData & {
  changelog: string;
  createdById: string | null;
  createdAt: Date;
};

export type PromptTemplateRecord = {
  id: string;
  orgId: string;
  slug: string;
  name: string;
  description: string;
  latestVersion: number | null;
  labels: Record<string, PromptLabelSplit>;
  createdAt: Date;
  updatedAt: Date;
};

const VERSION_SELECT = {
  id: true,
  version: true,
  messages: true,
  variables: true,
  model: true,
  parameters: true,
  changelog: true,
  createdById: true,
  createdAt: true,
} as const;

const TEMPLATE_SELECT = {
  id: true,
  orgId: true,
  slug: true,
  name: true,
  description: true,
  createdAt: true,
  updatedAt: true,
  versions: { select: { version: true }, orderBy: { version: 'desc' as const }, take: 1 },
  labels: {
    select: {
      name: true,
      versions: { select: { weight: true, version: { select: { version: true } } } },
    },
  },
} as const;

// Stored JSON is parsed, not trusted: a row written around the API fails loudly here.
const storedVersion = z.object({
  messages: z.array(promptMessageSchema),
  variables: promptVariablesSchema,
  parameters: z.record(z.string(), z.unknown()),
});

type VersionRow = {
  id: string;
  version: number;
  messages: unknown;
  variables: unknown;
  model: string | null;
  parameters: unknown;
  changelog: string;
  createdById: string | null;
  createdAt: Date;
};

function toVersion(row: VersionRow): PromptVersionRecord {
  const json = storedVersion.parse(row);
  return { ...row, ...json };
}

type TemplateRow = Omit<PromptTemplateRecord, 'latestVersion' | 'labels'> & {
  versions: Array<{ version: number }>;
  labels: Array<{
    name: string;
    versions: Array<{ weight: number; version: { version: number } }>;
  }>;
};

function toTemplate({ versions, labels, ...row }: TemplateRow): PromptTemplateRecord {
  return {
    ...row,
    latestVersion: versions[0]?.version ?? null,
    labels: Object.fromEntries(
      labels.map((label) => [
        label.name,
        label.versions
          .map((v) => ({ version: v.version.version, weight: v.weight }))
          .sort((a, b) => a.version - b.version),
      ]),
    ),
  };
}

@Injectable()
export class PromptsRepository {
  constructor(@Inject(DatabaseRepository) private readonly database: DatabaseRepository) {}

  private get db() {
    return this.database.client;
  }

  async findMany(orgId: string, q: string | undefined, afterId: string | undefined, take: number) {
    const rows = await this.db.promptTemplate.findMany({
      where: {
        orgId,
        ...(q
          ? {
              OR: [
                { slug: { contains: q, mode: 'insensitive' as const } },
                { name: { contains: q, mode: 'insensitive' as const } },
              ],
            }
          : {}),
        ...(afterId ? { id: { gt: afterId } } : {}),
      },
      orderBy: { id: 'asc' },
      take,
      select: TEMPLATE_SELECT,
    });
    return rows.map(toTemplate);
  }

  async findById(orgId: string, id: string): Promise<PromptTemplateRecord | null> {
    const row = await this.db.promptTemplate.findFirst({
      where: { id, orgId },
      select: TEMPLATE_SELECT,
    });
    return row === null ? null : toTemplate(row);
  }

  async create(
    orgId: string,
    data: { slug: string; name: string; description: string },
  ): Promise<PromptTemplateRecord> {
    const row = await this.db.promptTemplate.create({
      data: { orgId, ...data },
      select: TEMPLATE_SELECT,
    });
    return toTemplate(row);
  }

  async versions(templateId: string): Promise<PromptVersionRecord[]> {
    const rows = await this.db.promptVersion.findMany({
      where: { templateId },
      orderBy: { version: 'asc' },
      select: VERSION_SELECT,
    });
    return rows.map(toVersion);
  }

  async version(templateId: string, version: number): Promise<PromptVersionRecord | null> {
    const row = await this.db.promptVersion.findUnique({
      where: { templateId_version: { templateId, version } },
      select: VERSION_SELECT,
    });
    return row === null ? null : toVersion(row);
  }

  /**
   * Inserts the next version number. Two concurrent writers compute the same number; the unique
   * (templateId, version) index refuses the second (P2002), which the service retries.
   */
  async createNextVersion(
    templateId: string,
    input: Omit<PromptVersionData, 'id' | 'version'> & { changelog: string; createdById: string },
  ): Promise<PromptVersionRecord> {
    return this.db.$transaction(async (tx) => {
      const last = await tx.promptVersion.findFirst({
        where: { templateId },
        orderBy: { version: 'desc' },
        select: { version: true },
      });
      const row = await tx.promptVersion.create({
        data: {
          templateId,
          version: (last?.version ?? 0) + 1,
          messages: input.messages as Prisma.InputJsonValue,
          variables: input.variables as Prisma.InputJsonValue,
          model: input.model,
          parameters: input.parameters as Prisma.InputJsonValue,
          changelog: input.changelog,
          createdById: input.createdById,
        },
        select: VERSION_SELECT,
      });
      await tx.promptTemplate.update({
        where: { id: templateId },
        data: { updatedAt: new Date() },
      });
      return toVersion(row);
    });
  }

  /** Points a label at versions (by id) with weights, replacing its previous split. */
  async setLabel(
    templateId: string,
    name: string,
    split: Array<{ versionId: string; weight: number }>,
  ): Promise<void> {
    await this.db.$transaction(async (tx) => {
      const label = await tx.promptLabel.upsert({
        where: { templateId_name: { templateId, name } },
        create: { templateId, name },
        update: { updatedAt: new Date() },
        select: { id: true },
      });
      await tx.promptLabelVersion.deleteMany({ where: { labelId: label.id } });
      await tx.promptLabelVersion.createMany({
        data: split.map((s) => ({ labelId: label.id, versionId: s.versionId, weight: s.weight })),
      });
    });
  }

  /** Removes a label; false when the template had no such label. */
  async deleteLabel(templateId: string, name: string): Promise<boolean> {
    const { count } = await this.db.promptLabel.deleteMany({ where: { templateId, name } });
    return count > 0;
  }
}
