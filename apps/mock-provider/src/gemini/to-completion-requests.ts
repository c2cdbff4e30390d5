import { countTokens } from '../core/count-tokens.js';
import { IMAGE_TOKENS } from '../core/image-tokens.js';
import type { CompletionRequest, OutputFormat, ToolChoice } from '../core/plan-completion.js';
import type { PromptPart } from '../core/prompt-cache.js';
import type { GeminiContent, GenerateContentBody } from './gemini-schemas.js';

type Part = GeminiContent['parts'][number];

function partText(part: Part): string {
  if (part.text !== undefined) return part.text;
  if (part.functionCall !== undefined)
    return `${part.functionCall.name}(${JSON.stringify(part.functionCall.args ?? {})})`;
  if (part.functionResponse !== undefined)
    return JSON.stringify(part.functionResponse.response ?? {});
  return '';
}

export const contentText = (content: GeminiContent): string => content.parts.map(partText).join('');

const isImage = (part: Part): boolean =>
  (part.inlineData?.mimeType ?? part.fileData?.mimeType ?? '').startsWith('image/');

/** Tokens of a content: its text plus a flat charge per image. */
const contentTokens = (content: GeminiContent): number =>
  countTokens(contentText(content)) + content.parts.filter(isImage).length * IMAGE_TOKENS.gemini;

const isFunctionResponse = (content: GeminiContent | undefined): boolean =>
  content !== undefined && content.parts.some((p) => p.functionResponse !== undefined);

/** The prompt in cache order (system instruction, function declarations, contents), one part each. */
export function geminiPromptParts(
  body: Pick<GenerateContentBody, 'contents' | 'systemInstruction' | 'tools'>,
): PromptPart[] {
  const parts: PromptPart[] = [];
  if (body.systemInstruction !== undefined)
    parts.push({
      json: JSON.stringify(body.systemInstruction),
      tokens: contentTokens(body.systemInstruction),
    });
  const declarations = (body.tools ?? []).flatMap((t) => t.functionDeclarations ?? []);
  if (declarations.length > 0)
    parts.push({
      json: JSON.stringify(declarations),
      tokens: countTokens(JSON.stringify(declarations)),
    });
  for (const content of body.contents)
    parts.push({ json: JSON.stringify(content), tokens: contentTokens(content) });
  return parts;
}

/** Prompt tokens as Gemini counts them: text of system instruction, contents and tool declarations. */
export function countGeminiPromptTokens(
  body: Pick<GenerateContentBody, 'contents' | 'systemInstruction' | 'tools'>,
): number {
  return geminiPromptParts(body).reduce((sum, part) => sum + part.tokens, 0);
}

const MODES: Record<string, 'auto' | 'none' | 'required'> = {
  AUTO: 'auto',
  VALIDATED: 'auto',
  MODE_UNSPECIFIED: 'auto',
  ANY: 'required',
  NONE: 'none',
};

function toToolChoice(body: GenerateContentBody): ToolChoice {
  const config = body.toolConfig?.functionCallingConfig;
  const mode = MODES[config?.mode ?? 'AUTO'] ?? 'auto';
  const only = config?.allowedFunctionNames;
  return mode === 'required' && only !== undefined && only.length === 1 && only[0] !== undefined
    ? { mode: 'tool', name: only[0] }
    : { mode };
}

function toFormat(body: GenerateContentBody): OutputFormat {
  const config = body.generationConfig;
  if (config?.responseMimeType !== 'application/json') return { kind: 'text' };
  const schema = config.responseJsonSchema ?? config.responseSchema;
  return schema === undefined ? { kind: 'json_object' } : { kind: 'json_schema', schema };
}

// Thinking models think by default (budget -1 = dynamic); a budget of 0 turns thinking off.
const DEFAULT_THOUGHT_TOKENS = 64;

function thoughtTokens(body: GenerateContentBody, thinkingModel: boolean): number {
  if (!thinkingModel) return 0;
  const budget = body.generationConfig?.thinkingConfig?.thinkingBudget;
  if (budget === undefined || budget < 0) return DEFAULT_THOUGHT_TOKENS;
  return Math.min(budget, DEFAULT_THOUGHT_TOKENS);
}

/** One vendor-neutral request per candidate (`candidateCount`). */
export function toCompletionRequests(
  body: GenerateContentBody,
  model: string,
  thinkingModel = false,
): CompletionRequest[] {
  const lastUser = [...body.contents]
    .reverse()
    .find((c) => (c.role ?? 'user') === 'user' && !isFunctionResponse(c));
  const tools = (body.tools ?? [])
    .flatMap((t) => t.functionDeclarations ?? [])
    .map((d) => ({ name: d.name, parameters: d.parametersJsonSchema ?? d.parameters ?? {} }));
  const base = {
    model,
    seedText: JSON.stringify([
      body.systemInstruction ?? null,
      body.contents,
      body.tools ?? null,
      body.generationConfig?.responseSchema ?? null,
    ]),
    lastUserText: lastUser === undefined ? '' : contentText(lastUser),
    tools,
    toolChoice: toToolChoice(body),
    endsWithToolResult: isFunctionResponse(body.contents[body.contents.length - 1]),
    maxTokens: body.generationConfig?.maxOutputTokens,
    stop: body.generationConfig?.stopSequences ?? [],
    format: toFormat(body),
    reasoningTokens: thoughtTokens(body, thinkingModel),
  };
  return Array.from({ length: body.generationConfig?.candidateCount ?? 1 }, (_, choiceIndex) => ({
    ...base,
    choiceIndex,
  }));
}
