import type { PersonalDataRecord } from '@dots/core';
import type { ConversationView } from '../../common/conversation-views.js';
import type { ScheduleView } from '../../common/dossier-views.js';
import { entry, weekdayNames } from './personal-data-entries.js';

/** A schedule as the employee reads it: when it runs, its hours, and each working day. */
export function scheduleRecord(schedule: ScheduleView): PersonalDataRecord {
  const days = schedule.days.map((day) => {
    const [nl, en] = weekdayNames(day.weekday);
    const week = schedule.alternating ? ` (week ${day.week})` : '';
    return entry(`${nl}${week}`, `${en}${week}`,
      `${day.start}–${day.end}, ${day.breakMinutes} min pauze / break`);
  });
  return {
    titleNl: schedule.label ?? 'Uurrooster', titleEn: schedule.label ?? 'Work schedule',
    entries: [
      entry('Vanaf', 'From', schedule.validFrom, 'date'),
      entry('Tot', 'Until', schedule.validTo, 'date'),
      entry('Uren per week', 'Hours per week', schedule.hoursPerWeek, 'number'),
      entry('Deel van een voltijdse week', 'Share of a full-time week', schedule.workFraction,
        'number'),
      ...days,
    ],
  };
}

/** A conversation with what was agreed and the names of its files. */
export function conversationRecord(talk: ConversationView): PersonalDataRecord {
  // The due date is an entry of its own, of kind `date`, so the portal and the export show it
  // Belgian style (03/04/2026) rather than as it is stored.
  const agreements = talk.agreements.flatMap((a, index) => [
    entry(`Afspraak ${index + 1}`, `Agreement ${index + 1}`,
      `${a.text} — ${a.owner?.displayName ?? '?'}`),
    entry(`Afspraak ${index + 1}: tegen`, `Agreement ${index + 1}: by`, a.dueDate, 'date'),
    entry(`Afspraak ${index + 1}: gedaan`, `Agreement ${index + 1}: done`, a.done, 'boolean'),
  ]);
  const files = talk.attachments.map((file) => entry('Bijlage', 'Attachment', file.fileName));
  return {
    titleNl: talk.title ?? talk.type.labelNl, titleEn: talk.title ?? talk.type.labelEn,
    entries: [
      entry('Datum', 'Date', talk.date, 'date'),
      entry('Uur', 'Time', talk.time, 'time'),
      entry('Soort gesprek', 'Kind of talk', talk.type.labelNl),
      entry('Wie was erbij', 'Who took part',
        talk.participants.map((p) => (p.role ? `${p.name} (${p.role})` : p.name)).join(', ')),
      entry('Verslag', 'Notes', talk.notes),
      ...agreements,
      ...files,
    ],
  };
}
