import type { z } from 'zod';
import {
  formatParamPath,
  invalidRequest,
  type InvalidRequestError,
} from './invalid-request-error.js';

type Issue = z.core.$ZodIssue;

/**
 * Words the first zod issue of a failed request parse the way OpenAI words its 400s
 * ("Missing required parameter: 'model'.", "Invalid type for 'n': expected an integer, but got
 * a string instead.", ...), with the parameter path OpenAI reports (`messages[0].role`).
 */
export function describeRequestIssue(error: z.ZodError, body: unknown): InvalidRequestError {
  const issue = error.issues[0];
  if (issue === undefined) return invalidRequest('Invalid request.', null);
  return describeIssue(issue, [], body);
}

function describeIssue(issue: Issue, prefix: PropertyKey[], body: unknown): InvalidRequestError {
  const path = [...prefix, ...issue.path];
  const param = formatParamPath(path);
  const value = valueAt(body, path);
  switch (issue.code) {
    case 'invalid_type':
      return value === undefined
        ? invalidRequest(
            `Missing required parameter: '${param}'.`,
            param,
            'missing_required_parameter',
          )
        : invalidType(param, [issue.expected], value);
    case 'invalid_union':
      return describeUnion(issue, path, body, value);
    case 'invalid_value':
      return invalidValue(param, value, issue.values);
    case 'too_small':
    case 'too_big':
      return outOfRange(issue, param, value);
    case 'invalid_format':
      return invalidRequest(
        `Invalid '${param}': string does not match pattern. Expected a string that matches the pattern '${'pattern' in issue ? String(issue.pattern).replace(/^\/|\/$/g, '') : ''}'.`,
        param,
        'invalid_value',
      );
    default:
      return invalidRequest(
        `Invalid value for '${param}': ${issue.message}.`,
        param,
        'invalid_value',
      );
  }
}

function describeUnion(
  issue: z.core.$ZodIssueInvalidUnion,
  path: PropertyKey[],
  body: unknown,
  value: unknown,
): InvalidRequestError {
  const param = formatParamPath(path);
  // A discriminated union whose tag is missing or unknown (zod puts the tag in the path).
  if (issue.discriminator !== undefined && issue.errors.length === 0) {
    if (value === undefined)
      return invalidRequest(
        `Missing required parameter: '${param}'.`,
        param,
        'missing_required_parameter',
      );
    return invalidValue(param, value, 'options' in issue ? (issue.options ?? []) : []);
  }
  // A branch that matched the value's shape but failed deeper names the real problem; failing
  // that, one that matched its type but not its value (an unknown enum string).
  const firsts = issue.errors.flatMap((branch) => (branch[0] === undefined ? [] : [branch[0]]));
  const chosen =
    firsts.find((first) => first.path.length > 0) ??
    firsts.find((first) => first.code !== 'invalid_type');
  if (chosen !== undefined) return describeIssue(chosen, path, body);
  if (value === undefined)
    return invalidRequest(
      `Missing required parameter: '${param}'.`,
      param,
      'missing_required_parameter',
    );
  const expected = issue.errors.flatMap((branch) =>
    branch.flatMap((i) => (i.code === 'invalid_type' ? [i.expected] : [])),
  );
  return invalidType(param, expected, value);
}

const TYPE_NAMES: Record<string, string> = {
  string: 'a string',
  number: 'a number',
  int: 'an integer',
  boolean: 'a boolean',
  array: 'an array',
  object: 'an object',
  record: 'an object',
  null: 'null',
};

function invalidType(param: string, expected: string[], value: unknown): InvalidRequestError {
  const names = [...new Set(expected.map((e) => TYPE_NAMES[e] ?? e))];
  const wanted = names.length > 1 ? `one of ${names.join(' or ')}` : (names[0] ?? 'another type');
  return invalidRequest(
    `Invalid type for '${param}': expected ${wanted}, but got ${describeValueType(value)} instead.`,
    param,
    'invalid_type',
  );
}

function describeValueType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'an integer' : 'a decimal number';
  if (typeof value === 'object') return 'an object';
  return `a ${typeof value}`;
}

function quote(value: unknown): string {
  return `'${typeof value === 'string' ? value : JSON.stringify(value)}'`;
}

function invalidValue(
  param: string,
  value: unknown,
  options: readonly unknown[],
): InvalidRequestError {
  const quoted = options.map(quote);
  const list =
    quoted.length > 2
      ? `${quoted.slice(0, -1).join(', ')}, and ${quoted.at(-1)}`
      : quoted.join(' and ');
  return invalidRequest(
    `Invalid value: ${quote(value)}. Supported values are: ${list}.`,
    param,
    'invalid_value',
  );
}

function outOfRange(
  issue: z.core.$ZodIssueTooSmall | z.core.$ZodIssueTooBig,
  param: string,
  value: unknown,
): InvalidRequestError {
  const small = issue.code === 'too_small';
  const limit = Number(issue.code === 'too_small' ? issue.minimum : issue.maximum);
  const sized = issue.origin === 'array' ? 'array' : issue.origin === 'string' ? 'string' : null;
  if (sized !== null) return badLength(sized, small, limit, param, value);
  const kind = typeof value === 'number' && Number.isInteger(value) ? 'integer' : 'decimal';
  const where = small ? 'below minimum' : 'above maximum';
  return invalidRequest(
    `Invalid '${param}': ${kind} ${where} value. Expected a value ${small ? '>=' : '<='} ${limit}, but got ${String(value)} instead.`,
    param,
    `${kind}_${small ? 'below_min' : 'above_max'}_value`,
  );
}

function badLength(
  origin: 'array' | 'string',
  small: boolean,
  limit: number,
  param: string,
  value: unknown,
): InvalidRequestError {
  const length = Array.isArray(value) || typeof value === 'string' ? value.length : 0;
  if (origin === 'array' && small && length === 0)
    return invalidRequest(
      `Invalid '${param}': empty array. Expected an array with minimum length ${limit}, but got an empty array instead.`,
      param,
      'empty_array',
    );
  const article = origin === 'array' ? 'an' : 'a';
  return invalidRequest(
    `Invalid '${param}': ${origin} too ${small ? 'short' : 'long'}. Expected ${article} ${origin} with ${small ? 'minimum' : 'maximum'} length ${limit}, but got ${article} ${origin} with length ${length} instead.`,
    param,
    `${origin}_${small ? 'below_min' : 'above_max'}_length`,
  );
}

function valueAt(body: unknown, path: readonly PropertyKey[]): unknown {
  let current: unknown = body;
  for (const key of path) {
    if (typeof current !== 'object' || current === null) return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}
