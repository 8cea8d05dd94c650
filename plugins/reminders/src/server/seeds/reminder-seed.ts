import { inject, injectable } from 'inversify';
import { todayInBrussels, type SeedContribution, type SeedContext } from '@dots/core';
import { REMINDERS_PLUGIN_ID } from '../../common/reminder-permissions.js';
import { Reminder } from '../entities/reminder.js';
import { ReminderClock } from '../services/reminder-clock.js';

interface DemoReminder {
  owner: 'coach' | 'staff';
  /** Days from today: negative is overdue. */
  days: number;
  time?: string;
  text: string;
  /** Whether it is about one of the demo people. */
  aboutPerson: boolean;
  done?: boolean;
}

/** Overdue, today and later, so the coach's "today" list is never empty in the demo. */
const DEMO_REMINDERS: DemoReminder[] = [
  { owner: 'coach', days: -3, time: '09:00', aboutPerson: true,
    text: 'Attest arbeidsgeneesheer opvragen' },
  { owner: 'coach', days: -1, aboutPerson: true,
    text: 'Veiligheidsschoenen bestellen, maat nakijken' },
  { owner: 'coach', days: -1, time: '13:30', aboutPerson: true, done: true,
    text: 'Werkpost aan de plooimachine tonen' },
  { owner: 'coach', days: 0, time: '10:30', aboutPerson: true,
    text: 'Even polsen hoe de eerste week ging' },
  { owner: 'coach', days: 0, text: 'Feedback geven over de opleiding heftruck', aboutPerson: true },
  { owner: 'coach', days: 2, time: '08:15', text: 'Ploegwissel bespreken', aboutPerson: true },
  { owner: 'coach', days: 7, text: 'Werkrooster volgende maand doorgeven', aboutPerson: false },
  { owner: 'staff', days: -5, text: 'Verslag evaluatiegesprek afwerken', aboutPerson: true },
  { owner: 'staff', days: 0, time: '14:00', aboutPerson: true,
    text: 'Trajectbegeleider VDAB terugbellen' },
  { owner: 'staff', days: 3, aboutPerson: true,
    text: 'Doelen van het ontwikkelingsplan overlopen' },
  { owner: 'staff', days: 14, time: '09:30', aboutPerson: false,
    text: 'Agenda teamoverleg rondsturen' },
];

/** A few reminders per demo tenant for its coach and its staff member. */
@injectable()
export class ReminderSeed implements SeedContribution {
  readonly pluginId = REMINDERS_PLUGIN_ID;

  @inject(ReminderClock) private readonly clock!: ReminderClock;

  async seed(context: SeedContext): Promise<void> {
    const today = todayInBrussels(this.clock.now());
    const pick = () => context.people[Math.floor(context.random() * context.people.length)];

    for (const demo of DEMO_REMINDERS) {
      const person = demo.aboutPerson ? pick() : undefined;
      context.em.persist(context.em.create(Reminder, {
        owner: context.accounts[demo.owner],
        person: person ?? null,
        dueDate: addDays(today, demo.days),
        dueTime: demo.time ?? null,
        text: demo.text,
        done: demo.done ?? false,
        doneAt: demo.done ? this.clock.now() : null,
      }));
    }
  }
}

/** Calendar arithmetic on `YYYY-MM-DD`, in UTC so no daylight-saving change skips a day. */
function addDays(date: string, days: number): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}
