import { Module } from '@nestjs/common';
import { UsageModule } from '../usage/usage.module.js';
import { BudgetStatusController } from './budget-status.controller.js';
import { BudgetStatusRepository } from './budget-status.repository.js';
import { BudgetStatusService } from './budget-status.service.js';

@Module({
  imports: [UsageModule],
  controllers: [BudgetStatusController],
  providers: [BudgetStatusRepository, BudgetStatusService],
})
export class BudgetStatusModule {}
