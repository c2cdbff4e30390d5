import type { ChatRequest, EmbeddingsRequest } from '../../llm/chat-types.js';
import type { UpstreamHttpRequest, UpstreamTarget } from '../../llm/provider-adapter.js';
import { toOpenAiChatBody, toOpenAiEmbeddingsBody } from '../openai/to-openai-request.js';

/** The GA API version used when the provider's settings name none. */
export const AZURE_DEFAULT_API_VERSION = '2024-10-21';

/**
 * `${resource}/openai/deployments/${deployment}/${operation}?api-version=...`. The base URL may
 * be the resource endpoint (`https://x.openai.azure.com`) or end in `/openai` already (as the
 * demo seed's `<mock>/azure/openai` does); both give the same URL.
 */
export function azureDeploymentUrl(target: UpstreamTarget, operation: string): string {
  const resource = target.baseUrl.replace(/\/+$/, '').replace(/\/openai$/, '');
  const apiVersion = azureApiVersion(target);
  const deployment = encodeURIComponent(target.upstreamModel);
  return `${resource}/openai/deployments/${deployment}/${operation}?api-version=${encodeURIComponent(apiVersion)}`;
}

export function azureApiVersion(target: UpstreamTarget): string {
  const version = target.settings.apiVersion;
  return typeof version === 'string' && version !== '' ? version : AZURE_DEFAULT_API_VERSION;
}

// Azure accepts stream_options from 2024-09-01-preview on; older dated versions refuse it as an
// unrecognized argument. The v1 / latest / preview aliases are current.
const FIRST_STREAM_USAGE_VERSION = '2024-09-01';

export function azureStreamsUsage(apiVersion: string): boolean {
  return !/^\d{4}-\d{2}-\d{2}/.test(apiVersion) || apiVersion >= FIRST_STREAM_USAGE_VERSION;
}

/** `api-key` with the resource key, or a Microsoft Entra ID bearer token when one is configured. */
export function azureHeaders(target: UpstreamTarget): Record<string, string> {
  const { apiKey, bearerToken } = target.credentials;
  const auth: Record<string, string> =
    bearerToken !== undefined && bearerToken !== ''
      ? { authorization: `Bearer ${bearerToken}` }
      : { 'api-key': apiKey ?? '' };
  return { 'content-type': 'application/json', ...auth };
}

// The deployment in the URL names the model: the body carries none.
export function toAzureOpenAiRequest(
  request: ChatRequest,
  target: UpstreamTarget,
): UpstreamHttpRequest {
  return {
    url: azureDeploymentUrl(target, 'chat/completions'),
    headers: azureHeaders(target),
    body: JSON.stringify(
      toOpenAiChatBody(request, {
        model: undefined,
        streamUsage: azureStreamsUsage(azureApiVersion(target)),
      }),
    ),
  };
}

export function toAzureOpenAiEmbeddingsRequest(
  request: EmbeddingsRequest,
  target: UpstreamTarget,
): UpstreamHttpRequest {
  return {
    url: azureDeploymentUrl(target, 'embeddings'),
    headers: azureHeaders(target),
    body: JSON.stringify(toOpenAiEmbeddingsBody(request, undefined)),
  };
}
