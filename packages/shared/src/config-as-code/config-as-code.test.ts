import { describe, expect, it } from 'vitest';
import { checkProviderDocuments } from './check-provider-documents.js';
import type { ConfigDocument } from './config-documents.js';
import { parseConfigYaml } from './parse-config-yaml.js';
import { planConfigChanges } from './plan-config-changes.js';
import {
  fillSecretPlaceholders,
  findUnfilledPlaceholders,
  fingerprintDocumentSecrets,
  placeholderVariable,
  secretPlaceholders,
} from './secret-placeholders.js';
import { stringifyConfigYaml } from './stringify-config-yaml.js';

const SAMPLE = `---
apiVersion: gatehouse/v1
kind: Provider
metadata: { name: openai }
spec:
  displayName: OpenAI
  kind: OPENAI
  baseUrl: https://api.openai.com/v1
  credentials: { apiKey: "\${OPENAI_API_KEY}" }
---
apiVersion: gatehouse/v1
kind: Model
metadata: { name: gpt-4o-mini }
spec:
  provider: openai
  upstreamId: gpt-4o-mini
  prices: { inputPerMTokMicros: 150000, outputPerMTokMicros: 600000 }
  contextWindow: 128000
  aliases: [fast]
---
apiVersion: gatehouse/v1
kind: ApiProduct
metadata: { name: llm-api }
spec: { displayName: LLM API, kind: AI }
---
apiVersion: gatehouse/v1
kind: Route
metadata: { name: all models }
spec:
  product: llm-api
  targets: [{ model: gpt-4o-mini }]
---
apiVersion: gatehouse/v1
kind: Plan
metadata: { name: free }
spec: { product: llm-api, displayName: Free, requestsPerMinute: 10 }
`;

function parsed(text: string): ConfigDocument[] {
  const result = parseConfigYaml(text);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.documents;
}

const filled = (text: string) => {
  const result = fillSecretPlaceholders(parsed(text), { OPENAI_API_KEY: 'sk-test' });
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return fingerprintDocumentSecrets(result.documents);
};

describe('parseConfigYaml', () => {
  it('parses every document and fills the stored defaults', () => {
    const docs = parsed(SAMPLE);
    expect(docs.map((d) => d.kind)).toEqual(['Provider', 'Model', 'ApiProduct', 'Route', 'Plan']);
    const route = docs[3];
    expect(route?.kind === 'Route' && route.spec).toMatchObject({
      priority: 100,
      strategy: 'SINGLE',
      cache: { enabled: false, ttlSeconds: 300 },
      targets: [{ model: 'gpt-4o-mini', weight: 100, position: 0, fallback: false }],
    });
  });

  it('reports schema errors with the document index and path', () => {
    const text = SAMPLE.replace('contextWindow: 128000', 'contextWindow: -1').replace(
      'displayName: Free',
      'displayName: Free, rpm: 3',
    );
    const result = parseConfigYaml(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((i) => [i.document, i.path])).toEqual([
      [1, 'spec.contextWindow'],
      [4, 'spec'],
    ]);
    expect(result.issues[1]?.message).toContain('rpm');
  });

  it('reports broken YAML with a line number, and an unknown kind', () => {
    const broken = parseConfigYaml('---\nkind: [unclosed\n');
    expect(broken.ok || broken.issues[0]).toMatchObject({ document: 0, path: '' });
    expect(broken.ok || broken.issues[0]?.message).toMatch(
      /^invalid YAML: .* at line \d+, column \d+$/,
    );
    const unknown = parseConfigYaml(
      'apiVersion: gatehouse/v1\nkind: Widget\nmetadata: {name: x}\nspec: {}\n',
    );
    expect(unknown.ok || unknown.issues[0]?.path).toBe('kind');
  });

  it('round-trips through stringifyConfigYaml byte for byte', () => {
    const once = stringifyConfigYaml(parsed(SAMPLE));
    expect(stringifyConfigYaml(parsed(once))).toBe(once);
    expect(once.startsWith('---\napiVersion: gatehouse/v1\nkind: Provider\n')).toBe(true);
    expect(once).toContain('apiKey: ${OPENAI_API_KEY}');
  });
});

