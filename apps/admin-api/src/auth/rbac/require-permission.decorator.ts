import { SetMetadata } from '@nestjs/common';
import type { Permission } from './permissions.js';

export const PERMISSION_METADATA = 'gatehouse:permission';
export const PUBLIC_METADATA = 'gatehouse:public';

/**
 * The route needs an authenticated caller (session JWT or personal access token as
 * `Authorization: Bearer`) whose role holds `permission` in PERMISSIONS (and, for a token, a
 * scope that reaches it). A route with neither this nor `@Public()` is refused with 403.
 */
export const RequirePermission = (permission: Permission): MethodDecorator & ClassDecorator =>
  SetMetadata(PERMISSION_METADATA, permission);

/** The route needs no authentication (health, sign-up, login, OIDC callback, API docs). */
export const Public = (): MethodDecorator & ClassDecorator => SetMetadata(PUBLIC_METADATA, true);
