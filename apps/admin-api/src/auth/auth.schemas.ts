import { z } from 'zod';
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from './passwords.js';

const emailSchema = z
  .email()
  .max(254)
  .transform((email) => email.toLowerCase());

export const signupBodySchema = z.object({
  email: emailSchema,
  password: z.string().min(MIN_PASSWORD_LENGTH).max(MAX_PASSWORD_LENGTH),
  name: z.string().trim().min(1).max(200),
  /** The token from an invitation; without it, sign-up goes by the e-mail's domain. */
  invitationToken: z.string().min(1).max(200).optional(),
  /** Which organization, when several accept the e-mail's domain. */
  orgSlug: z.string().min(1).max(100).optional(),
});

export const loginBodySchema = z.object({
  email: emailSchema,
  password: z.string().min(1).max(MAX_PASSWORD_LENGTH),
});
