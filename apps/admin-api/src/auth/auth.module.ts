import { Module } from '@nestjs/common';
import { AccessTokensController } from './access-tokens.controller.js';
import { AccessTokensRepository } from './access-tokens.repository.js';
import { AccessTokensService } from './access-tokens.service.js';
import { AccountsRepository } from './accounts.repository.js';
import { AuthController } from './auth.controller.js';
import { AuthService } from './auth.service.js';
import { LoginThrottleService } from './login-throttle.service.js';
import { OidcLoginService } from './oidc/oidc-login.service.js';
import { OidcController } from './oidc/oidc.controller.js';

/** Sign-up, login (password and OIDC), logout, the caller's profile and access tokens. */
@Module({
  controllers: [AuthController, AccessTokensController, OidcController],
  providers: [
    AccountsRepository,
    AccessTokensRepository,
    AccessTokensService,
    AuthService,
    LoginThrottleService,
    OidcLoginService,
  ],
  exports: [AccountsRepository],
})
export class AuthModule {}
