import { parseArgs } from 'node:util';
import { z } from 'zod';

const argsSchema = z.object({
  'data-dir': z.string().min(1),
  host: z.string().min(1).default('127.0.0.1'),
  port: z.coerce.number().int().min(0).max(65535).default(0),
  'max-connections': z.coerce.number().int().min(1).max(500).optional(),
});

export type EmbeddedArgs = {
  dataDir: string;
  host: string;
  port: number;
  maxConnections: number | undefined;
};

/** Parses the launcher's command line; throws one readable line on bad input. */
export function parseEmbeddedArgs(argv: string[]): EmbeddedArgs {
  const { values } = parseArgs({
    args: argv,
    options: {
      'data-dir': { type: 'string' },
      host: { type: 'string' },
      port: { type: 'string' },
      'max-connections': { type: 'string' },
    },
    strict: true,
  });
  const parsed = argsSchema.safeParse(values);
  if (!parsed.success) {
    const problems = parsed.error.issues.map(
      (issue) => `--${issue.path.join('.')}: ${issue.message}`,
    );
    throw new Error(`embedded-postgres: bad arguments: ${problems.join('; ')}`);
  }
  const args = parsed.data;
  return {
    dataDir: args['data-dir'],
    host: args.host,
    port: args.port,
    maxConnections: args['max-connections'],
  };
}
