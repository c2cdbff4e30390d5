import { z } from 'zod';

const part = z.looseObject({
  text: z.string().optional(),
  inlineData: z.looseObject({ mimeType: z.string(), data: z.string() }).optional(),
  fileData: z.looseObject({ fileUri: z.string(), mimeType: z.string().optional() }).optional(),
  functionCall: z
    .looseObject({ name: z.string(), args: z.record(z.string(), z.unknown()).optional() })
    .optional(),
  functionResponse: z
    .looseObject({ name: z.string(), response: z.record(z.string(), z.unknown()).optional() })
    .optional(),
});

export const geminiContentSchema = z.looseObject({
  role: z.string().optional(),
  parts: z.array(part),
});

const functionDeclaration = z.looseObject({
  name: z
    .string()
    .regex(
      /^[a-zA-Z_][a-zA-Z0-9_.:-]{0,127}$/,
      'Invalid function name. Must start with a letter or an underscore. Must be alphameric (a-z, A-Z, 0-9), underscores (_), dots (.), colons (:) or dashes (-), with a maximum length of 128.',
    ),
  description: z.string().optional(),
  parameters: z.record(z.string(), z.unknown()).optional(),
  parametersJsonSchema: z.unknown().optional(),
});

export const generateContentSchema = z.looseObject({
  contents: z.array(geminiContentSchema),
  systemInstruction: geminiContentSchema.optional(),
  generationConfig: z
    .looseObject({
      maxOutputTokens: z.number().int().min(1).optional(),
      candidateCount: z.number().int().min(1).max(8).optional(),
      temperature: z.number().min(0).max(2).optional(),
      topP: z.number().min(0).max(1).optional(),
      stopSequences: z.array(z.string()).max(5).optional(),
      responseMimeType: z.string().optional(),
      responseSchema: z.unknown().optional(),
      responseJsonSchema: z.unknown().optional(),
      thinkingConfig: z
        .looseObject({
          thinkingBudget: z.number().int().min(-1).optional(),
          includeThoughts: z.boolean().optional(),
          thinkingLevel: z.string().optional(),
        })
        .optional(),
    })
    .optional(),
  tools: z
    .array(z.looseObject({ functionDeclarations: z.array(functionDeclaration).optional() }))
    .optional(),
  toolConfig: z
    .looseObject({
      functionCallingConfig: z
        .looseObject({
          mode: z.enum(['MODE_UNSPECIFIED', 'AUTO', 'ANY', 'NONE', 'VALIDATED']).optional(),
          allowedFunctionNames: z.array(z.string()).optional(),
        })
        .optional(),
    })
    .optional(),
});

export const embedContentSchema = z.looseObject({
  model: z.string().optional(),
  content: geminiContentSchema,
  taskType: z.string().optional(),
  title: z.string().optional(),
  outputDimensionality: z.number().int().min(1).optional(),
});

export const batchEmbedSchema = z.looseObject({
  requests: z.array(embedContentSchema).min(1).max(100),
});

export type GenerateContentBody = z.infer<typeof generateContentSchema>;
export type GeminiContent = z.infer<typeof geminiContentSchema>;
export type EmbedContentBody = z.infer<typeof embedContentSchema>;
