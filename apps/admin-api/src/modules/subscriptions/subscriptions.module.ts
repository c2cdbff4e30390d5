import { Module } from '@nestjs/common';
import { ApplicationsModule } from '../applications/applications.module.js';
import { ProductsModule } from '../products/products.module.js';
import { PlansModule } from '../plans/plans.module.js';
import { ResourceSupportModule } from '../resource-support/resource-support.module.js';
import { SubscriptionsController } from './subscriptions.controller.js';
import { SubscriptionsRepository } from './subscriptions.repository.js';
import { SubscriptionsService } from './subscriptions.service.js';

@Module({
  imports: [ResourceSupportModule, ApplicationsModule, ProductsModule, PlansModule],
  controllers: [SubscriptionsController],
  providers: [SubscriptionsRepository, SubscriptionsService],
})
export class SubscriptionsModule {}
