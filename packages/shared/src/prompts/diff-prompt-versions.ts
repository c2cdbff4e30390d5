import { diffLines, type DiffLine } from './diff-lines.js';
import type { PromptMessage, PromptVersionData } from './prompt-schemas.js';

export const PROMPT_DIFF_FIELDS = ['messages', 'model', 'parameters', 'variables'] as const;
export type PromptDiffField = (typeof PROMPT_DIFF_FIELDS)[number];

type DiffableVersion = Pick<
  PromptVersionData,
  'version' | 'messages' | 'model' | 'parameters' | 'variables'
>;

export type PromptDiffSection = { field: PromptDiffField; changed: boolean; lines: DiffLine[] };

export type PromptVersionDiff = {
  from: number;
  to: number;
  changed: boolean;
  sections: PromptDiffSection[];
  /** The same, as unified-diff-like text ("--- v1", "+++ v2", "@@ messages", "-old", "+new"). */
  text: string;
};

// Keys sorted so that a reordered object is not reported as a change.
function stableJson(value: unknown): string {
  const sort = (v: unknown): unknown =>
    Array.isArray(v)
      ? v.map(sort)
      : v !== null && typeof v === 'object'
        ? Object.fromEntries(
            Object.entries(v as Record<string, unknown>)
              .sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0))
              .map(([k, inner]) => [k, sort(inner)]),
          )
        : v;
  return JSON.stringify(sort(value), null, 2);
}

function messageLines(messages: readonly PromptMessage[]): string[] {
  return messages.flatMap((m, index) => {
    const body =
      typeof m.content === 'string'
        ? m.content.split('\n')
        : m.content.flatMap((p) =>
            p.type === 'text' ? p.text.split('\n') : [`[image ${p.image_url.url}]`],
          );
    return [`[${index}] ${m.role}:`, ...body.map((line) => `  ${line}`)];
  });
}

const FIELD_LINES: Readonly<Record<PromptDiffField, (v: DiffableVersion) => string[]>> = {
  messages: (v) => messageLines(v.messages),
  model: (v) => [v.model ?? '(none)'],
  parameters: (v) => stableJson(v.parameters).split('\n'),
  variables: (v) => stableJson(v.variables).split('\n'),
};

const MARK: Readonly<Record<DiffLine['op'], string>> = { equal: ' ', add: '+', remove: '-' };

/** A line diff of two versions, field by field (messages, model, parameters, variables). */
export function diffPromptVersions(a: DiffableVersion, b: DiffableVersion): PromptVersionDiff {
  const sections = PROMPT_DIFF_FIELDS.map((field) => {
    const lines = diffLines(FIELD_LINES[field](a), FIELD_LINES[field](b));
    return { field, changed: lines.some((l) => l.op !== 'equal'), lines };
  });
  const text = [
    `--- v${a.version}`,
    `+++ v${b.version}`,
    ...sections
      .filter((s) => s.changed)
      .flatMap((s) => [`@@ ${s.field}`, ...s.lines.map((l) => `${MARK[l.op]}${l.text}`)]),
  ].join('\n');
  return {
    from: a.version,
    to: b.version,
    changed: sections.some((s) => s.changed),
    sections,
    text,
  };
}
