import { Inject, Injectable } from '@nestjs/common';
import { decryptSecret, encryptSecret } from '@gatehouse/shared';
import type { AdminApiEnv } from '../../env.js';
import { ADMIN_API_ENV } from '../../tokens.js';

/**
 * Seals write-only secrets (provider credentials, upstream credentials, webhook secrets) as
 * AES-256-GCM with ENCRYPTION_KEY before they reach the database. The API never opens them;
 * `open` exists for tests and for the gateway's snapshot builder.
 */
@Injectable()
export class SecretBox {
  constructor(@Inject(ADMIN_API_ENV) private readonly env: AdminApiEnv) {}

  sealJson(value: unknown): Uint8Array<ArrayBuffer> {
    return new Uint8Array(encryptSecret(JSON.stringify(value), this.env.ENCRYPTION_KEY));
  }

  seal(text: string): Uint8Array<ArrayBuffer> {
    return new Uint8Array(encryptSecret(text, this.env.ENCRYPTION_KEY));
  }

  open(sealed: Uint8Array): string {
    return decryptSecret(sealed, this.env.ENCRYPTION_KEY);
  }
}
