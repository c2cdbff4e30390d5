export { mistralAdapter } from './mistral-adapter.js';
export { mapMistralError } from './map-mistral-error.js';
export { mapMistralFinishReason } from './map-mistral-finish-reason.js';
export { toMistralChatBody, toMistralEmbeddingsBody } from './to-mistral-request.js';
export { toMistralMessages } from './to-mistral-messages.js';
export { toMistralToolCallId } from './to-mistral-tool-call-id.js';
