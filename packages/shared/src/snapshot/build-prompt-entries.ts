import { z } from 'zod';
import {
  promptMessageSchema,
  promptParametersSchema,
  promptVariablesSchema,
  type PromptLabelSplit,
  type PromptVersionData,
} from '../prompts/prompt-schemas.js';
import { groupBy, indexBy } from './index-rows.js';
import type { PromptTemplateEntry, SnapshotProblem } from './policy-snapshot.js';
import type {
  PromptLabelRow,
  PromptLabelVersionRow,
  PromptTemplateRow,
  PromptVersionRow,
} from './snapshot-rows.js';

export type PromptRows = {
  templates: readonly PromptTemplateRow[];
  versions: readonly PromptVersionRow[];
  labels: readonly PromptLabelRow[];
  labelVersions: readonly PromptLabelVersionRow[];
};

const versionSchema = z.object({
  messages: z.array(promptMessageSchema).min(1),
  variables: promptVariablesSchema,
  parameters: promptParametersSchema,
});

function versionData(
  row: PromptVersionRow,
  template: PromptTemplateRow,
  problems: SnapshotProblem[],
): PromptVersionData | null {
  const parsed = versionSchema.safeParse(row);
  if (parsed.success) {
    return { id: row.id, version: row.version, model: row.model, ...parsed.data };
  }
  problems.push({
    kind: 'prompt_version',
    id: row.id,
    orgId: template.orgId,
    message: `prompt ${template.slug} v${row.version}: stored messages or variables are malformed; version skipped`,
  });
  return null;
}

function labelSplits(
  labels: readonly PromptLabelRow[],
  weightsByLabel: Map<string, PromptLabelVersionRow[]>,
  numberOfVersion: Map<string, number>,
): Record<string, PromptLabelSplit> {
  const result: Record<string, PromptLabelSplit> = {};
  for (const label of labels) {
    const split: PromptLabelSplit = [];
    for (const { versionId, weight } of weightsByLabel.get(label.id) ?? []) {
      const version = numberOfVersion.get(versionId);
      if (version !== undefined) split.push({ version, weight });
    }
    split.sort((a, b) => a.version - b.version);
    if (split.length > 0) result[label.name] = split;
  }
  return result;
}

/** Every template with all its (well-formed) versions, newest last, and its labels' splits. */
export function buildPromptEntries(
  rows: PromptRows,
  problems: SnapshotProblem[],
): PromptTemplateEntry[] {
  const templates = indexBy(rows.templates, (t) => t.id);
  const versionsByTemplate = groupBy(rows.versions, (v) => v.templateId);
  const labelsByTemplate = groupBy(rows.labels, (l) => l.templateId);
  const weightsByLabel = groupBy(rows.labelVersions, (w) => w.labelId);
  return [...templates.values()].map((template) => {
    const versions: PromptVersionData[] = [];
    const numberOfVersion = new Map<string, number>();
    for (const row of versionsByTemplate.get(template.id) ?? []) {
      const data = versionData(row, template, problems);
      if (data === null) continue;
      versions.push(data);
      numberOfVersion.set(row.id, row.version);
    }
    versions.sort((a, b) => a.version - b.version);
    const labels = labelSplits(
      labelsByTemplate.get(template.id) ?? [],
      weightsByLabel,
      numberOfVersion,
    );
    return {
      id: template.id,
      orgId: template.orgId,
      slug: template.slug,
      name: template.name,
      versions,
      labels,
    };
  });
}
