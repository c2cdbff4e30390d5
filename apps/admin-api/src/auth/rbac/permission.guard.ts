import { Inject, Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ServiceHttpError } from '@gatehouse/service-kit';
import type { FastifyRequest } from 'fastify';
import { Authenticator } from '../authenticator.service.js';
import type { ActorRequest } from '../current-actor.decorator.js';
import { checkPermission, isPermission } from './check-permission.js';
import { PERMISSION_METADATA, PUBLIC_METADATA } from './require-permission.decorator.js';

/**
 * The one guard on every route (APP_GUARD): `@Public()` passes; `@RequirePermission(p)`
 * authenticates and checks PERMISSIONS (and token scopes); anything else is refused, so a route
 * someone forgot to declare is closed, not open. Denials here carry code `forbidden` or
 * `insufficient_scope` and a message starting with `Permission "`.
 */
@Injectable()
export class PermissionGuard implements CanActivate {
  constructor(
    @Inject(Reflector) private readonly reflector: Reflector,
    @Inject(Authenticator) private readonly authenticator: Authenticator,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_METADATA, targets) === true) return true;
    const permission = this.reflector.getAllAndOverride<string>(PERMISSION_METADATA, targets);
    if (permission === undefined || !isPermission(permission))
      throw new ServiceHttpError(403, 'forbidden', 'Permission "(none)" declared for this route');
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    const actor = await this.authenticator.authenticate(request);
    const decision = checkPermission(actor, permission);
    if (!decision.allowed)
      throw decision.reason === 'role'
        ? new ServiceHttpError(
            403,
            'forbidden',
            `Permission "${permission}" is not granted to role ${actor.role}`,
          )
        : new ServiceHttpError(
            403,
            'insufficient_scope',
            `Permission "${permission}" is outside this token's scopes`,
          );
    (request as ActorRequest).actor = actor;
    return true;
  }
}
