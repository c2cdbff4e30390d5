import { z } from 'zod';

export type EnvResult<T> = { ok: true; env: T } | { ok: false; message: string };

/**
 * Parses process-style env with a zod schema. An empty variable counts as unset, so defaults
 * apply (compose files and shells often pass `FOO=`). On failure returns one line naming every
 * bad variable, so a process can print it and stop (DESIGN.md: "one clear line").
 */
export function parseEnv<S extends z.ZodType>(
  service: string,
  schema: S,
  source: Record<string, string | undefined>,
): EnvResult<z.infer<S>> {
  const present = Object.fromEntries(
    Object.entries(source).filter(([, value]) => value !== undefined && value !== ''),
  );
  const result = schema.safeParse(present);
  if (result.success) return { ok: true, env: result.data };
  const problems = result.error.issues.map((issue) => {
    const name = issue.path.join('.') || '(env)';
    const value = source[name];
    return value === undefined || value === ''
      ? `${name} is missing (${issue.message})`
      : `${name} is invalid (${issue.message})`;
  });
  return { ok: false, message: `${service}: bad environment: ${problems.join('; ')}` };
}

/** A TCP port number given as a string. */
export const portSchema = z.coerce.number().int().min(1).max(65535);

/** A URL with one of the given protocols. */
export function urlSchema(...protocols: string[]) {
  return z.url({ protocol: new RegExp(`^(${protocols.join('|')})$`) });
}
