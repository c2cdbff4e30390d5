import { ServiceHttpError } from '@gatehouse/service-kit';
import type { ConfigIssue } from '@gatehouse/shared';

const MAX_LISTED = 20;

/** `documents[3].spec.targets[0].model`: where an issue is, as the error's `param`. */
export function issueParam(issue: ConfigIssue): string {
  return `documents[${issue.document}]${issue.path === '' ? '' : `.${issue.path}`}`;
}

/**
 * A 400 `invalid_config` naming every issue (document index and path), the first one as `param`:
 * `document 3, spec.targets[0].model: Model "x" is not defined; document 5, ...`.
 */
export function configIssuesError(issues: readonly ConfigIssue[]): ServiceHttpError {
  const listed = issues
    .slice(0, MAX_LISTED)
    .map((i) => `document ${i.document}${i.path === '' ? '' : `, ${i.path}`}: ${i.message}`);
  if (issues.length > MAX_LISTED) listed.push(`and ${issues.length - MAX_LISTED} more`);
  const first = issues[0];
  return new ServiceHttpError(
    400,
    'invalid_config',
    listed.join('; '),
    first === undefined ? null : issueParam(first),
  );
}
