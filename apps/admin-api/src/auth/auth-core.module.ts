import { Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { EphemeralStore } from '../io/ephemeral-store.js';
import { AuthRepository } from './auth.repository.js';
import { Authenticator } from './authenticator.service.js';
import { PermissionGuard } from './rbac/permission.guard.js';
import { SessionTokensService } from './session-tokens.service.js';

/** Authentication and the global permission guard; every module's routes pass through it. */
@Global()
@Module({
  providers: [
    EphemeralStore,
    AuthRepository,
    SessionTokensService,
    Authenticator,
    { provide: APP_GUARD, useClass: PermissionGuard },
  ],
  exports: [EphemeralStore, AuthRepository, SessionTokensService, Authenticator],
})
export class AuthCoreModule {}
