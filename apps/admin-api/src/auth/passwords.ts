import argon2 from 'argon2';

/** Minimum password length (NIST 800-63B asks for at least 8; we ask 10, no composition rules). */
export const MIN_PASSWORD_LENGTH = 10;
/** argon2 hashes only what it is given; a cap keeps a huge body from costing CPU. */
export const MAX_PASSWORD_LENGTH = 256;

/** argon2id with the library's default cost (64 MiB, 3 passes), as the seed uses. */
export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, { type: argon2.argon2id });
}

/** Constant-time verification; a malformed stored hash counts as a mismatch. */
export async function verifyPassword(hash: string, password: string): Promise<boolean> {
  return argon2.verify(hash, password).catch(() => false);
}

// A real hash to verify against when the e-mail is unknown, so the response time does not say
// whether an account exists.
let decoy: Promise<string> | undefined;
export function decoyHash(): Promise<string> {
  decoy ??= hashPassword('decoy-password-for-timing');
  return decoy;
}
