import { stringify } from 'yaml';
import type { ConfigDocument } from './config-documents.js';

/**
 * Multi-document YAML, one document per entry in the given order. No anchors/aliases (a shared
 * object is written out each time) and no line folding, so the output is stable byte for byte.
 */
export function stringifyConfigYaml(documents: readonly ConfigDocument[]): string {
  return documents
    .map((doc) => stringify(doc, { aliasDuplicateObjects: false, lineWidth: 0 }))
    .map((text) => `---\n${text}`)
    .join('');
}
