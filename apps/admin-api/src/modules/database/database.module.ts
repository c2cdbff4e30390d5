import { Global, Module } from '@nestjs/common';
import { DatabaseRepository } from './database.repository.js';

@Global()
@Module({ providers: [DatabaseRepository], exports: [DatabaseRepository] })
export class DatabaseModule {}
