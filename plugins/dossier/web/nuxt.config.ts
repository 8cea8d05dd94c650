import path from 'node:path';

/**
 * The dossier plugin's screens, a Nuxt layer that the web app extends when the plugin is
 * installed (web/plugin-layers.ts): the person page's tabs for contact data, emergency contacts,
 * work schedules, places of work, conversations and confidential notes, with their stores and
 * messages. The tabs show only for the sections GET /api/session lists.
 */
export default defineNuxtConfig({
  css: [path.join(import.meta.dirname, 'app/assets/dossier.css')],
  i18n: {
    locales: [
      { code: 'nl', file: 'nl.json' },
      { code: 'en', file: 'en.json' },
    ],
  },
});
