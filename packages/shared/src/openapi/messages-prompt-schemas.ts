// Anthropic Messages, managed-prompt runs and the gateway's error, as JSON Schema.
import { modelNameSchema, type Schema } from './schema-helpers.js';

export function messagesRequest(chatModels: readonly string[]): Schema {
  const block = {
    type: 'object',
    required: ['type'],
    properties: { type: { type: 'string' }, text: { type: 'string' } },
  };
  return {
    type: 'object',
    required: ['model', 'max_tokens', 'messages'],
    properties: {
      model: modelNameSchema(chatModels, 'A model or alias of this product.'),
      max_tokens: { type: 'integer', minimum: 1 },
      system: { oneOf: [{ type: 'string' }, { type: 'array', items: block }] },
      messages: {
        type: 'array',
        minItems: 1,
        items: {
          type: 'object',
          required: ['role', 'content'],
          properties: {
            role: { enum: ['user', 'assistant'] },
            content: { oneOf: [{ type: 'string' }, { type: 'array', items: block }] },
          },
        },
      },
      stream: { type: 'boolean' },
      temperature: { type: 'number', minimum: 0, maximum: 1 },
      top_p: { type: 'number' },
      stop_sequences: { type: 'array', items: { type: 'string' } },
      tools: { type: 'array', items: { type: 'object' } },
    },
  };
}

export const messagesResponse: Schema = {
  type: 'object',
  required: ['id', 'type', 'role', 'content', 'model', 'stop_reason', 'usage'],
  properties: {
    id: { type: 'string' },
    type: { const: 'message' },
    role: { const: 'assistant' },
    content: {
      type: 'array',
      items: {
        type: 'object',
        required: ['type'],
        properties: { type: { type: 'string' }, text: { type: 'string' } },
      },
    },
    model: { type: 'string' },
    stop_reason: { type: ['string', 'null'] },
    usage: {
      type: 'object',
      required: ['input_tokens', 'output_tokens'],
      properties: { input_tokens: { type: 'integer' }, output_tokens: { type: 'integer' } },
    },
  },
};

export function promptCompletionRequest(chatModels: readonly string[]): Schema {
  return {
    type: 'object',
    properties: {
      variables: {
        type: 'object',
        additionalProperties: { type: ['string', 'number', 'boolean'] },
        description:
          "Values of the prompt's variables; unknown or missing required ones are a 400.",
      },
      version: { type: 'integer', minimum: 1, description: 'Run this version (wins over label).' },
      label: {
        type: 'string',
        description: 'Run the version this label points at (default production).',
      },
      stream: { type: 'boolean' },
      model: modelNameSchema(chatModels, "Overrides the version's default model."),
    },
  };
}

export const error: Schema = {
  type: 'object',
  required: ['error'],
  properties: {
    error: {
      type: 'object',
      required: ['message', 'type'],
      properties: {
        message: { type: 'string' },
        type: { type: 'string' },
        code: { type: ['string', 'null'] },
        param: { type: ['string', 'null'] },
      },
    },
  },
};
