import { Module } from '@nestjs/common';
import { AlertDeliveryService } from './alert-delivery.service.js';
import { AlertsRepository } from './alerts.repository.js';

/** Raising alerts (deduplicated) and delivering them: in-app rows and signed webhooks. */
@Module({
  providers: [AlertsRepository, AlertDeliveryService],
  exports: [AlertsRepository, AlertDeliveryService],
})
export class AlertDeliveryModule {}
