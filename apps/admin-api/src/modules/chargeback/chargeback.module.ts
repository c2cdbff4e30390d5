import { Module } from '@nestjs/common';
import { UsageModule } from '../usage/usage.module.js';
import { ChargebackController } from './chargeback.controller.js';
import { ChargebackService } from './chargeback.service.js';

@Module({
  imports: [UsageModule],
  controllers: [ChargebackController],
  providers: [ChargebackService],
})
export class ChargebackModule {}
