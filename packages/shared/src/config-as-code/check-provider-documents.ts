import { checkProviderConfig } from '../provider-config/provider-config-schemas.js';
import type { ConfigDocument } from './config-documents.js';
import type { ConfigIssue } from './parse-config-yaml.js';

/**
 * Each Provider document's settings and (filled-in) credentials against its kind, the same check
 * the providers API makes. `hasStoredCredentials(slug)` says whether omitting credentials keeps
 * some; a kind that needs credentials and has none is an issue.
 */
export function checkProviderDocuments(
  documents: readonly ConfigDocument[],
  hasStoredCredentials: (slug: string) => boolean,
): ConfigIssue[] {
  return documents.flatMap((doc, index) => {
    if (doc.kind !== 'Provider') return [];
    const issue = checkProviderConfig({
      kind: doc.spec.kind,
      credentials: doc.spec.credentials,
      settings: doc.spec.settings,
      hasStoredCredentials: hasStoredCredentials(doc.metadata.name),
    });
    return issue === null
      ? []
      : [{ document: index, path: `spec.${issue.param}`, message: issue.message }];
  });
}
