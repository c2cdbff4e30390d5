import { Module } from '@nestjs/common';
import { RecordChange } from './record-change.service.js';
import { SecretBox } from './secret-box.service.js';

/** Helpers every configuration module uses: sealing secrets and recording changes. */
@Module({ providers: [SecretBox, RecordChange], exports: [SecretBox, RecordChange] })
export class ResourceSupportModule {}
