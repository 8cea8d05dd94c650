/** The roles a tenant may name to read confidential (health-related) dossier sections. */
export const CONFIDENTIAL_ROLE_CHOICES = ['admin', 'staff', 'coach'] as const;
export type ConfidentialRole = (typeof CONFIDENTIAL_ROLE_CHOICES)[number];

/** Paths of the tenant admin's visibility and confidentiality API. */
export const DOSSIER_SECTION_ADMIN_PATHS = {
  sections: '/api/admin/dossier-sections',
  confidentialAccess: '/api/admin/confidential-access',
  confidentialAccessCsv: '/api/admin/confidential-access.csv',
} as const;

/** One dossier section as the tenant admin chooses its visibility. */
export interface DossierSectionSettingView {
  /** `<plugin-id>.<name>`, e.g. `dossier.contact-data`. */
  id: string;
  pluginId: string;
  /** A message key of the web app or of the plugin's layer. */
  labelKey: string;
  /** The plugin's default for the employee's own view. */
  defaultVisibleToEmployee: boolean;
  /** The tenant's choice; null while it keeps the default. */
  tenantChoice: boolean | null;
  /** What applies now: the choice, else the default; never true for a confidential section. */
  visibleToEmployee: boolean;
  confidential: boolean;
}

/** `GET /api/admin/dossier-sections`. */
export interface DossierSectionSettingsView {
  sections: DossierSectionSettingView[];
  confidentialRoles: ConfidentialRole[];
}

/** An account that reads the confidential sections: its name and role, nothing else. */
export interface ConfidentialReader {
  displayName: string;
  role: ConfidentialRole;
}

/**
 * `GET /api/admin/confidential-access`: the list art. 9 of the Belgian GDPR act (30 July 2018)
 * asks the controller to keep for the data protection authority.
 */
export interface ConfidentialAccessView {
  /** When the list was drawn up, ISO 8601. */
  generatedAt: string;
  sections: Array<{ id: string; pluginId: string; labelKey: string }>;
  roles: ConfidentialRole[];
  /** The tenant's active accounts that hold a named role, by name. */
  accounts: ConfidentialReader[];
}