describe('secret placeholders', () => {
  it('names variables after the slug and field', () => {
    expect(placeholderVariable('openai', 'apiKey')).toBe('OPENAI_API_KEY');
    expect(secretPlaceholders('ApiProduct', 'orders', ['x-upstream-key'])).toEqual({
      'x-upstream-key': '${ORDERS_UPSTREAM_X_UPSTREAM_KEY}',
    });
    expect(secretPlaceholders('Provider', 'azure-openai', ['apiKey'])).toEqual({
      apiKey: '${AZURE_OPENAI_API_KEY}',
    });
  });

  it('fills from the environment and names what is missing', () => {
    const docs = parsed(SAMPLE);
    expect(findUnfilledPlaceholders(docs)).toMatchObject([
      { document: 0, path: 'spec.credentials.apiKey' },
    ]);
    const missing = fillSecretPlaceholders(docs, {});
    expect(missing.ok || missing.issues).toEqual([
      {
        document: 0,
        path: 'spec.credentials.apiKey',
        message: 'environment variable OPENAI_API_KEY is not set',
      },
    ]);
    const ok = fillSecretPlaceholders(docs, { OPENAI_API_KEY: 'sk-1' });
    expect(ok.ok && ok.documents[0]?.spec).toMatchObject({ credentials: { apiKey: 'sk-1' } });
  });
});

describe('planConfigChanges', () => {
  it('creates everything into an empty configuration, in reference order', () => {
    const plan = planConfigChanges([], filled(SAMPLE), { prune: false });
    expect(plan.ok && plan.changes.map((c) => `${c.action} ${c.kind} ${c.name}`)).toEqual([
      'create Provider openai',
      'create Model gpt-4o-mini',
      'create ApiProduct llm-api',
      'create Plan llm-api/free',
      'create Route llm-api/all models',
    ]);
    expect(plan.ok && plan.diff).toContain('5 to create, 0 to update, 0 to delete, 0 unchanged');
    expect(plan.ok && plan.diff).not.toContain('sk-test');
  });

  it('is a no-op when nothing differs, and shows field changes otherwise', () => {
    const current = filled(SAMPLE);
    const same = planConfigChanges(current, filled(SAMPLE), { prune: false });
    expect(same.ok && [same.changes.length, same.unchanged]).toEqual([0, 5]);
    const cheaper = filled(SAMPLE.replace('150000', '100000'));
    const plan = planConfigChanges(current, cheaper, { prune: false });
    expect(plan.ok && plan.changes.map((c) => [c.action, c.name, c.fields])).toEqual([
      ['update', 'gpt-4o-mini', ['prices']],
    ]);
    expect(plan.ok && plan.diff).toContain('"inputPerMTokMicros":150000');
    expect(plan.ok && plan.diff).toContain(
      '→ {"cachedInputPerMTokMicros":0,"inputPerMTokMicros":100000',
    );
  });

  it('keeps stored secrets when the field is omitted; a new secret is a masked update', () => {
    const current = filled(SAMPLE);
    const omitted = fingerprintDocumentSecrets(
      parsed(SAMPLE.replace('  credentials: { apiKey: "${OPENAI_API_KEY}" }\n', '')),
    );
    const plan = planConfigChanges(current, omitted, { prune: false });
    expect(plan.ok && plan.changes).toEqual([]);
    const rotated = fillSecretPlaceholders(parsed(SAMPLE), { OPENAI_API_KEY: 'sk-new' });
    if (!rotated.ok) throw new Error('fill failed');
    const rotation = planConfigChanges(current, fingerprintDocumentSecrets(rotated.documents), {
      prune: false,
    });
    expect(rotation.ok && rotation.diff).toContain('credentials: (secret) → (secret)');
  });

  it('deletes only with prune, in reverse reference order', () => {
    const current = filled(SAMPLE);
    const onlyProvider = current.slice(0, 1);
    const kept = planConfigChanges(current, onlyProvider, { prune: false });
    expect(kept.ok && kept.changes).toEqual([]);
    const pruned = planConfigChanges(current, onlyProvider, { prune: true });
    // The product is archived with its plan; its route and the model are deleted.
    expect(pruned.ok && pruned.changes.map((c) => `${c.action} ${c.kind}`)).toEqual([
      'delete Route',
      'delete ApiProduct',
      'delete Model',
    ]);
    const withoutRoute = current.filter((d) => d.kind !== 'Route');
    const routeOnly = planConfigChanges(current, withoutRoute, { prune: true });
    expect(routeOnly.ok && routeOnly.changes.map((c) => `${c.action} ${c.kind} ${c.name}`)).toEqual(
      ['delete Route llm-api/all models'],
    );
  });

  it('refuses dangling references, duplicates and alias clashes', () => {
    const docs = filled(SAMPLE);
    const plan = planConfigChanges([], docs.slice(1), { prune: false });
    expect(plan.ok || plan.issues).toEqual([
      { document: 0, path: 'spec.provider', message: 'Provider "openai" is not defined' },
    ]);
    const clash = filled(
      `${SAMPLE}---\napiVersion: gatehouse/v1\nkind: Model\nmetadata: {name: other}\nspec: {provider: openai, upstreamId: x, prices: {inputPerMTokMicros: 1, outputPerMTokMicros: 1}, contextWindow: 10, aliases: [fast]}\n`,
    );
    const clashed = planConfigChanges([], [...clash, docs[0] as ConfigDocument], { prune: false });
    expect(clashed.ok || clashed.issues.map((i) => [i.document, i.path])).toEqual([
      [6, 'metadata.name'],
      [5, 'spec.aliases[0]'],
    ]);
  });

  it('keeps prompt versions immutable', () => {
    const prompt = (content: string) =>
      parsed(
        `apiVersion: gatehouse/v1\nkind: Prompt\nmetadata: {name: p}\nspec:\n  displayName: P\n  versions: [{version: 1, messages: [{role: user, content: "${content}"}]}]\n  labels: {production: [{version: 1}]}\n`,
      );
    const plan = planConfigChanges(prompt('hi'), prompt('hello'), { prune: false });
    expect(plan.ok || plan.issues[0]).toMatchObject({ path: 'spec.versions[0]' });
    expect(plan.ok || plan.issues[0]?.message).toContain('immutable');
  });
});

