/** The contact data of one person as the API answers it. */
export interface ContactDataView {
  id: string;
  personId: string;
  street: string | null;
  houseNumber: string | null;
  box: string | null;
  postalCode: string | null;
  city: string | null;
  /** ISO 3166-1 alpha-2, e.g. `BE`. */
  country: string | null;
  mobilePhone: string | null;
  phone: string | null;
  email: string | null;
  /** ISO 639-1 code, e.g. `nl`, `fr`, `ar`. */
  preferredLanguage: string | null;
  updatedAt: string;
}

export interface EmergencyContactView {
  id: string;
  personId: string;
  name: string;
  relation: string;
  phone: string;
  /** 1 is called first. */
  priority: number;
  note: string | null;
}

export type ScheduleWeek = 'A' | 'B';

/** One working day of a weekly pattern, in local wall-clock time. */
export interface ScheduleDayView {
  week: ScheduleWeek;
  /** ISO weekday: 1 is Monday, 7 is Sunday. */
  weekday: number;
  /** `HH:MM`; an end before the start is on the next day (a night shift). */
  start: string;
  end: string;
  breakMinutes: number;
  /** Planned working minutes: wall-clock duration minus the break. */
  plannedMinutes: number;
}

/**
 * A work schedule (uurrooster). All hours are PLANNED (wall-clock) hours: a night shift from
 * 22:00 to 06:00 counts 8 hours, also in the night summer time starts or ends.
 */
export interface ScheduleView {
  id: string;
  personId: string;
  label: string | null;
  validFrom: string;
  validTo: string | null;
  alternating: boolean;
  days: ScheduleDayView[];
  /** Planned hours of week A, of week B (alternating only) and their average per week. */
  hoursWeekA: number;
  hoursWeekB: number | null;
  hoursPerWeek: number;
  /** The tenant's full-time week the fraction is taken against. */
  fullTimeHours: number;
  /** hoursPerWeek / fullTimeHours, to four decimals. */
  workFraction: number;
}

export interface ScheduleList {
  items: ScheduleView[];
}

/** One calendar day of a week as the schedules valid then plan it. */
export interface PlannedDayView {
  date: string;
  scheduleId: string | null;
  week: ScheduleWeek | null;
  start: string | null;
  end: string | null;
  breakMinutes: number;
  plannedMinutes: number;
}

/** The planned hours of one calendar week, Monday to Sunday. */
export interface PlannedWeekView {
  weekStart: string;
  weekEnd: string;
  days: PlannedDayView[];
  plannedMinutes: number;
  plannedHours: number;
}

export interface WorkplaceView {
  id: string;
  personId: string;
  site: string;
  teamId: string | null;
  teamName: string | null;
  supervisor: string | null;
  validFrom: string;
  validTo: string | null;
}

export interface ItemList<T> {
  items: T[];
}

/** `GET …/contact-data`: none stored yet is an answer too. */
export interface ContactDataAnswer {
  contactData: ContactDataView | null;
}
