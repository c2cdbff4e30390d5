import { Module } from '@nestjs/common';
import { AlertDeliveryModule } from '../modules/alert-delivery/alert-delivery.module.js';
import { AnomalyUsageRepository } from './anomaly-usage.repository.js';
import { BudgetSpendRepository } from './budget-spend.repository.js';

/** What the alert jobs (delivery, budgets, anomalies) need besides the core. */
@Module({
  imports: [AlertDeliveryModule],
  providers: [BudgetSpendRepository, AnomalyUsageRepository],
  exports: [AlertDeliveryModule, BudgetSpendRepository, AnomalyUsageRepository],
})
export class AlertWorkersModule {}
