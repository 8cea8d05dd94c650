/**
 * The reminders plugin's screens, a Nuxt layer that the web app extends when the plugin is
 * installed (web/plugin-layers.ts). Its pages, components, stores and messages merge into the
 * app; the pages ask for the plugin in definePageMeta, so they vanish while a tenant has it off.
 */
export default defineNuxtConfig({
  i18n: {
    locales: [
      { code: 'nl', file: 'nl.json' },
      { code: 'en', file: 'en.json' },
    ],
  },
});
