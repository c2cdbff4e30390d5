import type { z } from 'zod';
import { ProviderResponseError, type ProviderKind } from '../../llm/provider-adapter.js';

/** Parses an upstream body with a narrow schema; a mismatch is a `ProviderResponseError`. */
export function parseVendorBody<T extends z.ZodType>(
  kind: ProviderKind,
  schema: T,
  body: unknown,
  what: string,
): z.infer<T> {
  const parsed = schema.safeParse(body);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const where =
    issue === undefined ? '' : ` at ${issue.path.join('.') || '(root)'}: ${issue.message}`;
  throw new ProviderResponseError(kind, `${kind} ${what} does not have the expected shape${where}`);
}

/** Parses one SSE data payload as JSON; invalid JSON is a `ProviderResponseError`. */
export function parseEventJson(kind: ProviderKind, data: string): unknown {
  try {
    return JSON.parse(data);
  } catch {
    throw new ProviderResponseError(
      kind,
      `${kind} sent a stream event that is not JSON: ${data.slice(0, 120)}`,
    );
  }
}
