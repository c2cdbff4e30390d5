export { openAiAdapter } from './openai-adapter.js';
export { mapOpenAiError, readOpenAiError } from './map-openai-error.js';
export {
  mapOpenAiFinishReason,
  type FinishReasonMapper,
  type MappedFinishReason,
} from './map-openai-finish-reason.js';
export {
  fromOpenAiEmbeddingsResponse,
  fromOpenAiResponse,
  type OpenAiFamilyOptions,
} from './from-openai-response.js';
export { reduceOpenAiStream } from './reduce-openai-stream.js';
export {
  toOpenAiChatBody,
  toOpenAiEmbeddingsBody,
  type OpenAiBodyOptions,
} from './to-openai-request.js';
