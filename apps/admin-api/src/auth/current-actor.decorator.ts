import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { ServiceHttpError } from '@gatehouse/service-kit';
import type { FastifyRequest } from 'fastify';
import type { Actor } from './actor.js';

export type ActorRequest = FastifyRequest & { actor?: Actor };

/** The Actor the global guard authenticated; throws 401 on a route that has none (public). */
export function actorOf(request: FastifyRequest): Actor {
  const { actor } = request as ActorRequest;
  if (!actor) throw new ServiceHttpError(401, 'unauthorized', 'Authentication required');
  return actor;
}

/** `@CurrentActor() actor: Actor` — the authenticated caller of a guarded route. */
export const CurrentActor = createParamDecorator((_data: unknown, context: ExecutionContext) =>
  actorOf(context.switchToHttp().getRequest<FastifyRequest>()),
);
