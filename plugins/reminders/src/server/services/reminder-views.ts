import type { Person } from '@dots/core';
import type { ReminderView } from '../../common/reminder-view.js';
import type { Reminder } from '../entities/reminder.js';

/** The API shape of a reminder; its person must be loaded. */
export function reminderView(reminder: Reminder): ReminderView {
  return {
    id: reminder.id,
    text: reminder.text,
    dueDate: reminder.dueDate,
    dueTime: reminder.dueTime ?? null,
    personId: reminder.person?.id ?? null,
    personName: reminder.person ? displayNameOf(reminder.person) : null,
    done: reminder.done,
    doneAt: reminder.doneAt ? toSeconds(reminder.doneAt) : null,
    createdAt: toSeconds(reminder.createdAt),
    updatedAt: toSeconds(reminder.updatedAt),
  };
}

/**
 * MySQL and MariaDB keep datetimes to the second: an answer made before the row was read back
 * must show what a later read will show, on every database.
 */
function toSeconds(date: Date): string {
  return new Date(Math.floor(date.getTime() / 1000) * 1000).toISOString();
}

function displayNameOf(person: Person): string {
  return `${person.preferredName ?? person.givenNames} ${person.familyName}`;
}
