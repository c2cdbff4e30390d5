import { z } from 'zod';
import { listPromptPlaceholders } from './prompt-placeholders.js';
import {
  promptMessageSchema,
  promptParametersSchema,
  promptVariablesSchema,
  type PromptMessage,
  type PromptVariables,
} from './prompt-schemas.js';

/** Declared-but-unused variables are allowed (a version may keep one for later); the reverse is not. */
function checkVariables(
  value: { messages: PromptMessage[]; variables: PromptVariables },
  ctx: z.RefinementCtx,
): void {
  for (const name of listPromptPlaceholders(value.messages)) {
    if (!Object.hasOwn(value.variables, name)) {
      ctx.addIssue({
        code: 'custom',
        path: ['variables', name],
        message: `{{${name}}} is used in the messages but not declared in variables`,
      });
    }
  }
  for (const [name, declared] of Object.entries(value.variables)) {
    if (declared.default !== undefined && typeof declared.default !== declared.type) {
      ctx.addIssue({
        code: 'custom',
        path: ['variables', name, 'default'],
        message: `default of ${name} must be a ${declared.type}`,
      });
    }
  }
}

/** The body of "create the next version": everything a version holds except its number. */
export const promptVersionInputSchema = z
  .object({
    messages: z.array(promptMessageSchema).min(1).max(100),
    variables: promptVariablesSchema.default({}),
    model: z.string().min(1).max(200).nullable().default(null),
    parameters: promptParametersSchema.default({}),
    changelog: z.string().max(2000).default(''),
  })
  .strict()
  .superRefine(checkVariables);

export type PromptVersionInput = z.infer<typeof promptVersionInputSchema>;
