import { checkOpenApiDocument } from '../catalog/check-openapi-document.js';
import { checkRouteTargets, type ProductKindName } from '../catalog/check-route-targets.js';
import { guardrailRulesSchema } from '../guardrail-policy/guardrail-policy-schema.js';
import type { ConfigDocument, ConfigDocumentOf, ConfigKind } from './config-documents.js';
import { formatIssuePath } from './parse-config-yaml.js';

type Issue = { path: string; message: string };
type Context = { productKind: (slug: string) => ProductKindName | undefined };
type Rule = (doc: ConfigDocument, context: Context) => Issue[];

function guardrailIssues(doc: ConfigDocument): Issue[] {
  const { spec } = doc as ConfigDocumentOf<'GuardrailPolicy'>;
  return (['input', 'output'] as const).flatMap((direction) => {
    const result = guardrailRulesSchema.safeParse(spec[direction]);
    if (result.success) return [];
    return result.error.issues.slice(0, 1).map((issue) => ({
      path: `spec.${direction}${issue.path.length > 0 ? '.' : ''}${formatIssuePath(issue.path)}`,
      message: issue.message,
    }));
  });
}

function productIssues(doc: ConfigDocument): Issue[] {
  const { spec } = doc as ConfigDocumentOf<'ApiProduct'>;
  const problem = spec.openApiDocument === null ? null : checkOpenApiDocument(spec.openApiDocument);
  return problem === null ? [] : [{ path: 'spec.openApiDocument', message: problem }];
}

// checkRouteTargets speaks the API's field names (targets.0.modelId); the file says model.
const toDocumentPath = (param: string) =>
  `spec.${param.replace(/^targets\.(\d+)\.(modelId|upstreamUrl)$/, (_, i: string, field: string) => `targets[${i}].${field === 'modelId' ? 'model' : field}`)}`;

function routeIssues(doc: ConfigDocument, context: Context): Issue[] {
  const { spec } = doc as ConfigDocumentOf<'Route'>;
  const kind = context.productKind(spec.product);
  if (kind === undefined) return [];
  const targets = spec.targets.map((t) => ({
    modelId: t.model ?? null,
    upstreamUrl: t.upstreamUrl ?? null,
    weight: t.weight,
    isFallback: t.fallback,
  }));
  const issue = checkRouteTargets(kind, spec.strategy, targets, spec.strategyConfig);
  return issue === null
    ? []
    : [{ path: toDocumentPath(issue.param), message: issue.message.replace('modelId', 'model') }];
}

/** The rules the resource APIs enforce, per kind, so a file cannot store what they would refuse. */
export const DOCUMENT_RULES: Partial<Record<ConfigKind, Rule>> = {
  GuardrailPolicy: guardrailIssues,
  ApiProduct: productIssues,
  Route: routeIssues,
};
