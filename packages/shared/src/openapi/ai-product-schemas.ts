// Component schemas of an AI product's document: the OpenAI and Anthropic wire formats the
// gateway speaks (chat-types.ts), with `model` narrowed to the product's names.

import {
  chatCompletion,
  chatMessage,
  chatRequest,
  embeddingsRequest,
  embeddingsResponse,
  modelList,
  toolCall,
  usage,
} from './openai-wire-schemas.js';
import {
  error,
  messagesRequest,
  messagesResponse,
  promptCompletionRequest,
} from './messages-prompt-schemas.js';

export { modelNameSchema } from './schema-helpers.js';

/** The `components.schemas` of an AI product document. */
export function aiProductSchemas(
  chatModels: readonly string[],
  embeddingModels: readonly string[],
) {
  return {
    ChatMessage: chatMessage,
    ToolCall: toolCall,
    Usage: usage,
    ChatCompletionRequest: chatRequest(chatModels),
    ChatCompletion: chatCompletion,
    EmbeddingsRequest: embeddingsRequest(embeddingModels),
    EmbeddingsResponse: embeddingsResponse,
    ModelList: modelList,
    MessagesRequest: messagesRequest(chatModels),
    MessagesResponse: messagesResponse,
    PromptCompletionRequest: promptCompletionRequest(chatModels),
    Error: error,
  };
}
