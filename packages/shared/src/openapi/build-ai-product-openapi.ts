import { aiProductSchemas } from './ai-product-schemas.js';
import { GATEWAY_SECURITY, GATEWAY_SECURITY_SCHEMES, gatewayBaseUrl } from './gateway-security.js';
import type { ProductModels } from './resolve-product-models.js';

type Schema = Record<string, unknown>;

export type AiProductDocInput = {
  product: { slug: string; name: string; description: string };
  models: ProductModels;
  /** GATEWAY_PUBLIC_URL: the gateway's base URL as callers reach it. */
  gatewayUrl: string;
  /** Version of the document (e.g. the org's config version); defaults to 1.0.0. */
  version?: string;
};

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });

function jsonBody(schema: string, example: unknown): Schema {
  return { content: { 'application/json': { schema: ref(schema), example } } };
}

const ERRORS: Readonly<Record<string, string>> = {
  '400': 'Invalid request',
  '401': 'Missing or invalid API key',
  '403': 'Not allowed (model not in your plan, or blocked by a guardrail)',
  '404': 'Unknown model or prompt',
  '429': 'Rate limit or budget exceeded (see retry-after)',
  '502': 'Upstream provider error',
};

function errors(codes: readonly string[]): Schema {
  return Object.fromEntries(
    codes.map((code) => [
      code,
      { description: ERRORS[code], ...jsonBody('Error', errorExample(code)) },
    ]),
  );
}

function errorExample(code: string) {
  return {
    error: {
      message: ERRORS[code] ?? 'Error',
      type: code === '429' ? 'rate_limit_exceeded' : 'invalid_request_error',
      code: null,
      param: null,
    },
  };
}

function chatOk(example: unknown): Schema {
  return {
    description: 'The completion; with `stream: true`, server-sent `chat.completion.chunk` events.',
    content: {
      'application/json': { schema: ref('ChatCompletion'), example },
      'text/event-stream': { schema: { type: 'string' } },
    },
  };
}

function examples(models: ProductModels) {
  const chatModel = models.chat[0] ?? 'gpt-4o-mini';
  const completion = {
    id: 'chatcmpl-123',
    object: 'chat.completion',
    created: 1767225600,
    model: chatModel,
    choices: [
      {
        index: 0,
        message: { role: 'assistant', content: 'Hello! How can I help?' },
        finish_reason: 'stop',
      },
    ],
    usage: { prompt_tokens: 12, completion_tokens: 7, total_tokens: 19 },
  };
  return { chatModel, embeddingModel: models.embedding[0] ?? 'text-embedding-3-small', completion };
}

function llmPaths(models: ProductModels): Schema {
  const ex = examples(models);
  return {
    '/v1/chat/completions': {
      post: {
        operationId: 'createChatCompletion',
        summary: 'Create a chat completion (OpenAI format)',
        tags: ['Chat'],
        requestBody: {
          required: true,
          ...jsonBody('ChatCompletionRequest', {
            model: ex.chatModel,
            messages: [{ role: 'user', content: 'Say hello' }],
          }),
        },
        responses: {
          '200': chatOk(ex.completion),
          ...errors(['400', '401', '403', '404', '429', '502']),
        },
      },
    },
    '/v1/embeddings': {
      post: {
        operationId: 'createEmbeddings',
        summary: 'Create embeddings (OpenAI format)',
        tags: ['Embeddings'],
        requestBody: {
          required: true,
          ...jsonBody('EmbeddingsRequest', {
            model: ex.embeddingModel,
            input: 'The quick brown fox',
          }),
        },
        responses: {
          '200': {
            description: 'The embeddings',
            ...jsonBody('EmbeddingsResponse', {
              object: 'list',
              data: [{ object: 'embedding', index: 0, embedding: [0.0023, -0.0091, 0.0154] }],
              model: ex.embeddingModel,
              usage: { prompt_tokens: 5, total_tokens: 5 },
            }),
          },
          ...errors(['400', '401', '403', '404', '429', '502']),
        },
      },
    },
    '/v1/models': {
      get: {
        operationId: 'listModels',
        summary: 'List the models your key may use',
        tags: ['Models'],
        responses: {
          '200': {
            description: 'The models',
            ...jsonBody('ModelList', {
              object: 'list',
              data: [
                { id: ex.chatModel, object: 'model', created: 1767225600, owned_by: 'gatehouse' },
              ],
            }),
          },
          ...errors(['401']),
        },
      },
    },
  };
}

