import { z } from 'zod';

const flag = z
  .enum(['true', 'false'])
  .default('false')
  .transform((value) => value === 'true');

export const applyQuerySchema = z.object({
  /** Plan only: report the changes and the diff, write nothing. */
  dryRun: flag,
  /** Also delete what the file does not define (products are archived instead). */
  prune: flag,
});

/** The body of an apply: the YAML text (content type application/yaml or text/plain). */
export const applyBodySchema = z
  .string({ message: 'send the YAML file as the body (content-type application/yaml)' })
  .min(1, { message: 'the YAML body is empty' });

export const applyResponseSchema = z.object({
  changes: z.array(
    z.object({
      action: z.enum(['create', 'update', 'delete']),
      kind: z.string(),
      name: z.string(),
      fields: z.array(z.string()),
    }),
  ),
  diff: z.string(),
  applied: z.boolean(),
  unchanged: z.number().int(),
});
