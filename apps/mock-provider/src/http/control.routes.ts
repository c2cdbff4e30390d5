import type { FastifyInstance } from 'fastify';
import { globalFaultsSchema } from '../faults/fault-config.js';
import type { ServerContext } from './server-context.js';

/** `/_control/faults`: read, replace and reset the global faults of this server. */
export async function controlRoutes(app: FastifyInstance, context: ServerContext): Promise<void> {
  app.get('/faults', async () => context.faults.get());
  app.post('/faults', async (request, reply) => {
    const parsed = globalFaultsSchema.safeParse(request.body ?? {});
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      return reply.code(400).send({ error: { message: `${issue?.path.join('.') || 'body'}: ${issue?.message ?? 'invalid'}` } });
    }
    context.faults.set(parsed.data);
    return parsed.data;
  });
  app.delete('/faults', async () => {
    context.faults.reset();
    return {};
  });
}