function anthropicAndPromptPaths(models: ProductModels): Schema {
  const ex = examples(models);
  return {
    '/v1/messages': {
      post: {
        operationId: 'createMessage',
        summary: 'Create a message (Anthropic Messages format), on any provider',
        tags: ['Messages'],
        requestBody: {
          required: true,
          ...jsonBody('MessagesRequest', {
            model: ex.chatModel,
            max_tokens: 256,
            messages: [{ role: 'user', content: 'Say hello' }],
          }),
        },
        responses: {
          '200': {
            description: 'The message; with `stream: true`, server-sent Anthropic stream events.',
            content: {
              'application/json': {
                schema: ref('MessagesResponse'),
                example: {
                  id: 'msg_123',
                  type: 'message',
                  role: 'assistant',
                  content: [{ type: 'text', text: 'Hello! How can I help?' }],
                  model: ex.chatModel,
                  stop_reason: 'end_turn',
                  usage: { input_tokens: 12, output_tokens: 7 },
                },
              },
              'text/event-stream': { schema: { type: 'string' } },
            },
          },
          ...errors(['400', '401', '403', '404', '429', '502']),
        },
      },
    },
    '/v1/prompts/{slug}/completions': {
      post: {
        operationId: 'runPrompt',
        summary: 'Run a managed prompt',
        description:
          'Renders the prompt version chosen by `version`, else by `label` (default `production`, possibly an A/B split) with `variables`, then completes it like /v1/chat/completions.',
        tags: ['Prompts'],
        parameters: [
          {
            name: 'slug',
            in: 'path',
            required: true,
            description: 'The prompt template slug',
            schema: { type: 'string' },
            example: 'support-reply',
          },
        ],
        requestBody: {
          required: true,
          ...jsonBody('PromptCompletionRequest', {
            variables: { customer_name: 'Ada', question: 'Where is my order?' },
            label: 'production',
          }),
        },
        responses: {
          '200': chatOk(ex.completion),
          ...errors(['400', '401', '403', '404', '429', '502']),
        },
      },
    },
  };
}

/**
 * The OpenAPI 3.1 document of an AI product's gateway endpoints: OpenAI chat, embeddings and
 * models, Anthropic messages and managed prompts, with `model` limited to the product's names,
 * the gateway's two key schemes and examples. Servers: the gateway's public URL.
 */
export function buildAiProductOpenApi(input: AiProductDocInput) {
  const { product, models } = input;
  const description = [
    product.description,
    `Served by the Gatehouse gateway. Models: ${[...models.chat, ...models.embedding].join(', ') || 'none yet'}.`,
  ]
    .filter((p) => p !== '')
    .join('\n\n');
  return {
    openapi: '3.1.0',
    info: { title: product.name, version: input.version ?? '1.0.0', description },
    servers: [{ url: gatewayBaseUrl(input.gatewayUrl), description: 'Gatehouse gateway' }],
    security: GATEWAY_SECURITY,
    tags: ['Chat', 'Embeddings', 'Models', 'Messages', 'Prompts'].map((name) => ({ name })),
    paths: { ...llmPaths(models), ...anthropicAndPromptPaths(models) },
    components: {
      securitySchemes: GATEWAY_SECURITY_SCHEMES,
      schemas: aiProductSchemas(models.chat, models.embedding),
    },
  };
}
