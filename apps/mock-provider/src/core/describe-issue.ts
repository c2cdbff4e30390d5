import type { z } from 'zod';

export type IssueKind = 'missing' | 'type' | 'value';
export type DescribedIssue = { path: (string | number)[]; kind: IssueKind; detail: string };

/** The first zod issue of a failed parse, classified so each vendor can word it its own way. */
export function describeIssue(error: z.ZodError): DescribedIssue {
  const issue = error.issues[0];
  if (issue === undefined) return { path: [], kind: 'value', detail: 'Invalid request' };
  const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
  if (issue.code === 'invalid_type' && /received undefined$/.test(issue.message)) {
    return { path, kind: 'missing', detail: issue.message };
  }
  if (issue.code === 'invalid_type' || issue.code === 'invalid_union') {
    return { path, kind: 'type', detail: issue.message };
  }
  return { path, kind: 'value', detail: issue.message };
}

/** `messages[0].content` — OpenAI's way of naming a nested parameter. */
export function bracketPath(path: (string | number)[]): string {
  return path.reduce<string>(
    (acc, part) => (typeof part === 'number' ? `${acc}[${part}]` : acc ? `${acc}.${part}` : part),
    '',
  );
}

/** `messages.0.content` — Anthropic's (pydantic-style) way. */
export function dottedPath(path: (string | number)[]): string {
  return path.join('.');
}
