export {
  createOpenAiCompatibleAdapter,
  type OpenAiCompatibleOptions,
} from './create-openai-compatible-adapter.js';
export {
  OPENAI_COMPATIBLE_PRESETS,
  type OpenAiCompatiblePreset,
} from './openai-compatible-presets.js';
