import type { PersonalDataEntry } from '@dots/core';

type Kind = PersonalDataEntry['kind'];

/** One labelled value of a personal-data record, Dutch first. */
export function entry(
  labelNl: string,
  labelEn: string,
  value: string | number | boolean | null | undefined,
  kind: Kind = 'text',
): PersonalDataEntry {
  return { labelNl, labelEn, value: value ?? null, kind };
}

const WEEKDAYS_NL = ['maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag',
  'zondag'];
const WEEKDAYS_EN = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday',
  'Sunday'];

/** `maandag` / `Monday` for ISO weekday 1. */
export function weekdayNames(weekday: number): [string, string] {
  return [WEEKDAYS_NL[weekday - 1] ?? String(weekday), WEEKDAYS_EN[weekday - 1] ?? String(weekday)];
}
