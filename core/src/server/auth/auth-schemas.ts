import { z } from 'zod';

export const loginBody = z.strictObject({
  /** The organisation's slug; left out only by the platform admin. */
  tenant: z.string().trim().min(1).max(60).optional(),
  login: z.string().trim().min(1).max(254),
  password: z.string().min(1).max(200),
});

export const mePatchBody = z.strictObject({
  displayName: z.string().trim().min(1).max(200).optional(),
  locale: z.enum(['nl', 'en']).optional(),
});

export const passwordChangeBody = z.strictObject({
  currentPassword: z.string().min(1).max(200),
  newPassword: z.string().min(10, 'must be at least 10 characters').max(200),
});
