import type { FieldOption, FieldType } from '../../common/fields.js';
import type { TenantKind, TenantSettings } from '../../common/tenant.js';

/** One demo organisation of `npm start`. */
export interface DemoTenantInput {
  slug: string;
  name: string;
  kind: TenantKind;
}

export const DEMO_TENANTS: DemoTenantInput[] = [
  { slug: 'demo-maatwerk', name: 'Maatwerkbedrijf De Schakel (demo)', kind: 'maatwerk' },
  { slug: 'demo-arbeidszorg', name: 'Arbeidszorgcentrum Het Anker (demo)', kind: 'arbeidszorg' },
];

/**
 * Settings every demo tenant starts with. A real tenant names no confidential roles until its
 * admin does (art. 9 asks the controller to designate them); the demo names two, so the
 * confidential sections can be shown.
 */
export const DEMO_TENANT_SETTINGS: TenantSettings = { confidentialRoles: ['admin', 'staff'] };

/** The platform admin's username; it signs in without an organisation. */
export const PLATFORM_ADMIN_USERNAME = 'platform';

/** Diensten of a demo tenant. */
export const DEMO_DEPARTMENTS: Record<TenantKind, string[]> = {
  maatwerk: ['Atelier', 'Sortering', 'Groen', 'Keuken', 'Logistiek'],
  arbeidszorg: ['Atelier', 'Groen', 'Keuken', 'Kringwinkel', 'Logistiek'],
  'local-services': ['Poetsdienst', 'Groen', 'Klusjesdienst', 'Logistiek'],
  other: ['Atelier', 'Groen', 'Logistiek'],
};

/** Ploegen of a demo tenant. */
export const DEMO_TEAMS = ['Ploeg A', 'Ploeg B', 'Vroege ploeg', 'Late ploeg'];

export interface DemoField {
  key: string;
  type: FieldType;
  labelNl: string;
  labelEn: string;
  options?: FieldOption[];
  visibleToEmployee: boolean;
}

const size = (value: string): FieldOption => ({ value, labelNl: value, labelEn: value });

/** A few fields of the tenant's own, of different types. */
export const DEMO_FIELDS: DemoField[] = [
  {
    key: 'personeelsnummer', type: 'text', labelNl: 'Personeelsnummer', labelEn: 'Staff number',
    visibleToEmployee: true,
  },
  {
    key: 'rijbewijs', type: 'yes-no', labelNl: 'Rijbewijs B', labelEn: 'Driving licence B',
    visibleToEmployee: true,
  },
  {
    key: 'kledingmaat', type: 'choice', labelNl: 'Kledingmaat', labelEn: 'Clothing size',
    options: ['XS', 'S', 'M', 'L', 'XL', 'XXL'].map(size), visibleToEmployee: true,
  },
];
