export const TENANT_KINDS = ['arbeidszorg', 'maatwerk', 'local-services', 'other'] as const;
export type TenantKind = (typeof TENANT_KINDS)[number];

/**
 * How family names sort: Belgian habit (particle counts: "Van den Broeck" under V) or main
 * part.
 */
export const NAME_SORT_MODES = ['particle', 'main-part'] as const;
export type NameSortMode = (typeof NAME_SORT_MODES)[number];

export interface TenantSettings {
  /** @default 'particle' */
  nameSort?: NameSortMode;
  /** Standard person fields this tenant does not use (hidden in forms, refused on write). */
  hiddenStandardFields?: string[];
  /** Hours of a full-time week, for work fractions. @default 38 */
  fullTimeHours?: number;
  /**
   * The tenant's choice, per dossier section id, of whether employees see that section of their
   * own dossier; a section not listed keeps its plugin's default.
   */
  employeeSections?: Record<string, boolean>;
  /**
   * The roles that read confidential (health-related) sections, as art. 9 of the Belgian GDPR
   * act asks the controller to designate. @default [] (nobody until the tenant names them)
   */
  confidentialRoles?: Array<'admin' | 'staff' | 'coach'>;
}
