import { Module } from '@nestjs/common';
import { LedgerRepository } from './ledger.repository.js';
import { UsageController } from './usage.controller.js';
import { UsageRepository } from './usage.repository.js';
import { UsageService } from './usage.service.js';

@Module({
  controllers: [UsageController],
  providers: [UsageRepository, LedgerRepository, UsageService],
  exports: [UsageRepository, LedgerRepository],
})
export class UsageModule {}
