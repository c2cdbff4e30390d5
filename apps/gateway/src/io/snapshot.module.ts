import {
  Inject,
  Injectable,
  Module,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import type { Logger } from 'pino';
import type { GatewayEnv } from '../env.js';
import { GATEWAY_ENV, LOGGER } from '../tokens.js';
import { JwtVerifier } from './jwt-verifier.js';
import { PolicySnapshotService } from './policy-snapshot.service.js';

/** Starts the snapshot (first build awaited) when the app boots; stops it on shutdown. */
@Injectable()
export class PolicySnapshotLifecycle implements OnApplicationBootstrap, OnApplicationShutdown {
  constructor(@Inject(PolicySnapshotService) private readonly snapshots: PolicySnapshotService) {}

  onApplicationBootstrap(): Promise<void> {
    return this.snapshots.start();
  }

  onApplicationShutdown(): Promise<void> {
    return this.snapshots.close();
  }
}

/**
 * The policy snapshot and the JWT verifier. Needs GATEWAY_ENV and LOGGER from the (global) root
 * module: `imports: [SnapshotModule]` in AppModule.forRoot.
 */
@Module({
  providers: [
    {
      provide: PolicySnapshotService,
      useFactory: (env: GatewayEnv, logger: Logger) => PolicySnapshotService.fromEnv(env, logger),
      inject: [GATEWAY_ENV, LOGGER],
    },
    {
      provide: JwtVerifier,
      useFactory: (snapshots: PolicySnapshotService) =>
        new JwtVerifier({ snapshot: () => snapshots.current() }),
      inject: [PolicySnapshotService],
    },
    PolicySnapshotLifecycle,
  ],
  exports: [PolicySnapshotService, JwtVerifier],
})
export class SnapshotModule {}
