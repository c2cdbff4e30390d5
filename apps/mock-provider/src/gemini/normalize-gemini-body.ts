const toCamel = (key: string): string =>
  key.replace(/_([a-z])/g, (_m, c: string) => c.toUpperCase());

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function camelKeys(value: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(value).map(([key, inner]) => [toCamel(key), inner]));
}

// Config objects whose own keys are API fields (user data such as function parameters and
// response schemas is left untouched: its property names belong to the caller).
const CONFIG_KEYS = ['generationConfig', 'toolConfig'];

/**
 * The Gemini REST API takes proto field names in snake_case or camelCase; the mock reads
 * camelCase, so top-level and config keys are converted first.
 */
export function normalizeGeminiBody(body: Record<string, unknown>): Record<string, unknown> {
  const top = camelKeys(body);
  for (const key of CONFIG_KEYS) {
    const config = top[key];
    if (isRecord(config)) top[key] = camelKeys(config);
  }
  const generation = top.generationConfig;
  if (isRecord(generation) && isRecord(generation.thinkingConfig)) {
    top.generationConfig = { ...generation, thinkingConfig: camelKeys(generation.thinkingConfig) };
  }
  const toolConfig = top.toolConfig;
  if (isRecord(toolConfig) && isRecord(toolConfig.functionCallingConfig)) {
    top.toolConfig = {
      ...toolConfig,
      functionCallingConfig: camelKeys(toolConfig.functionCallingConfig),
    };
  }
  return top;
}

export const GENERATE_FIELDS: ReadonlySet<string> = new Set([
  'contents',
  'systemInstruction',
  'tools',
  'toolConfig',
  'safetySettings',
  'generationConfig',
  'cachedContent',
  'labels',
  'serviceTier',
  'model',
]);
