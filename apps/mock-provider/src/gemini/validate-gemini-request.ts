import type { z } from 'zod';
import { describeIssue, dottedPath } from '../core/describe-issue.js';
import { findUnknownField } from '../core/find-unknown-field.js';
import { googleError, type GoogleErrorBody } from './gemini-errors.js';
import { GENERATE_FIELDS, normalizeGeminiBody } from './normalize-gemini-body.js';
import {
  batchEmbedSchema,
  embedContentSchema,
  generateContentSchema,
  type EmbedContentBody,
  type GenerateContentBody,
} from './gemini-schemas.js';

export type Validated<T> = { ok: true; body: T } | { ok: false; error: GoogleErrorBody };

const invalid = (message: string): { ok: false; error: GoogleErrorBody } => ({
  ok: false,
  error: googleError(400, message),
});

// Google words field errors as `* Request.field: problem\n`.
function googleIssue(error: z.ZodError, request: string): { ok: false; error: GoogleErrorBody } {
  const issue = describeIssue(error);
  const path = dottedPath(issue.path);
  if (issue.kind === 'missing')
    return invalid(`* ${request}.${path}: ${path.split('.').pop() ?? path} is not specified\n`);
  if (issue.kind === 'type')
    return invalid(`Invalid JSON payload received. Invalid value at '${path}': ${issue.detail}`);
  return invalid(`* ${request}.${path}: ${issue.detail}\n`);
}

const VALID_ROLES = new Set(['user', 'model', 'function', 'tool']);

const GENERATE_RULES: ((body: GenerateContentBody) => string | undefined)[] = [
  (body) =>
    body.contents.length === 0
      ? '* GenerateContentRequest.contents: contents is not specified\n'
      : undefined,
  (body) =>
    body.contents.some((c) => c.role !== undefined && c.role !== '' && !VALID_ROLES.has(c.role))
      ? 'Please use a valid role: user, model.'
      : undefined,
  (body) => {
    const index = body.contents.findIndex((c) => c.parts.length === 0);
    return index >= 0
      ? `* GenerateContentRequest.contents[${index}].parts: contents.parts must not be empty.\n`
      : undefined;
  },
  (body) => {
    const config = body.generationConfig;
    const wantsSchema =
      config?.responseSchema !== undefined || config?.responseJsonSchema !== undefined;
    return wantsSchema && config?.responseMimeType !== 'application/json'
      ? '* GenerateContentRequest.generation_config.response_mime_type: response_mime_type must be application/json when response_schema is set.\n'
      : undefined;
  },
];

const isObject = (raw: unknown): raw is Record<string, unknown> =>
  typeof raw === 'object' && raw !== null && !Array.isArray(raw);

export function validateGenerateContent(raw: unknown): Validated<GenerateContentBody> {
  if (!isObject(raw)) return invalid('Invalid JSON payload received. Expected an object.');
  const body = normalizeGeminiBody(raw);
  const unknown = findUnknownField(body, GENERATE_FIELDS);
  if (unknown !== undefined)
    return invalid(`Invalid JSON payload received. Unknown name "${unknown}": Cannot find field.`);
  const parsed = generateContentSchema.safeParse(body);
  if (!parsed.success) return googleIssue(parsed.error, 'GenerateContentRequest');
  for (const rule of GENERATE_RULES) {
    const message = rule(parsed.data);
    if (message !== undefined) return invalid(message);
  }
  return { ok: true, body: parsed.data };
}

export function validateEmbedContent(raw: unknown): Validated<EmbedContentBody> {
  if (!isObject(raw)) return invalid('Invalid JSON payload received. Expected an object.');
  const parsed = embedContentSchema.safeParse(raw);
  return parsed.success
    ? { ok: true, body: parsed.data }
    : googleIssue(parsed.error, 'EmbedContentRequest');
}

export function validateBatchEmbed(raw: unknown): Validated<EmbedContentBody[]> {
  if (!isObject(raw)) return invalid('Invalid JSON payload received. Expected an object.');
  const parsed = batchEmbedSchema.safeParse(raw);
  return parsed.success
    ? { ok: true, body: parsed.data.requests }
    : googleIssue(parsed.error, 'BatchEmbedContentsRequest');
}
