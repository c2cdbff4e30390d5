import { DEMO_BUDGETS } from './demo-catalog.js';
import { DEMO_PROMPTS, type DemoPrompt } from './demo-prompts.js';
import { ensureRow, type SeedRun } from './seed-run.js';
import type { Tenancy } from './seed-tenancy.js';

/** prompt slug → version number → version id */
export type SeededPrompts = Map<string, Map<number, string>>;

async function ensureVersions(
  run: SeedRun,
  templateId: string,
  prompt: DemoPrompt,
  createdById: string,
) {
  const { prisma } = run;
  const ids = new Map<number, string>();
  for (const [index, version] of prompt.versions.entries()) {
    const number = index + 1;
    const row = await ensureRow(
      run,
      'PromptVersion',
      () =>
        prisma.promptVersion.findUnique({
          where: { templateId_version: { templateId, version: number } },
          select: { id: true },
        }),
      () =>
        prisma.promptVersion.create({
          data: { templateId, version: number, createdById, ...version },
          select: { id: true },
        }),
    );
    ids.set(number, row.id);
  }
  return ids;
}

async function ensureLabels(
  run: SeedRun,
  templateId: string,
  prompt: DemoPrompt,
  versionIds: Map<number, string>,
) {
  const { prisma } = run;
  for (const [name, version] of Object.entries(prompt.labels)) {
    const versionId = versionIds.get(version);
    if (versionId === undefined)
      throw new Error(`seed: prompt ${prompt.slug} label ${name} names missing version ${version}`);
    const label = await ensureRow(
      run,
      'PromptLabel',
      () =>
        prisma.promptLabel.findUnique({
          where: { templateId_name: { templateId, name } },
          select: { id: true },
        }),
      () => prisma.promptLabel.create({ data: { templateId, name }, select: { id: true } }),
    );
    // A label someone has since pointed elsewhere is left as they set it.
    await ensureRow(
      run,
      'PromptLabelVersion',
      () =>
        prisma.promptLabelVersion.findFirst({
          where: { labelId: label.id },
          select: { labelId: true },
        }),
      () =>
        prisma.promptLabelVersion.create({
          data: { labelId: label.id, versionId, weight: 100 },
          select: { labelId: true },
        }),
    );
  }
}

async function seedPrompts(run: SeedRun, tenancy: Tenancy): Promise<SeededPrompts> {
  const { prisma } = run;
  const seeded: SeededPrompts = new Map();
  for (const prompt of DEMO_PROMPTS) {
    const template = await ensureRow(
      run,
      'PromptTemplate',
      () =>
        prisma.promptTemplate.findUnique({
          where: { orgId_slug: { orgId: tenancy.orgId, slug: prompt.slug } },
          select: { id: true },
        }),
      () =>
        prisma.promptTemplate.create({
          data: {
            orgId: tenancy.orgId,
            slug: prompt.slug,
            name: prompt.name,
            description: prompt.description,
          },
          select: { id: true },
        }),
    );
    const versionIds = await ensureVersions(run, template.id, prompt, tenancy.adminId);
    await ensureLabels(run, template.id, prompt, versionIds);
    seeded.set(prompt.slug, versionIds);
  }
  return seeded;
}

// Budgets have no natural key in the schema; (org, name) serves as one for the seed.
async function seedBudgets(run: SeedRun, tenancy: Tenancy): Promise<void> {
  const { prisma } = run;
  for (const { team, alertThresholds, ...budget } of DEMO_BUDGETS) {
    const teamId = team === null ? null : tenancy.teamIds[team];
    await ensureRow(
      run,
      'Budget',
      () =>
        prisma.budget.findFirst({
          where: { orgId: tenancy.orgId, name: budget.name },
          select: { id: true },
        }),
      () =>
        prisma.budget.create({
          data: {
            orgId: tenancy.orgId,
            teamId,
            period: 'MONTH',
            alignment: 'CALENDAR',
            alertThresholds: [...alertThresholds],
            ...budget,
          },
          select: { id: true },
        }),
    );
  }
}

/** Managed prompts with production/staging labels, budgets, and the org's config version. */
export async function seedGovernance(run: SeedRun, tenancy: Tenancy): Promise<SeededPrompts> {
  const prompts = await seedPrompts(run, tenancy);
  await seedBudgets(run, tenancy);
  const { prisma } = run;
  await ensureRow(
    run,
    'ConfigVersion',
    () =>
      prisma.configVersion.findUnique({ where: { orgId: tenancy.orgId }, select: { orgId: true } }),
    () =>
      prisma.configVersion.create({
        data: { orgId: tenancy.orgId, version: 1n },
        select: { orgId: true },
      }),
  );
  return prompts;
}
