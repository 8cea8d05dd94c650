export const DOSSIER_PLUGIN_ID = 'dossier';

/** Permission names of the dossier plugin. */
export const DOSSIER_PERMISSIONS = {
  read: 'dossier.read',
  manage: 'dossier.manage',
  /** Add, rename and retire the tenant's own conversation types. */
  manageTypes: 'dossier.manage-types',
} as const;

/** The sections this plugin adds to the person page. */
export const DOSSIER_SECTION_IDS = {
  contactData: 'dossier.contact-data',
  emergencyContacts: 'dossier.emergency-contacts',
  schedules: 'dossier.schedules',
  workplaces: 'dossier.workplaces',
  conversations: 'dossier.conversations',
  /** Health-related notes: only the roles the tenant names, never the employee. */
  confidential: 'dossier.confidential',
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
  conversationTypes: '/api/dossier/conversation-types',
  conversationType: (id: string) => `/api/dossier/conversation-types/${id}`,
  conversations: (personId: string) => `/api/dossier/people/${personId}/conversations`,
  conversation: (id: string) => `/api/dossier/conversations/${id}`,
  agreements: (conversationId: string) =>
    `/api/dossier/conversations/${conversationId}/agreements`,
  agreement: (id: string) => `/api/dossier/agreements/${id}`,
  attachments: (conversationId: string) =>
    `/api/dossier/conversations/${conversationId}/attachments`,
  attachment: (id: string) => `/api/dossier/attachments/${id}`,
  attachmentContent: (id: string) => `/api/dossier/attachments/${id}/content`,
  confidentialNotes: (personId: string) => `/api/dossier/people/${personId}/confidential-notes`,
  confidentialNote: (id: string) => `/api/dossier/confidential-notes/${id}`,
} as const;
