import { createHash } from 'node:crypto';
import { SECRET_FIELDS, type ConfigDocument } from './config-documents.js';
import type { ConfigIssue } from './parse-config-yaml.js';

const PLACEHOLDER = /\$\{([A-Za-z_][A-Za-z0-9_]*)\}/g;

/** `OPENAI_API_KEY` from ("openai", "apiKey"); `ORDERS_X_UPSTREAM_KEY` from ("orders", "x-upstream-key"). */
export function placeholderVariable(...parts: string[]): string {
  return parts
    .map((part) =>
      part
        .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
        .replace(/[^A-Za-z0-9]+/g, '_')
        .toUpperCase(),
    )
    .join('_')
    .replace(/^_+|_+$/g, '');
}

/** What export writes in place of a stored secret: `${<SLUG>_<FIELD>}` (products add UPSTREAM). */
export function secretPlaceholders(
  kind: 'Provider' | 'ApiProduct',
  slug: string,
  fields: readonly string[],
): Record<string, string> {
  const scope = kind === 'Provider' ? [slug] : [slug, 'upstream'];
  return Object.fromEntries(
    [...fields].sort().map((field) => [field, `\${${placeholderVariable(...scope, field)}}`]),
  );
}

function secretsOf(doc: ConfigDocument): Record<string, string> | undefined {
  const field = SECRET_FIELDS[doc.kind];
  if (field === undefined) return undefined;
  return (doc.spec as Record<string, unknown>)[field] as Record<string, string> | undefined;
}

function withSecrets(doc: ConfigDocument, secrets: Record<string, string>): ConfigDocument {
  const field = SECRET_FIELDS[doc.kind];
  if (field === undefined) return doc;
  return { ...doc, spec: { ...doc.spec, [field]: secrets } } as ConfigDocument;
}

type Substitution =
  { ok: true; documents: ConfigDocument[] } | { ok: false; issues: ConfigIssue[] };

/**
 * Fills `${VAR}` placeholders inside secret fields from `env` (the CLI's environment). Only secret
 * fields are touched; a variable that is unset (or empty) is an issue naming where it is used.
 */
export function fillSecretPlaceholders(
  documents: readonly ConfigDocument[],
  env: Readonly<Record<string, string | undefined>>,
): Substitution {
  const issues: ConfigIssue[] = [];
  const filled = documents.map((doc, index) => {
    const secrets = secretsOf(doc);
    if (secrets === undefined) return doc;
    const field = SECRET_FIELDS[doc.kind] ?? '';
    const entries = Object.entries(secrets).map(([key, value]) => {
      const text = value.replace(PLACEHOLDER, (whole, variable: string) => {
        const found = env[variable];
        if (found !== undefined && found !== '') return found;
        issues.push({
          document: index,
          path: `spec.${field}.${key}`,
          message: `environment variable ${variable} is not set`,
        });
        return whole;
      });
      return [key, text] as const;
    });
    return withSecrets(doc, Object.fromEntries(entries));
  });
  return issues.length > 0 ? { ok: false, issues } : { ok: true, documents: filled };
}

/** Secret values that still hold a `${VAR}` placeholder: the API never stores one as a secret. */
export function findUnfilledPlaceholders(documents: readonly ConfigDocument[]): ConfigIssue[] {
  return documents.flatMap((doc, index) =>
    Object.entries(secretsOf(doc) ?? {})
      .filter(([, value]) => new RegExp(PLACEHOLDER.source).test(value))
      .map(([key, value]) => ({
        document: index,
        path: `spec.${SECRET_FIELDS[doc.kind] ?? ''}.${key}`,
        message: `unfilled placeholder ${value}: the CLI fills it from its environment (or omit the field to keep the stored secret)`,
      })),
  );
}

/** A stable digest of a secret map, so plans compare secrets without holding or showing them. */
export function fingerprintSecrets(secrets: Readonly<Record<string, string>>): string {
  const canonical = JSON.stringify(Object.entries(secrets).sort(([a], [b]) => (a < b ? -1 : 1)));
  return `sha256:${createHash('sha256').update(canonical).digest('hex')}`;
}

/** The documents with each secret map replaced by `{ fingerprint: "sha256:…" }`. */
export function fingerprintDocumentSecrets(documents: readonly ConfigDocument[]): ConfigDocument[] {
  return documents.map((doc) => {
    const secrets = secretsOf(doc);
    return secrets === undefined
      ? doc
      : withSecrets(doc, { fingerprint: fingerprintSecrets(secrets) });
  });
}
