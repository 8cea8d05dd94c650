import path from 'node:path';
import { pluginLayers } from './plugin-layers';

const root = path.resolve(import.meta.dirname, '..');

/**
 * The DOTS web app: a single-page app generated to static files that the server of `npm start`
 * serves next to /api. Plugins add their screens as layers (see plugin-layers.ts).
 */
export default defineNuxtConfig({
  compatibilityDate: '2026-01-01',
  ssr: false,
  telemetry: false,
  devtools: { enabled: false },
  extends: pluginLayers(root),
  modules: ['@pinia/nuxt', '@nuxtjs/i18n'],
  css: ['~/assets/css/main.css'],

  app: {
    head: {
      htmlAttrs: { lang: 'nl-BE' },
      title: 'DOTS',
      meta: [
        { name: 'viewport', content: 'width=device-width, initial-scale=1' },
        { name: 'theme-color', content: '#1f4e79' },
      ],
      link: [{ rel: 'icon', type: 'image/svg+xml', href: '/favicon.svg' }],
    },
  },

  alias: {
    // The core's shared constants and types (roles, permissions, field types); imports nothing
    // from node, see design.md "src/common".
    '#common': path.join(root, 'core/src/common/index.ts'),
  },

  // Relative, so that every layer's app/stores is scanned too (stack.md §6.4).
  pinia: { storesDirs: ['stores'] },

  i18n: {
    strategy: 'no_prefix',
    defaultLocale: 'nl',
    // The browser's language must not win over Dutch; the choice is kept by the app itself.
    detectBrowserLanguage: false,
    // Locale files are compiled at build time, so the browser needs no message compiler.
    bundle: { dropMessageCompiler: true },
    locales: [
      { code: 'nl', language: 'nl-BE', name: 'Nederlands', file: 'nl.json' },
      { code: 'en', language: 'en-GB', name: 'English', file: 'en.json' },
    ],
  },

  nitro: { compressPublicAssets: true },

  // A page's code that cannot be loaded reloads the app only when online (plugins/
  // page-load-failure.client.ts): offline a reload shows nothing but the browser's error page.
  experimental: { emitRouteChunkError: 'manual' },

  hooks: {
    // One shell for every route: a folder per page (people/index.html) would make the server
    // redirect /people to /people/ (express.static does that for folders).
    'prerender:routes'({ routes }) {
      for (const route of [...routes]) if (route !== '/') routes.delete(route);
    },
  },

  vite: {
    server: { fs: { allow: [root] } },
  },

  // `npm run dev -w @dots/web` next to `npm run serve`: the API stays on its own port.
  $development: {
    nitro: {
      devProxy: { '/api': { target: 'http://localhost:3000/api', changeOrigin: false } },
    },
  },
});
