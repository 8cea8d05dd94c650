import path from 'node:path';

/**
 * The competences screens, a Nuxt layer the web app extends when the plugin is installed
 * (web/plugin-layers.ts). Its messages are split per screen area, one file each, so the
 * frameworks, measurement and portal screens each keep their own wording.
 */
const AREAS = ['common', 'frameworks', 'measure', 'portal'];

export default defineNuxtConfig({
  css: [path.join(import.meta.dirname, 'app/assets/competences.css')],
  i18n: {
    locales: ['nl', 'en'].map((code) => ({
      code, files: AREAS.map((area) => `${code}/${area}.json`),
    })),
  },
});
