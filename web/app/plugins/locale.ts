import type { Pinia } from 'pinia';
import { watch } from 'vue';

/**
 * The language: Dutch unless this browser chose otherwise, and once signed in the account's
 * own choice (so it follows the person to another device). Browser language is ignored on
 * purpose: the organisations work in Dutch (stack.md §6.4).
 */
export default defineNuxtPlugin({
  name: 'dots:locale',
  dependsOn: ['i18n:plugin'],
  async setup(nuxtApp) {
    const i18n = nuxtApp.$i18n;
    const apply = async (locale: AppLocale) => {
      storeLocale(locale);
      if (i18n.locale.value !== locale) await i18n.setLocale(locale);
    };

    // Both languages are loaded now, while the server answers: a switch must never need the
    // network (offline it would show raw message keys).
    await Promise.all(APP_LOCALES.map((locale) => i18n.loadLocaleMessages(locale)))
      .catch(() => undefined);

    const stored = readStoredLocale();
    if (stored) await apply(stored);

    const session = useSessionStore(nuxtApp.$pinia as Pinia);
    watch(() => session.account?.locale, (locale) => {
      if (isAppLocale(locale)) void apply(locale);
    });
  },
});
