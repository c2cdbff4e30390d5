import { canonicalJson } from './canonical-json.js';
import {
  CONFIG_KINDS,
  configDocumentKey,
  SECRET_FIELDS,
  type ConfigDocument,
  type ConfigKind,
} from './config-documents.js';
import type { ConfigIssue } from './parse-config-yaml.js';
import { validateConfigDocuments } from './validate-config-documents.js';

export type ConfigChangeAction = 'create' | 'update' | 'delete';

/** One change of a plan, as the API reports it. `name` is scoped by product for routes/plans. */
export type ConfigChange = {
  action: ConfigChangeAction;
  kind: ConfigKind;
  name: string;
  /** Spec fields that change (every field on create, none on delete). */
  fields: string[];
};

/** A change with the document to write (the desired one; the stored one for a delete). */
export type PlannedConfigChange = ConfigChange & { document: ConfigDocument };

export type ConfigPlan =
  | { ok: true; changes: PlannedConfigChange[]; unchanged: number; diff: string }
  | { ok: false; issues: ConfigIssue[] };

const MAX_VALUE_CHARS = 160;
const SYMBOL: Record<ConfigChangeAction, string> = { create: '+', update: '~', delete: '-' };

const kindRank = (kind: ConfigKind) => CONFIG_KINDS.indexOf(kind);
const nameOf = (doc: ConfigDocument) => configDocumentKey(doc).slice(doc.kind.length + 1);

// A desired document without its secret field keeps the stored secret.
function withStoredSecret(desired: ConfigDocument, stored: ConfigDocument): ConfigDocument {
  const field = SECRET_FIELDS[desired.kind];
  const spec = desired.spec as Record<string, unknown>;
  if (field === undefined || spec[field] !== undefined) return desired;
  const kept = (stored.spec as Record<string, unknown>)[field];
  return { ...desired, spec: { ...spec, [field]: kept } } as ConfigDocument;
}

function changedFields(stored: ConfigDocument, desired: ConfigDocument): string[] {
  const before = stored.spec as Record<string, unknown>;
  const after = desired.spec as Record<string, unknown>;
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  return keys.filter((key) => canonicalJson(before[key]) !== canonicalJson(after[key]));
}

function shown(kind: ConfigKind, field: string, value: unknown): string {
  if (SECRET_FIELDS[kind] === field) return value === undefined ? '(none)' : '(secret)';
  const text = value === undefined ? '(none)' : canonicalJson(value);
  return text.length > MAX_VALUE_CHARS ? `${text.slice(0, MAX_VALUE_CHARS)}…` : text;
}

function orderChanges(changes: PlannedConfigChange[]): PlannedConfigChange[] {
  const rank = (c: PlannedConfigChange) =>
    c.action === 'delete' ? CONFIG_KINDS.length * 2 - kindRank(c.kind) : kindRank(c.kind);
  return changes.sort(
    (a, b) => rank(a) - rank(b) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0),
  );
}

/** The human-readable diff of a plan: one line per change, the old → new value per field. */
export function formatConfigDiff(
  changes: readonly PlannedConfigChange[],
  storedByKey: ReadonlyMap<string, ConfigDocument>,
  unchanged: number,
): string {
  const lines: string[] = [];
  for (const change of changes) {
    lines.push(`${SYMBOL[change.action]} ${change.action} ${change.kind} ${change.name}`);
    if (change.action !== 'update') continue;
    const stored = storedByKey.get(configDocumentKey(change.document));
    const before = (stored?.spec ?? {}) as Record<string, unknown>;
    const after = change.document.spec as Record<string, unknown>;
    for (const field of change.fields)
      lines.push(
        `    ${field}: ${shown(change.kind, field, before[field])} → ${shown(change.kind, field, after[field])}`,
      );
  }
  const count = (action: ConfigChangeAction) => changes.filter((c) => c.action === action).length;
  lines.push(
    `${count('create')} to create, ${count('update')} to update, ${count('delete')} to delete, ${unchanged} unchanged`,
  );
  return `${lines.join('\n')}\n`;
}

/**
 * Plans the changes that take the stored configuration (`current`) to the `desired` one. Apply
 * creates and updates; documents missing from the file are left alone unless `prune` is set, then
 * they are deleted. Secrets must already be fingerprinted on both sides (fingerprintDocumentSecrets),
 * so the plan compares them without holding them. Ordered so every reference exists when written.
 */
export function planConfigChanges(
  current: readonly ConfigDocument[],
  desired: readonly ConfigDocument[],
  options: { prune: boolean },
): ConfigPlan {
  const issues = validateConfigDocuments(current, desired, options.prune);
  if (issues.length > 0) return { ok: false, issues };
  const storedByKey = new Map(current.map((doc) => [configDocumentKey(doc), doc]));
  const changes: PlannedConfigChange[] = [];
  let unchanged = 0;
  for (const wanted of desired) {
    const stored = storedByKey.get(configDocumentKey(wanted));
    const base = { kind: wanted.kind, name: nameOf(wanted) };
    if (stored === undefined) {
      const fields = Object.keys(wanted.spec);
      changes.push({ ...base, action: 'create', fields, document: wanted });
      continue;
    }
    const document = withStoredSecret(wanted, stored);
    const fields = changedFields(stored, document);
    if (fields.length === 0) unchanged += 1;
    else changes.push({ ...base, action: 'update', fields, document });
  }
  if (options.prune) {
    const wantedKeys = new Set(desired.map(configDocumentKey));
    // A pruned product is archived, not deleted, and its plans stay with it (subscriptions
    // name them); its routes are deleted, so the models they name can go too.
    const archived = new Set(
      current
        .filter((d) => d.kind === 'ApiProduct' && !wantedKeys.has(configDocumentKey(d)))
        .map((d) => d.metadata.name),
    );
    const goesWithProduct = (d: ConfigDocument) =>
      d.kind === 'Plan' && archived.has(d.spec.product);
    for (const [key, stored] of storedByKey)
      if (!wantedKeys.has(key) && !goesWithProduct(stored))
        changes.push({
          kind: stored.kind,
          name: nameOf(stored),
          action: 'delete',
          fields: [],
          document: stored,
        });
  }
  const ordered = orderChanges(changes);
  return {
    ok: true,
    changes: ordered,
    unchanged,
    diff: formatConfigDiff(ordered, storedByKey, unchanged),
  };
}
