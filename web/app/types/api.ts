import type { FieldOption, FieldType, Role, TenantKind, TenantSettings } from '#common';

export type { PersonDto, PersonListDto } from '#common';

/** The shapes the web app reads from the API (issue 2); the server's views are the source. */

export interface AccountView {
  id: string;
  displayName: string;
  username: string | null;
  email: string | null;
  role: Role | 'platform-admin';
  locale: string;
  personId: string | null;
  active: boolean;
  lastSignInAt: string | null;
}

export interface NavigationItem {
  id: string;
  path: string;
  labelKey: string;
  layouts: Array<'staff' | 'coach' | 'employee'>;
  permission?: string;
  order?: number;
  pluginId: string;
}

/** A tab of the person page that the server lets this account see (a plugin's dossier section). */
export interface DossierSectionView {
  id: string;
  labelKey: string;
  permission?: string;
  visibleToEmployee: boolean;
  order?: number;
  pluginId: string;
}

export interface SessionPlugin {
  id: string;
  labelNl: string;
  labelEn: string;
  enabled: boolean;
}

export interface SessionTenant {
  id: string;
  slug: string;
  name: string;
  kind: TenantKind;
  settings: TenantSettings;
}

export interface SessionInfo {
  account: AccountView;
  tenant: SessionTenant | null;
  roles: string[];
  permissions: string[];
  plugins: SessionPlugin[];
  navigation: NavigationItem[];
  dossierSections: DossierSectionView[];
}

export interface ListPage<T> {
  items: T[];
  total: number;
}

/** A department, team or employee type. */
export interface ListItemView {
  id: string;
  name: string;
  position: number;
  active: boolean;
  code?: string | null;
}

export interface FieldDefinitionView {
  id: string;
  key: string;
  type: FieldType;
  labelNl: string;
  labelEn: string;
  required: boolean;
  visibleToEmployee: boolean;
  options: FieldOption[];
  position: number;
  active: boolean;
}
