import { z } from 'zod';

/** Response schema of a paged list, for `@ApiDoc` (the shape of `Page<T>`). */
export function pageSchema<T extends z.ZodType>(item: T) {
  return z.object({ data: z.array(item), nextCursor: z.string().nullable() });
}

/** A timestamp as it appears in JSON responses. */
export const timestamp = z.string().describe('ISO 8601 timestamp');

/** A uuid in a body or query. */
export const uuid = z.uuid();

/** `?flag=true|false` in a query string. */
export const queryBoolean = z.enum(['true', 'false']).transform((v) => v === 'true');