describe('checkProviderDocuments', () => {
  it('checks settings and credentials per provider kind, as the providers API does', () => {
    const docs = parsed(SAMPLE.replace('kind: OPENAI', 'kind: AZURE_OPENAI'));
    expect(checkProviderDocuments(docs, () => true)).toMatchObject([
      { document: 0, path: 'spec.settings.apiVersion' },
    ]);
    const noCredentials = parsed(
      SAMPLE.replace('  credentials: { apiKey: "${OPENAI_API_KEY}" }\n', ''),
    );
    expect(checkProviderDocuments(noCredentials, () => true)).toEqual([]);
    expect(checkProviderDocuments(noCredentials, () => false)).toEqual([
      { document: 0, path: 'spec.credentials', message: 'OPENAI needs credentials' },
    ]);
  });
});

describe('document rules', () => {
  it("applies the resource APIs' rules: route targets per strategy and guardrail detectors", () => {
    const twoSingles = filled(
      SAMPLE.replace(
        'targets: [{ model: gpt-4o-mini }]',
        'targets: [{ model: gpt-4o-mini }, { upstreamUrl: "https://x.test" }]',
      ),
    );
    const plan = planConfigChanges([], twoSingles, { prune: false });
    expect(plan.ok || plan.issues).toEqual([
      { document: 3, path: 'spec.targets[1].model', message: 'AI route targets need model' },
    ]);
    const guard = filled(
      `${SAMPLE}---\napiVersion: gatehouse/v1\nkind: GuardrailPolicy\nmetadata: {name: g}\nspec: {input: {detectors: [{kind: email, action: shout}]}}\n`,
    );
    const refused = planConfigChanges([], guard, { prune: false });
    expect(refused.ok || refused.issues.map((i) => [i.document, i.path])).toEqual([
      [5, 'spec.input.detectors[0].action'],
    ]);
  });
});
