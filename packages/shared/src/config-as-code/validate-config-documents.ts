import { canonicalJson } from './canonical-json.js';
import { DOCUMENT_RULES } from './check-document-rules.js';
import {
  configDocumentKey,
  type ConfigDocument,
  type ConfigDocumentOf,
  type ConfigKind,
} from './config-documents.js';
import type { ConfigIssue } from './parse-config-yaml.js';

type Names = Record<'Provider' | 'GuardrailPolicy' | 'Model' | 'ApiProduct', Set<string>>;
type Check = (doc: ConfigDocument, names: Names, issue: (path: string, m: string) => void) => void;

function namesOf(documents: readonly ConfigDocument[]): Names {
  const names: Names = {
    Provider: new Set(),
    GuardrailPolicy: new Set(),
    Model: new Set(),
    ApiProduct: new Set(),
  };
  for (const doc of documents)
    if (doc.kind in names) names[doc.kind as keyof Names].add(doc.metadata.name);
  return names;
}

const missing = (kind: string, name: string) => `${kind} "${name}" is not defined`;

// Reference checks per kind: each names only kinds applied before it.
const REFERENCE_CHECKS: Partial<Record<ConfigKind, Check>> = {
  Model: (doc, names, issue) => {
    const { spec } = doc as ConfigDocumentOf<'Model'>;
    if (!names.Provider.has(spec.provider))
      issue('spec.provider', missing('Provider', spec.provider));
    spec.aliases.forEach((alias, i) => {
      if (names.Model.has(alias))
        issue(`spec.aliases[${i}]`, `alias "${alias}" is already a model name`);
    });
  },
  ApiProduct: (doc, names, issue) => {
    const { spec } = doc as ConfigDocumentOf<'ApiProduct'>;
    if (spec.guardrailPolicy !== null && !names.GuardrailPolicy.has(spec.guardrailPolicy))
      issue('spec.guardrailPolicy', missing('GuardrailPolicy', spec.guardrailPolicy));
  },
  Plan: (doc, names, issue) => {
    const { spec } = doc as ConfigDocumentOf<'Plan'>;
    if (!names.ApiProduct.has(spec.product))
      issue('spec.product', missing('ApiProduct', spec.product));
    if (spec.downgradeModel !== null && !names.Model.has(spec.downgradeModel))
      issue('spec.downgradeModel', missing('Model', spec.downgradeModel));
  },
  Route: (doc, names, issue) => {
    const { spec } = doc as ConfigDocumentOf<'Route'>;
    if (!names.ApiProduct.has(spec.product))
      issue('spec.product', missing('ApiProduct', spec.product));
    spec.targets.forEach((target, i) => {
      if (target.model !== undefined && !names.Model.has(target.model))
        issue(`spec.targets[${i}].model`, missing('Model', target.model));
    });
  },
  Prompt: (doc, _names, issue) => {
    const { spec } = doc as ConfigDocumentOf<'Prompt'>;
    const versions = new Set<number>();
    spec.versions.forEach((v, i) => {
      if (versions.has(v.version))
        issue(`spec.versions[${i}].version`, `version ${v.version} appears twice`);
      versions.add(v.version);
    });
    for (const [label, targets] of Object.entries(spec.labels))
      targets.forEach((t, i) => {
        if (!versions.has(t.version))
          issue(`spec.labels.${label}[${i}].version`, `version ${t.version} is not defined`);
      });
  },
};

function aliasIssues(resulting: readonly ConfigDocument[], desired: readonly ConfigDocument[]) {
  const owner = new Map<string, string>();
  for (const doc of resulting)
    if (doc.kind === 'Model')
      for (const alias of doc.spec.aliases)
        if (!owner.has(alias)) owner.set(alias, doc.metadata.name);
  const issues: ConfigIssue[] = [];
  desired.forEach((doc, index) => {
    if (doc.kind !== 'Model') return;
    doc.spec.aliases.forEach((alias, i) => {
      const other = owner.get(alias);
      if (other !== undefined && other !== doc.metadata.name)
        issues.push({
          document: index,
          path: `spec.aliases[${i}]`,
          message: `alias "${alias}" already belongs to model "${other}"`,
        });
    });
  });
  return issues;
}

// Prompt versions are immutable: every stored version must come back unchanged.
function promptHistoryIssues(
  current: ReadonlyMap<string, ConfigDocument>,
  doc: ConfigDocument,
  index: number,
): ConfigIssue[] {
  const stored = current.get(configDocumentKey(doc));
  if (doc.kind !== 'Prompt' || stored?.kind !== 'Prompt') return [];
  return stored.spec.versions.flatMap((version) => {
    const i = doc.spec.versions.findIndex((v) => v.version === version.version);
    const same = i >= 0 && canonicalJson(doc.spec.versions[i]) === canonicalJson(version);
    if (same) return [];
    const why = i < 0 ? 'is missing' : 'differs from the stored one';
    return [
      {
        document: index,
        path: i < 0 ? 'spec.versions' : `spec.versions[${i}]`,
        message: `version ${version.version} ${why}; versions are immutable (add a new version instead)`,
      },
    ];
  });
}

/**
 * Checks a desired configuration against itself and what is stored: no duplicates, every name
 * it refers to exists after the apply (with `prune`, only what the file defines survives),
 * aliases unique, prompt versions unchanged.
 */
export function validateConfigDocuments(
  current: readonly ConfigDocument[],
  desired: readonly ConfigDocument[],
  prune: boolean,
): ConfigIssue[] {
  const issues: ConfigIssue[] = [];
  const seen = new Map<string, number>();
  desired.forEach((doc, index) => {
    const key = configDocumentKey(doc);
    const first = seen.get(key);
    if (first !== undefined)
      issues.push({
        document: index,
        path: 'metadata.name',
        message: `${key} is also document ${first}`,
      });
    else seen.set(key, index);
  });
  const currentByKey = new Map(current.map((doc) => [configDocumentKey(doc), doc]));
  const resulting = prune
    ? desired
    : [...current.filter((doc) => !seen.has(configDocumentKey(doc))), ...desired];
  const names = namesOf(resulting);
  const productKinds = new Map(
    resulting.flatMap((d) =>
      d.kind === 'ApiProduct' ? [[d.metadata.name, d.spec.kind] as const] : [],
    ),
  );
  const context = { productKind: (slug: string) => productKinds.get(slug) };
  desired.forEach((doc, index) => {
    REFERENCE_CHECKS[doc.kind]?.(doc, names, (path, message) =>
      issues.push({ document: index, path, message }),
    );
    for (const issue of DOCUMENT_RULES[doc.kind]?.(doc, context) ?? [])
      issues.push({ document: index, ...issue });
    issues.push(...promptHistoryIssues(currentByKey, doc, index));
  });
  return [...issues, ...aliasIssues(resulting, desired)];
}
