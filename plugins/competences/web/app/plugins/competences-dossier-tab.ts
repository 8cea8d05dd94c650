import { defineAsyncComponent } from 'vue';
import { COMPETENCES_PLUGIN_ID, MEASUREMENTS_SECTION } from '@dots/plugin-competences/common';

/**
 * The competences tab of the person page; the server lists the section for the accounts that may
 * read it. Loaded when first shown, so chart.js reaches only the screens that draw a chart.
 */
export default defineNuxtPlugin(() => {
  registerDossierTab({
    id: MEASUREMENTS_SECTION,
    pluginId: COMPETENCES_PLUGIN_ID,
    component: defineAsyncComponent(() => import('../components/CompetencesTab.vue')),
  });
});
