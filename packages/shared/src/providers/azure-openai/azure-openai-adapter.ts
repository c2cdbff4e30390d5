import type { ProviderAdapter } from '../../llm/provider-adapter.js';
import { mapOpenAiFinishReason } from '../openai/map-openai-finish-reason.js';
import {
  fromOpenAiEmbeddingsResponse,
  fromOpenAiResponse,
  type OpenAiFamilyOptions,
} from '../openai/from-openai-response.js';
import { reduceOpenAiStream } from '../openai/reduce-openai-stream.js';
import { mapAzureOpenAiError } from './map-azure-openai-error.js';
import { toAzureOpenAiEmbeddingsRequest, toAzureOpenAiRequest } from './to-azure-openai-request.js';

// Azure answers in OpenAI's format plus content-filter annotations (`prompt_filter_results`,
// per-choice `content_filter_results`), which the narrow schemas skip; a filtered answer ends with
// finish_reason "content_filter", and the choice-less first stream chunk yields nothing.
const AZURE_OPTIONS: OpenAiFamilyOptions = {
  kind: 'AZURE_OPENAI',
  provider: 'Azure OpenAI',
  mapFinishReason: mapOpenAiFinishReason,
};

export const azureOpenAiAdapter: ProviderAdapter = {
  kind: 'AZURE_OPENAI',
  chatRequest: toAzureOpenAiRequest,
  chatResponse: (body, context) => fromOpenAiResponse(body, context, AZURE_OPTIONS),
  chatStream: (context) => reduceOpenAiStream(context, AZURE_OPTIONS),
  embeddings: {
    request: toAzureOpenAiEmbeddingsRequest,
    response: (body, context) => fromOpenAiEmbeddingsResponse(body, context, 'AZURE_OPENAI'),
  },
  mapError: mapAzureOpenAiError,
};
