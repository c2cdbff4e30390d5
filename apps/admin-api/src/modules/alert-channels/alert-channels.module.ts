import { Module } from '@nestjs/common';
import { ResourceSupportModule } from '../resource-support/resource-support.module.js';
import { AlertChannelsController } from './alert-channels.controller.js';
import { AlertChannelsRepository } from './alert-channels.repository.js';
import { AlertChannelsService } from './alert-channels.service.js';

@Module({
  imports: [ResourceSupportModule],
  controllers: [AlertChannelsController],
  providers: [AlertChannelsRepository, AlertChannelsService],
})
export class AlertChannelsModule {}
