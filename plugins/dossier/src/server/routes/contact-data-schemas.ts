import { z } from 'zod';
import { optionalText, phoneNumber } from './dossier-schemas.js';

const emailFormat = z.email();

function isEmail(value: string): boolean {
  return emailFormat.safeParse(value).success;
}

/**
 * `PUT /api/dossier/people/:personId/contact-data`: the whole contact data, replacing what was
 * stored; a field left out or null is cleared.
 */
export const contactDataBody = z.strictObject({
  street: optionalText(200),
  houseNumber: optionalText(20),
  box: optionalText(20),
  postalCode: optionalText(20),
  city: optionalText(120),
  country: z.string().regex(/^[A-Z]{2}$/, 'must be a country code such as BE')
    .nullable().optional(),
  mobilePhone: phoneNumber.nullable().optional(),
  phone: phoneNumber.nullable().optional(),
  email: optionalText(254)
    .refine((value) => !value || isEmail(value), 'must be an e-mail address'),
  preferredLanguage: z.string().regex(/^[a-z]{2,3}$/, 'must be a language code such as nl')
    .nullable().optional(),
});

export type ContactDataBody = z.output<typeof contactDataBody>;
