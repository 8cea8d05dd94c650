import { injectable } from 'inversify';
import type { EntityManager } from '@mikro-orm/core';
import { Team, type Person, type SeedContext, type SeedContribution } from '@dots/core';
import { DOSSIER_PLUGIN_ID } from '../../common/dossier-permissions.js';
import { DossierContactData } from '../entities/contact-data.js';
import { DossierEmergencyContact } from '../entities/emergency-contact.js';
import { DossierWorkSchedule, type StoredScheduleDay } from '../entities/work-schedule.js';
import { DossierWorkplace } from '../entities/workplace.js';

const CITIES = [
  ['9000', 'Gent'], ['2000', 'Antwerpen'], ['3000', 'Leuven'], ['8500', 'Kortrijk'],
] as const;

const DAY_SHIFT = (weekday: number, end = '16:30'): StoredScheduleDay =>
  ({ week: 'A', weekday, start: '08:00', end, breakMinutes: 30 });

/** A full-time week of 38 hours, a four-fifths week, and an alternating night shift. */
const PATTERNS: Array<{ label: string; alternating: boolean; days: StoredScheduleDay[] }> = [
  { label: 'Voltijds dagploeg', alternating: false,
    days: [1, 2, 3, 4].map((d) => DAY_SHIFT(d)).concat(DAY_SHIFT(5, '14:00')) },
  { label: 'Vierdagenweek', alternating: false, days: [1, 2, 4, 5].map((d) => DAY_SHIFT(d)) },
  { label: 'Nachtploeg, om de week vrijdag vrij', alternating: true, days: [
    ...[1, 2, 3, 4, 5].map((weekday) => ({
      week: 'A' as const, weekday, start: '22:00', end: '06:00', breakMinutes: 30 })),
    ...[1, 2, 3, 4].map((weekday) => ({
      week: 'B' as const, weekday, start: '22:00', end: '06:00', breakMinutes: 30 })),
  ] },
];

/**
 * Dossier rows for the first few demo people: contact data, two emergency contacts, a schedule
 * history (an old one ended by the current one) and a workplace in one of the tenant's teams.
 */
@injectable()
export class DossierSeed implements SeedContribution {
  readonly pluginId = DOSSIER_PLUGIN_ID;

  async seed(context: SeedContext): Promise<void> {
    const teams = await context.em.find(Team, {}, { orderBy: { name: 'asc' } });
    const people = context.people.slice(0, 6);
    const employeePerson = context.accounts.employee.person;
    if (employeePerson && !people.some((p) => p.id === employeePerson.id)) {
      people.push(employeePerson as Person);
    }

    people.forEach((person, index) => {
      const [postalCode, city] = CITIES[index % CITIES.length]!;
      this.contactData(context.em, person, postalCode, city, index);
      this.emergencyContacts(context.em, person, index);
      this.schedules(context.em, person, index);
      context.em.persist(context.em.create(DossierWorkplace, {
        person, site: index % 2 ? 'Atelier Noord, inpak' : 'Groendienst, ploeg buiten',
        team: teams.length ? teams[index % teams.length]! : null,
        supervisor: index % 2 ? 'Marc Peeters' : 'Sofie Claes', validFrom: '2025-09-01',
      }));
    });
  }

  private contactData(
    em: EntityManager, person: Person, postalCode: string, city: string, index: number,
  ): void {
    em.persist(em.create(DossierContactData, {
      person, street: 'Voorbeeldstraat', houseNumber: String(10 + index), postalCode, city,
      country: 'BE', mobilePhone: `+32 470 00 00 ${String(10 + index)}`,
      email: `demo${index + 1}@voorbeeld.be`, preferredLanguage: index % 3 === 2 ? 'fr' : 'nl',
    }));
  }

  private emergencyContacts(em: EntityManager, person: Person, index: number): void {
    em.persist(em.create(DossierEmergencyContact, {
      person, name: 'An Voorbeeld', relation: 'partner', phone: `+32 471 00 00 ${10 + index}`,
      priority: 1,
    }));
    em.persist(em.create(DossierEmergencyContact, {
      person, name: 'Jef Voorbeeld', relation: 'broer', phone: `+32 472 00 00 ${10 + index}`,
      priority: 2, note: 'Enkel bellen als partner niet opneemt',
    }));
  }

  /** The history: a schedule that ran until the current one started. */
  private schedules(em: EntityManager, person: Person, index: number): void {
    const pattern = PATTERNS[index % PATTERNS.length]!;
    em.persist(em.create(DossierWorkSchedule, {
      person, label: 'Opstart, halftijds', validFrom: '2025-09-01', validTo: '2025-12-31',
      alternating: false, days: [1, 2, 3, 4, 5].map((d) => DAY_SHIFT(d, '12:15')),
    }));
    em.persist(em.create(DossierWorkSchedule, {
      person, label: pattern.label, validFrom: '2026-01-01', alternating: pattern.alternating,
      days: pattern.days,
    }));
  }
}
