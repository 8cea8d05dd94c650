import type {
  ContactDataView, EmergencyContactView, ScheduleView, WorkplaceView,
} from '../../common/dossier-views.js';
import type { DossierContactData } from '../entities/contact-data.js';
import type { DossierEmergencyContact } from '../entities/emergency-contact.js';
import type { DossierWorkSchedule } from '../entities/work-schedule.js';
import type { DossierWorkplace } from '../entities/workplace.js';
import { plannedMinutesOf, scheduleHours } from './schedule-hours.js';

export function contactDataView(row: DossierContactData): ContactDataView {
  return {
    id: row.id,
    personId: row.person.id,
    street: row.street ?? null,
    houseNumber: row.houseNumber ?? null,
    box: row.box ?? null,
    postalCode: row.postalCode ?? null,
    city: row.city ?? null,
    country: row.country ?? null,
    mobilePhone: row.mobilePhone ?? null,
    phone: row.phone ?? null,
    email: row.email ?? null,
    preferredLanguage: row.preferredLanguage ?? null,
    updatedAt: toSeconds(row.updatedAt),
  };
}

export function emergencyContactView(row: DossierEmergencyContact): EmergencyContactView {
  return {
    id: row.id,
    personId: row.person.id,
    name: row.name,
    relation: row.relation,
    phone: row.phone,
    priority: row.priority,
    note: row.note ?? null,
  };
}

/** A schedule with its hours, against the tenant's full-time week. */
export function scheduleView(row: DossierWorkSchedule, fullTimeHours: number): ScheduleView {
  const days = [...row.days]
    .sort((a, b) => a.week.localeCompare(b.week) || a.weekday - b.weekday)
    .map((day) => ({ ...day, plannedMinutes: plannedMinutesOf(day) }));

  return {
    id: row.id,
    personId: row.person.id,
    label: row.label ?? null,
    validFrom: row.validFrom,
    validTo: row.validTo ?? null,
    alternating: row.alternating,
    days,
    ...scheduleHours(row.days, row.alternating, fullTimeHours),
    fullTimeHours,
  };
}

/** A workplace; its team, when it has one, must be loaded. */
export function workplaceView(row: DossierWorkplace): WorkplaceView {
  return {
    id: row.id,
    personId: row.person.id,
    site: row.site,
    teamId: row.team?.id ?? null,
    teamName: row.team?.name ?? null,
    supervisor: row.supervisor ?? null,
    validFrom: row.validFrom,
    validTo: row.validTo ?? null,
  };
}

/**
 * MySQL and MariaDB keep datetimes to the second: an answer made before the row was read back
 * must show what a later read will show, on every database.
 */
function toSeconds(date: Date): string {
  return new Date(Math.floor(date.getTime() / 1000) * 1000).toISOString();
}
