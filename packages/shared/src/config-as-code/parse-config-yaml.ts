import { parseAllDocuments } from 'yaml';
import type { z } from 'zod';
import { configDocumentSchema, type ConfigDocument } from './config-documents.js';

/** One problem in a config file: which document (0-based, in file order), where, and what. */
export type ConfigIssue = { document: number; path: string; message: string };

export type ParseConfigResult =
  { ok: true; documents: ConfigDocument[] } | { ok: false; issues: ConfigIssue[] };

// YAML aliases can expand exponentially ("billion laughs"); config needs none.
const MAX_ALIASES = 50;

/** `spec.targets[0].model` from a zod issue path. */
export function formatIssuePath(path: readonly PropertyKey[]): string {
  return path
    .map((part, i) =>
      typeof part === 'number' ? `[${part}]` : `${i === 0 ? '' : '.'}${String(part)}`,
    )
    .join('');
}

function schemaIssues(index: number, error: z.ZodError): ConfigIssue[] {
  return error.issues.map((issue) => ({
    document: index,
    path: formatIssuePath(issue.path),
    message: issue.message,
  }));
}

/**
 * Parses a multi-document YAML file into validated config documents. Empty documents (a stray
 * `---`) are skipped but keep their index, so issue numbers match the file.
 */
export function parseConfigYaml(text: string): ParseConfigResult {
  const issues: ConfigIssue[] = [];
  const documents: ConfigDocument[] = [];
  const parsed = parseAllDocuments(text, { uniqueKeys: true, prettyErrors: true });
  if (!Array.isArray(parsed)) return { ok: true, documents };
  parsed.forEach((doc, index) => {
    const error = doc.errors[0];
    if (error !== undefined) {
      // With prettyErrors the first line says what and where ("... at line 2, column 7:").
      const what = error.message.split('\n')[0]?.replace(/:$/, '') ?? error.code;
      issues.push({ document: index, path: '', message: `invalid YAML: ${what}` });
      return;
    }
    let value: unknown;
    try {
      value = doc.toJS({ maxAliasCount: MAX_ALIASES });
    } catch (cause) {
      issues.push({ document: index, path: '', message: (cause as Error).message });
      return;
    }
    if (value === null || value === undefined) return;
    const result = configDocumentSchema.safeParse(value);
    if (result.success) documents.push(result.data);
    else issues.push(...schemaIssues(index, result.error));
  });
  return issues.length > 0 ? { ok: false, issues } : { ok: true, documents };
}
