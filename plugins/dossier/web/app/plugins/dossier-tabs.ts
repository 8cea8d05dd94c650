import { defineAsyncComponent } from 'vue';

/**
 * The components of the dossier plugin's sections. The server decides which of them an account
 * sees (GET /api/session `dossierSections`); each is loaded when first shown.
 */
export default defineNuxtPlugin(() => {
  const tabs = {
    'dossier.contact-data': () => import('../components/DossierContactDataTab.vue'),
    'dossier.emergency-contacts': () => import('../components/DossierEmergencyContactsTab.vue'),
    'dossier.schedules': () => import('../components/DossierSchedulesTab.vue'),
    'dossier.workplaces': () => import('../components/DossierWorkplacesTab.vue'),
    'dossier.conversations': () => import('../components/DossierConversationsTab.vue'),
    'dossier.confidential': () => import('../components/DossierConfidentialTab.vue'),
  };

  for (const [id, load] of Object.entries(tabs)) {
    registerDossierTab({ id, pluginId: 'dossier', component: defineAsyncComponent(load) });
  }
});
