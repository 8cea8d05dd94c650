import { defineAsyncComponent } from 'vue';
import {
  DEVELOPMENT_PLAN_PLUGIN_ID, DEVELOPMENT_PLAN_SECTION,
} from '@dots/plugin-development-plan/common';

/**
 * The component of the POP tab; the server lists the section for the accounts that may read it
 * (and for the employee while the tenant shows it). Loaded when first shown.
 */
export default defineNuxtPlugin(() => {
  registerDossierTab({
    id: DEVELOPMENT_PLAN_SECTION,
    pluginId: DEVELOPMENT_PLAN_PLUGIN_ID,
    component: defineAsyncComponent(() => import('../components/PopTab.vue')),
  });
});
