import type { ActionStatus, DeadlineRule } from '../common/development-plan-permissions.js';

type Locale = 'nl' | 'en';

/** What each deadline asks, as an agenda line says it. */
const DEADLINE_TITLES: Record<DeadlineRule, Record<Locale, string>> = {
  'maatwerk-pop-first-month': {
    nl: 'POP doorgeven aan VDAB (binnen de eerste maand)',
    en: 'Hand the POP to VDAB (within the first month)',
  },
  'maatwerk-pop-before-evaluation': {
    nl: 'Bijgewerkt POP doorgeven aan VDAB (10 dagen voor de evaluatie)',
    en: 'Hand the updated POP to VDAB (10 days before the evaluation)',
  },
  'lde-yearly-pop': { nl: 'Jaarlijks POP opmaken', en: 'Draw up the yearly POP' },
  'ama-yearly-evaluation': { nl: 'Jaarlijkse evaluatie', en: 'Yearly evaluation' },
};

/** An action's status in the employee's own words. */
export const STATUS_WORDS: Record<ActionStatus, { nl: string; en: string }> = {
  'open': { nl: 'Nog niet begonnen', en: 'Not started yet' },
  'in-progress': { nl: 'We zijn ermee bezig', en: 'We are working on it' },
  'done': { nl: 'Klaar', en: 'Done' },
  'dropped': { nl: 'We doen het niet meer', en: 'No longer doing this' },
};

export function deadlineTitle(locale: Locale, rule: DeadlineRule): string {
  return DEADLINE_TITLES[rule][locale];
}

export function reviewTitle(locale: Locale, note: string | null): string {
  const title = locale === 'nl' ? 'POP-evaluatie' : 'POP review';
  return note ? `${title}: ${note}` : title;
}
