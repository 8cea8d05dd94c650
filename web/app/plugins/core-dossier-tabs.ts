import { defineAsyncComponent } from 'vue';

/**
 * The core's own tab on the person page; plugins add theirs the same way. Loaded when first
 * shown, so the sign-in page does not carry the dossier's code.
 */
export default defineNuxtPlugin(() => {
  registerDossierTab({
    id: 'core', pluginId: 'core', labelKey: 'personPage.coreData', order: 0,
    component: defineAsyncComponent(() => import('~/components/person/PersonCoreData.vue')),
  });
});
