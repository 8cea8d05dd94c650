/**
 * The development plan's screens, a Nuxt layer that the web app extends when the plugin is
 * installed (web/plugin-layers.ts): the POP tab of the person page, its components, store and
 * messages.
 */
export default defineNuxtConfig({
  i18n: {
    locales: [
      { code: 'nl', file: 'nl.json' },
      { code: 'en', file: 'en.json' },
    ],
  },
});
