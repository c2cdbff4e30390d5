import { Module } from '@nestjs/common';
import { OrganizationsController } from './organizations.controller.js';
import { OrganizationsRepository } from './organizations.repository.js';

@Module({ controllers: [OrganizationsController], providers: [OrganizationsRepository] })
export class OrganizationsModule {}
