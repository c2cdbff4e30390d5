import { Module } from '@nestjs/common';
import { ResourceSupportModule } from '../resource-support/resource-support.module.js';
import { BudgetsController } from './budgets.controller.js';
import { BudgetsRepository } from './budgets.repository.js';
import { BudgetsService } from './budgets.service.js';

@Module({
  imports: [ResourceSupportModule],
  controllers: [BudgetsController],
  providers: [BudgetsRepository, BudgetsService],
})
export class BudgetsModule {}
