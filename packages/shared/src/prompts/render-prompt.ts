import type { ChatContentPart } from '../llm/chat-types.js';
import { PLACEHOLDER, listPromptPlaceholders } from './prompt-placeholders.js';
import type {
  PromptMessage,
  PromptVariableType,
  PromptVariables,
  PromptVersionData,
} from './prompt-schemas.js';

export type PromptVariableValue = string | number | boolean;

export type PromptRenderProblem = {
  /** Required variables that were not given (and have no default). */
  missing: string[];
  /** Variables given that the version does not declare. */
  unknown: string[];
  /** Variables given with the wrong type. */
  invalid: Array<{ name: string; expected: PromptVariableType }>;
};

/** Thrown by renderPrompt; the gateway and the admin API answer 400 with the lists. */
export class PromptRenderError extends Error {
  readonly code = 'invalid_prompt_variables';
  constructor(readonly problem: PromptRenderProblem) {
    super(describeProblem(problem));
    this.name = 'PromptRenderError';
  }
}

function describeProblem({ missing, unknown, invalid }: PromptRenderProblem): string {
  const parts = [
    missing.length > 0 ? `missing required variables: ${missing.join(', ')}` : '',
    unknown.length > 0 ? `unknown variables: ${unknown.join(', ')}` : '',
    invalid.length > 0
      ? `wrong types: ${invalid.map((i) => `${i.name} must be a ${i.expected}`).join(', ')}`
      : '',
  ];
  return parts.filter((p) => p !== '').join('; ');
}

export type RenderedPrompt = {
  messages: PromptMessage[];
  model: string | null;
  parameters: Record<string, unknown>;
  /** The values substituted, defaults included. */
  variables: Record<string, PromptVariableValue>;
};

const isPresent = (value: unknown) => value !== undefined && value !== null;

// Own keys only: a variable called "toString" or "constructor" must not find Object's.
const declaredIn = (schema: PromptVariables, name: string) =>
  Object.hasOwn(schema, name) ? schema[name] : undefined;

function resolveVariables(
  schema: PromptVariables,
  placeholders: readonly string[],
  given: Record<string, unknown>,
): Record<string, PromptVariableValue> {
  const problem: PromptRenderProblem = { missing: [], unknown: [], invalid: [] };
  // No prototype: a variable named __proto__ is just a name.
  const values = Object.create(null) as Record<string, PromptVariableValue>;
  for (const [name, value] of Object.entries(given)) {
    const declared = declaredIn(schema, name);
    if (declared === undefined) problem.unknown.push(name);
    else if (!isPresent(value)) continue;
    else if (typeof value !== declared.type)
      problem.invalid.push({ name, expected: declared.type });
    else values[name] = value as PromptVariableValue;
  }
  for (const [name, declared] of Object.entries(schema)) {
    if (Object.hasOwn(values, name) || problem.invalid.some((i) => i.name === name)) continue;
    if (declared.default !== undefined) values[name] = declared.default;
    else if (declared.required === true) problem.missing.push(name);
    // An optional variable without a default renders as nothing.
    else values[name] = '';
  }
  // A placeholder the schema does not declare cannot be filled (versions are validated on
  // creation, so this only guards data written around the API).
  for (const name of placeholders) {
    if (declaredIn(schema, name) === undefined && !problem.missing.includes(name))
      problem.missing.push(name);
  }
  if (problem.missing.length + problem.unknown.length + problem.invalid.length > 0) {
    throw new PromptRenderError(problem);
  }
  return values;
}

function substitute(text: string, values: Record<string, PromptVariableValue>): string {
  // One pass: a value that itself contains `{{x}}` stays literal.
  return text.replace(PLACEHOLDER, (_, name: string) =>
    String(Object.hasOwn(values, name) ? values[name] : ''),
  );
}

function renderContent(
  content: PromptMessage['content'],
  values: Record<string, PromptVariableValue>,
): string | ChatContentPart[] {
  if (typeof content === 'string') return substitute(content, values);
  return content.map((part) =>
    part.type === 'text' ? { ...part, text: substitute(part.text, values) } : part,
  );
}

/**
 * Renders a version's messages with the caller's variables. Strict: a required variable that is
 * missing, a variable the version does not declare, or a value of the wrong type throws a
 * PromptRenderError listing every problem at once. Optional variables take their default (or
 * render empty). Substitution only: no expressions are evaluated.
 */
export function renderPrompt(
  version: Pick<PromptVersionData, 'messages' | 'variables' | 'model' | 'parameters'>,
  variables: Record<string, unknown>,
): RenderedPrompt {
  const values = resolveVariables(
    version.variables,
    listPromptPlaceholders(version.messages),
    variables,
  );
  return {
    messages: version.messages.map((m) => ({
      role: m.role,
      content: renderContent(m.content, values),
    })),
    model: version.model,
    parameters: version.parameters,
    variables: values,
  };
}
