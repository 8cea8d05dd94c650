const KEY = 'dots.locale';
export const APP_LOCALES = ['nl', 'en'] as const;
export type AppLocale = (typeof APP_LOCALES)[number];

export function isAppLocale(value: unknown): value is AppLocale {
  return typeof value === 'string' && (APP_LOCALES as readonly string[]).includes(value);
}

/** The language this browser last chose; private windows without storage get the default. */
export function readStoredLocale(): AppLocale | undefined {
  try {
    const value = localStorage.getItem(KEY);
    return isAppLocale(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

export function storeLocale(locale: AppLocale): void {
  try {
    localStorage.setItem(KEY, locale);
  } catch {
    // Storage refused (private mode, quota): the choice then lasts for this visit only.
  }
}
