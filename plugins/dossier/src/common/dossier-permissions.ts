export const DOSSIER_PLUGIN_ID = 'dossier';

/** Permission names of the dossier plugin. */
export const DOSSIER_PERMISSIONS = {
  read: 'dossier.read',
  manage: 'dossier.manage',
} as const;

/** The sections this plugin adds to the person page. */
export const DOSSIER_SECTION_IDS = {
  contactData: 'dossier.contact-data',
  emergencyContacts: 'dossier.emergency-contacts',
  schedules: 'dossier.schedules',
  workplaces: 'dossier.workplaces',
} as const;

export type DossierSectionId = (typeof DOSSIER_SECTION_IDS)[keyof typeof DOSSIER_SECTION_IDS];

/** Paths of the plugin's API, under its mount point. */
export const DOSSIER_PATHS = {
  contactData: (personId: string) => `/api/dossier/people/${personId}/contact-data`,
  emergencyContacts: (personId: string) => `/api/dossier/people/${personId}/emergency-contacts`,
  emergencyContact: (id: string) => `/api/dossier/emergency-contacts/${id}`,
  schedules: (personId: string) => `/api/dossier/people/${personId}/schedules`,
  schedule: (id: string) => `/api/dossier/schedules/${id}`,
  scheduleWeek: (personId: string) => `/api/dossier/people/${personId}/schedule-week`,
  workplaces: (personId: string) => `/api/dossier/people/${personId}/workplaces`,
  workplace: (id: string) => `/api/dossier/workplaces/${id}`,
} as const;
