import { defineAsyncComponent } from 'vue';

/**
 * The component of the reminders dossier section (the server lists the section for accounts
 * that may set reminders); loaded when first shown.
 */
export default defineNuxtPlugin(() => {
  registerDossierTab({
    id: 'reminders',
    pluginId: 'reminders',
    component: defineAsyncComponent(() => import('../components/ReminderPersonTab.vue')),
  });
});
