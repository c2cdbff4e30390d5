// OpenAI wire formats (chat-types.ts) as JSON Schema, with `model` narrowed to a product's names.
import { modelNameSchema, ref, type Schema } from './schema-helpers.js';

export const contentPart: Schema = {
  oneOf: [
    {
      type: 'object',
      required: ['type', 'text'],
      properties: { type: { const: 'text' }, text: { type: 'string' } },
    },
    {
      type: 'object',
      required: ['type', 'image_url'],
      properties: {
        type: { const: 'image_url' },
        image_url: {
          type: 'object',
          required: ['url'],
          properties: { url: { type: 'string' }, detail: { enum: ['auto', 'low', 'high'] } },
        },
      },
    },
  ],
};

export const chatMessage: Schema = {
  type: 'object',
  required: ['role'],
  properties: {
    role: { enum: ['system', 'developer', 'user', 'assistant', 'tool'] },
    content: {
      oneOf: [{ type: 'string' }, { type: 'array', items: contentPart }, { type: 'null' }],
    },
    name: { type: 'string' },
    tool_call_id: { type: 'string' },
    tool_calls: { type: 'array', items: ref('ToolCall') },
  },
};

export const toolCall: Schema = {
  type: 'object',
  required: ['id', 'type', 'function'],
  properties: {
    id: { type: 'string' },
    type: { const: 'function' },
    function: {
      type: 'object',
      required: ['name', 'arguments'],
      properties: { name: { type: 'string' }, arguments: { type: 'string' } },
    },
  },
};

export const usage: Schema = {
  type: 'object',
  required: ['prompt_tokens', 'completion_tokens', 'total_tokens'],
  properties: {
    prompt_tokens: { type: 'integer' },
    completion_tokens: { type: 'integer' },
    total_tokens: { type: 'integer' },
    prompt_tokens_details: {
      type: 'object',
      properties: { cached_tokens: { type: 'integer' } },
    },
  },
};

export const samplingProperties: Schema = {
  stream: { type: 'boolean', description: 'Answer as server-sent events.' },
  temperature: { type: ['number', 'null'], minimum: 0, maximum: 2 },
  top_p: { type: ['number', 'null'], minimum: 0, maximum: 1 },
  max_tokens: { type: ['integer', 'null'], minimum: 1 },
  stop: {
    oneOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }, { type: 'null' }],
  },
};

export function chatRequest(chatModels: readonly string[]): Schema {
  return {
    type: 'object',
    required: ['model', 'messages'],
    properties: {
      model: modelNameSchema(chatModels, 'A model or alias of this product.'),
      messages: { type: 'array', minItems: 1, items: ref('ChatMessage') },
      ...samplingProperties,
      stream_options: {
        type: ['object', 'null'],
        properties: { include_usage: { type: 'boolean' } },
      },
      tools: {
        type: 'array',
        items: {
          type: 'object',
          required: ['type', 'function'],
          properties: {
            type: { const: 'function' },
            function: {
              type: 'object',
              required: ['name'],
              properties: {
                name: { type: 'string' },
                description: { type: 'string' },
                parameters: { type: 'object' },
              },
            },
          },
        },
      },
      tool_choice: { oneOf: [{ enum: ['none', 'auto', 'required'] }, { type: 'object' }] },
      response_format: { type: 'object' },
      user: { type: 'string' },
    },
  };
}

export const chatCompletion: Schema = {
  type: 'object',
  required: ['id', 'object', 'created', 'model', 'choices'],
  properties: {
    id: { type: 'string' },
    object: { const: 'chat.completion' },
    created: { type: 'integer' },
    model: { type: 'string' },
    choices: {
      type: 'array',
      items: {
        type: 'object',
        required: ['index', 'message', 'finish_reason'],
        properties: {
          index: { type: 'integer' },
          message: {
            type: 'object',
            required: ['role', 'content'],
            properties: {
              role: { const: 'assistant' },
              content: { type: ['string', 'null'] },
              tool_calls: { type: 'array', items: ref('ToolCall') },
            },
          },
          finish_reason: {
            enum: ['stop', 'length', 'tool_calls', 'content_filter', 'function_call', null],
          },
        },
      },
    },
    usage: ref('Usage'),
  },
};

export function embeddingsRequest(embeddingModels: readonly string[]): Schema {
  return {
    type: 'object',
    required: ['model', 'input'],
    properties: {
      model: modelNameSchema(embeddingModels, 'An embedding model of this product.'),
      input: {
        oneOf: [
          { type: 'string' },
          { type: 'array', items: { type: 'string' } },
          { type: 'array', items: { type: 'integer' } },
          { type: 'array', items: { type: 'array', items: { type: 'integer' } } },
        ],
      },
      encoding_format: { enum: ['float', 'base64'] },
      dimensions: { type: 'integer', minimum: 1 },
      user: { type: 'string' },
    },
  };
}

export const embeddingsResponse: Schema = {
  type: 'object',
  required: ['object', 'data', 'model', 'usage'],
  properties: {
    object: { const: 'list' },
    data: {
      type: 'array',
      items: {
        type: 'object',
        required: ['object', 'index', 'embedding'],
        properties: {
          object: { const: 'embedding' },
          index: { type: 'integer' },
          embedding: { oneOf: [{ type: 'array', items: { type: 'number' } }, { type: 'string' }] },
        },
      },
    },
    model: { type: 'string' },
    usage: {
      type: 'object',
      required: ['prompt_tokens', 'total_tokens'],
      properties: { prompt_tokens: { type: 'integer' }, total_tokens: { type: 'integer' } },
    },
  },
};

export const modelList: Schema = {
  type: 'object',
  required: ['object', 'data'],
  properties: {
    object: { const: 'list' },
    data: {
      type: 'array',
      items: {
        type: 'object',
        required: ['id', 'object', 'created', 'owned_by'],
        properties: {
          id: { type: 'string' },
          object: { const: 'model' },
          created: { type: 'integer' },
          owned_by: { type: 'string' },
        },
      },
    },
  },
};
