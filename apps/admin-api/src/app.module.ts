import { Module, type DynamicModule } from '@nestjs/common';
import type { Logger } from 'pino';
import { AuthCoreModule } from './auth/auth-core.module.js';
import { AuthModule } from './auth/auth.module.js';
import { InvitationsModule } from './modules/invitations/invitations.module.js';
import { OrganizationsModule } from './modules/organizations/organizations.module.js';
import { TeamsModule } from './modules/teams/teams.module.js';
import { UsersModule } from './modules/users/users.module.js';
import { CoreModule } from './core.module.js';
import type { AdminApiEnv } from './env.js';
import { AuditModule } from './modules/audit/audit.module.js';
import { ConfigChangeModule } from './modules/config-change/config-change.module.js';
import { HealthModule } from './modules/health/health.module.js';
import { PromptsModule } from './modules/prompts/prompts.module.js';
import { UsageModule } from './modules/usage/usage.module.js';
import { ChargebackModule } from './modules/chargeback/chargeback.module.js';
import { BudgetStatusModule } from './modules/budget-status/budget-status.module.js';
import { ProductDocsModule } from './modules/product-docs/product-docs.module.js';
import { OpenApiModule } from './openapi/openapi.module.js';
import { ApplicationsModule } from './modules/applications/applications.module.js';
import { ApiKeysModule } from './modules/api-keys/api-keys.module.js';
import { ProvidersModule } from './modules/providers/providers.module.js';
import { ModelsModule } from './modules/models/models.module.js';
import { GuardrailPoliciesModule } from './modules/guardrail-policies/guardrail-policies.module.js';
import { ProductsModule } from './modules/products/products.module.js';
import { RoutesModule } from './modules/routes/routes.module.js';
import { PlansModule } from './modules/plans/plans.module.js';
import { SubscriptionsModule } from './modules/subscriptions/subscriptions.module.js';
import { BudgetsModule } from './modules/budgets/budgets.module.js';
import { AlertsModule } from './modules/alerts/alerts.module.js';
import { AlertChannelsModule } from './modules/alert-channels/alert-channels.module.js';
import { ConfigAsCodeModule } from './modules/config-as-code/config-as-code.module.js';

// Feature modules of the HTTP API: one line each (keep one per line so parallel edits merge).
// prettier-ignore
const FEATURE_MODULES = [
  HealthModule,
  PromptsModule,
  UsageModule,
  ChargebackModule,
  BudgetStatusModule,
  ProductDocsModule,
  OpenApiModule,
  ApplicationsModule,
  ApiKeysModule,
  ProvidersModule,
  ModelsModule,
  GuardrailPoliciesModule,
  ProductsModule,
  RoutesModule,
  PlansModule,
  SubscriptionsModule,
  BudgetsModule,
  AlertsModule,
  AlertChannelsModule,
  ConfigAsCodeModule,
];

/** Root of the HTTP API. Env and logger are built before Nest starts. */
@Module({})
export class AppModule {
  static forRoot(env: AdminApiEnv, logger: Logger): DynamicModule {
    return {
      module: AppModule,
      imports: [
        CoreModule.forRoot({ env, logger, redisProfile: 'commands' }),
        AuthCoreModule,
        AuditModule,
        ConfigChangeModule,
        AuthModule,
        OrganizationsModule,
        TeamsModule,
        UsersModule,
        InvitationsModule,
        ...FEATURE_MODULES,
      ],
    };
  }
}
