import type { FastifyInstance, FastifyRequest } from 'fastify';
import { findModel } from '../core/model-catalog.js';
import { OPENAI_ERRORS, openAiStatusError } from '../openai/openai-errors.js';
import { bearerToken, randomId, type ServerContext } from './server-context.js';
import { chatHandler, embeddingsHandler, type ModelPicker } from './openai-handlers.js';
import { headerValue, registerVendorKit, type HttpFailure, type VendorKit } from './vendor-kit.js';
import { dataFrame } from './write-sse.js';

// Azure's own error bodies (auth, routing, throttling); validation errors keep OpenAI's shape.
const azureError = (code: string, message: string) => ({ error: { code, message } });
const API_VERSION = /^\d{4}-\d{2}-\d{2}(-preview)?$|^(v1|latest|preview)$/;

const AZURE_FAILURES = {
  resourceNotFound: (): HttpFailure => ({
    status: 404,
    body: azureError('404', 'Resource not found'),
  }),
  unsupportedVersion: (): HttpFailure => ({
    status: 400,
    body: azureError('BadRequest', 'API version not supported'),
  }),
  accessDenied: (): HttpFailure => ({
    status: 401,
    body: azureError(
      '401',
      'Access denied due to invalid subscription key or wrong API endpoint. Make sure to provide a valid key for an active subscription and use a correct regional API endpoint for your resource.',
    ),
  }),
  deploymentNotFound: (): HttpFailure => ({
    status: 404,
    body: azureError(
      'DeploymentNotFound',
      'The API deployment for this resource does not exist. If you created the deployment within the last 5 minutes, please wait a moment and try again.',
    ),
  }),
};

function azureStatusError(status: number, message?: string): unknown {
  if (status === 429) {
    return azureError(
      '429',
      message ??
        'Requests to the ChatCompletions_Create Operation under Azure OpenAI API version have exceeded call rate limit of your current OpenAI S0 pricing tier. Please retry after 1 second.',
    );
  }
  return openAiStatusError(status, message);
}

function apiVersionOf(request: FastifyRequest): string | undefined {
  const query = request.query as Record<string, unknown> | undefined;
  const value = query?.['api-version'];
  return typeof value === 'string' ? value : undefined;
}

export function azureKit(context: ServerContext): VendorKit {
  return {
    target: 'azure',
    statusError: azureStatusError,
    invalidJson: () => ({ status: 400, body: OPENAI_ERRORS.invalidJson() }),
    notFound: () => AZURE_FAILURES.resourceNotFound(),
    authenticate: (request) => {
      const version = apiVersionOf(request);
      if (version === undefined) return AZURE_FAILURES.resourceNotFound();
      if (!API_VERSION.test(version)) return AZURE_FAILURES.unsupportedVersion();
      const key =
        headerValue(request, 'api-key') ?? bearerToken(headerValue(request, 'authorization'));
      return key !== undefined && context.acceptKey(key, 'azure')
        ? undefined
        : AZURE_FAILURES.accessDenied();
    },
    responseHeaders: () => ({ 'apim-request-id': randomId(32), 'x-request-id': randomId(32) }),
    streamErrorFrame: () => dataFrame(openAiStatusError(500)),
  };
}

// The deployment name is the model; the body's `model` (if any) is ignored, as Azure does.
const pickDeployment: ModelPicker = (request) => {
  const { deployment } = request.params as { deployment: string };
  return findModel('openai', deployment) ?? AZURE_FAILURES.deploymentNotFound();
};

/** Azure OpenAI deployment routes under `/azure/openai`. */
export async function azureRoutes(app: FastifyInstance, context: ServerContext): Promise<void> {
  registerVendorKit(app, azureKit(context), context);
  // Azure bodies may omit `model`; fill it from the deployment before validation.
  app.addHook('preValidation', async (request) => {
    const { deployment } = (request.params ?? {}) as { deployment?: string };
    if (
      deployment !== undefined &&
      typeof request.body === 'object' &&
      request.body !== null &&
      !Array.isArray(request.body)
    ) {
      const body = request.body as Record<string, unknown>;
      if (body.model === undefined) request.body = { ...body, model: deployment };
    }
  });
  app.post(
    '/deployments/:deployment/chat/completions',
    chatHandler(context, pickDeployment, 'azure'),
  );
  app.post('/deployments/:deployment/embeddings', embeddingsHandler(pickDeployment));
}
