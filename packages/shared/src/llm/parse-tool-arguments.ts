/**
 * A tool call's `arguments` string (OpenAI format) as the JSON object vendors with structured
 * tool inputs (Anthropic `input`, Gemini `args`) require. An empty string is `{}` (some models
 * stream no arguments for parameterless tools); anything that is not a JSON object is `undefined`
 * so the caller can decide how to report it.
 */
export function parseToolArguments(text: string): Record<string, unknown> | undefined {
  if (text.trim() === '') return {};
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}
