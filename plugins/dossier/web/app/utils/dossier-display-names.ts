const LOCALE_TAGS: Record<string, string> = { nl: 'nl-BE', en: 'en-GB' };

/**
 * The languages offered as a person's preferred language: the ones most heard on Flemish work
 * floors. A stored code outside the list is still shown (and kept) as it is.
 */
export const DOSSIER_LANGUAGES = [
  'nl', 'fr', 'en', 'de', 'ar', 'tr', 'pl', 'ro', 'bg', 'es', 'it', 'pt', 'ru', 'uk', 'so', 'ti',
  'fa', 'ps', 'ku', 'am', 'sq', 'sk',
] as const;

function displayName(code: string, locale: string, type: 'language' | 'region'): string {
  try {
    const names = new Intl.DisplayNames([LOCALE_TAGS[locale] ?? locale], { type });
    return names.of(code) ?? code;
  } catch {
    return code;
  }
}

/** A language code as the browser names it in the person's language (`fr` → "Frans"). */
export function languageName(code: string, locale: string): string {
  return displayName(code, locale, 'language');
}

/** A country code as the browser names it in the person's language (`BE` → "België"). */
export function countryName(code: string, locale: string): string {
  return displayName(code, locale, 'region');
}

/** A phone number as a `tel:` link wants it: the + and the digits only. */
export function telLink(phone: string): string {
  return `tel:${phone.replace(/[^+0-9]/g, '')}`;
}

/** A label kept in both languages (a conversation type) in the person's language. */
export function bilingualLabel(item: { labelNl: string; labelEn: string }, locale: string): string {
  return locale === 'en' ? item.labelEn : item.labelNl;
}
