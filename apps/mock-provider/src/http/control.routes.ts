import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { FAULT_TARGETS, globalFaultsSchema } from '../faults/fault-config.js';
import type { ServerContext } from './server-context.js';

const requestsQuerySchema = z.object({
  target: z.enum(FAULT_TARGETS).optional(),
  limit: z.coerce.number().int().min(1).max(1000).optional(),
});

/**
 * `/_control/faults`: read, replace and reset the global faults of this server.
 * `/_control/requests`: the last requests received (newest first), to see what a gateway sent.
 */
export async function controlRoutes(app: FastifyInstance, context: ServerContext): Promise<void> {
  app.get('/faults', async () => context.faults.get());
  app.post('/faults', async (request, reply) => {
    const parsed = globalFaultsSchema.safeParse(request.body ?? {});
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      return reply.code(400).send({
        error: { message: `${issue?.path.join('.') || 'body'}: ${issue?.message ?? 'invalid'}` },
      });
    }
    context.faults.set(parsed.data);
    return parsed.data;
  });
  app.delete('/faults', async () => {
    context.faults.reset();
    return {};
  });
  app.get('/requests', async (request, reply) => {
    const query = requestsQuerySchema.safeParse(request.query ?? {});
    if (!query.success)
      return reply
        .code(400)
        .send({ error: { message: query.error.issues[0]?.message ?? 'invalid query' } });
    return { data: context.requestLog.list(query.data.target, query.data.limit) };
  });
  app.delete('/requests', async () => {
    context.requestLog.clear();
    return {};
  });
}
