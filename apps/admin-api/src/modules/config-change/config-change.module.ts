import { Global, Module } from '@nestjs/common';
import { ConfigChangeRepository } from './config-change.repository.js';
import { ConfigChangeService } from './config-change.service.js';

/** Global: every module that writes gateway-visible configuration calls ConfigChangeService. */
@Global()
@Module({
  providers: [ConfigChangeRepository, ConfigChangeService],
  exports: [ConfigChangeService],
})
export class ConfigChangeModule {}
