import { z } from 'zod';
import {
  parseChatRequest,
  pickPromptVersion,
  PromptPickError,
  PromptRenderError,
  renderPrompt,
  scopedKey,
  type PromptTemplateEntry,
} from '@gatehouse/shared';
import { GatewayHttpError } from '../gateway-error.js';
import type { LlmState } from '../llm-state.js';
import { openAiChatOutput } from '../../llm/chat-output.js';

// `{ variables, version?, label?, stream?, model? }`; any other Chat Completions parameter
// (temperature, max_tokens, ...) overrides the version's stored parameters.
const promptRunSchema = z
  .object({
    variables: z.record(z.string(), z.unknown()).default({}),
    version: z.number().int().positive().optional(),
    label: z.string().min(1).max(40).optional(),
    model: z.string().min(1).optional(),
    stream: z.boolean().optional(),
  })
  .catchall(z.unknown());

function findTemplate(state: LlmState, slug: string): PromptTemplateEntry {
  const orgId = state.principal?.orgId;
  const template =
    orgId === undefined ? undefined : state.snapshot.prompts.get(scopedKey(orgId, slug));
  if (template === undefined) {
    throw new GatewayHttpError(404, 'prompt_not_found', `No prompt named '${slug}'`, 'slug');
  }
  return template;
}

function parseRun(body: unknown): z.infer<typeof promptRunSchema> {
  const parsed = promptRunSchema.safeParse(body ?? {});
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const param = issue?.path.join('.') ?? null;
  throw new GatewayHttpError(
    400,
    'invalid_request',
    `Invalid prompt run: ${issue?.message ?? ''}`,
    param,
  );
}

/**
 * POST /v1/prompts/{slug}/completions: picks the version (explicit number, else label — default
 * `production` — with its A/B weights), renders it strictly with the variables, and turns it into
 * the chat request the rest of the pipeline runs.
 */
export function renderManagedPrompt(state: LlmState): void {
  const params = state.call.request.params as { slug?: string };
  const template = findTemplate(state, params.slug ?? '');
  const { variables, version: number, label, ...overrides } = parseRun(state.call.request.body);
  try {
    const version = pickPromptVersion(template, { label, version: number }, Math.random);
    const rendered = renderPrompt(version, variables);
    state.call.promptVersionId = version.id;
    state.call.metadata.prompt = { slug: template.slug, version: version.version };
    const chat = parseChatRequest({
      ...rendered.parameters,
      ...overrides,
      model: overrides.model ?? rendered.model ?? undefined,
      messages: rendered.messages,
    });
    if (!chat.ok) {
      const { code, message, param } = chat.error;
      throw new GatewayHttpError(400, code ?? 'invalid_request', message, param);
    }
    state.chat = chat.request;
    state.requestedModel = chat.request.model;
    state.output = openAiChatOutput(chat.request.stream_options?.include_usage === true);
  } catch (error) {
    if (error instanceof PromptPickError) {
      throw new GatewayHttpError(
        404,
        error.code,
        error.message,
        number === undefined ? 'label' : 'version',
      );
    }
    if (error instanceof PromptRenderError) {
      throw new GatewayHttpError(400, error.code, error.message, 'variables');
    }
    throw error;
  }
}
