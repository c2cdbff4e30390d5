import type { ChatRequest } from '../../llm/chat-types.js';
import type { GeminiGenerateContentBody, GeminiToolConfig } from './gemini-request-types.js';

const MODES: Record<
  'auto' | 'required' | 'none',
  GeminiToolConfig['functionCallingConfig']['mode']
> = {
  auto: 'AUTO',
  required: 'ANY',
  none: 'NONE',
};

/**
 * OpenAI tools as Gemini function declarations (the JSON Schema goes to `parametersJsonSchema`,
 * which takes full JSON Schema, unlike the OpenAPI-subset `parameters`), and tool_choice as
 * `toolConfig`: auto → AUTO, required → ANY, none → NONE, a named function → ANY limited to it.
 */
export function toGeminiTools(
  request: Pick<ChatRequest, 'tools' | 'tool_choice'>,
): Pick<GeminiGenerateContentBody, 'tools' | 'toolConfig'> {
  if (request.tools === undefined || request.tools.length === 0) return {};
  const functionDeclarations = request.tools.map(({ function: fn }) => ({
    name: fn.name,
    ...(fn.description !== undefined ? { description: fn.description } : {}),
    ...(fn.parameters !== undefined ? { parametersJsonSchema: fn.parameters } : {}),
  }));
  const choice = request.tool_choice;
  const tools = [{ functionDeclarations }];
  if (choice === undefined) return { tools };
  const functionCallingConfig: GeminiToolConfig['functionCallingConfig'] =
    typeof choice === 'string'
      ? { mode: MODES[choice] }
      : { mode: 'ANY', allowedFunctionNames: [choice.function.name] };
  return { tools, toolConfig: { functionCallingConfig } };
}
