import { defineStore } from 'pinia';
import { computed, ref } from 'vue';
import { todayInBrussels } from '#common';
import {
  REMINDER_PATHS, type ReminderList, type ReminderView,
} from '@dots/plugin-reminders/common';

export interface NewReminder {
  text: string;
  dueDate: string;
  dueTime?: string | null;
  personId?: string | null;
}

/**
 * The signed-in account's own reminders, grouped as the coach reads them: overdue, today,
 * later, and done. "Today" is Belgian today, whatever zone the phone is set to.
 */
export const useRemindersStore = defineStore('reminders/reminders', () => {
  const api = useApi();
  const mine = ref<ReminderView[]>([]);
  const loaded = ref(false);

  const groups = computed(() => {
    const today = todayInBrussels();
    const open = mine.value.filter((r) => !r.done);
    return {
      overdue: open.filter((r) => r.dueDate < today),
      today: open.filter((r) => r.dueDate === today),
      later: open.filter((r) => r.dueDate > today),
      done: mine.value.filter((r) => r.done),
    };
  });

  async function loadMine(): Promise<void> {
    mine.value = (await api<ReminderList>(REMINDER_PATHS.list, { query: { limit: 500 } })).items;
    loaded.value = true;
  }

  async function forPerson(personId: string): Promise<ReminderView[]> {
    const query = { personId, limit: 500 };
    return (await api<ReminderList>(REMINDER_PATHS.list, { query })).items;
  }

  /** Sends the reminder with an id of its own, so pressing twice or a retry stores it once. */
  async function add(input: NewReminder): Promise<ReminderView> {
    const body = {
      id: uuidV7(), ...input, dueTime: input.dueTime || null, personId: input.personId || null,
    };
    const created = await api<ReminderView>(REMINDER_PATHS.list, { method: 'POST', body });
    remember(created);
    return created;
  }

  async function setDone(reminder: ReminderView, done: boolean): Promise<ReminderView> {
    const path = REMINDER_PATHS.one(reminder.id);
    const changed = await api<ReminderView>(path, { method: 'PATCH', body: { done } });
    remember(changed);
    return changed;
  }

  async function remove(reminder: ReminderView): Promise<void> {
    await api(REMINDER_PATHS.one(reminder.id), { method: 'DELETE' });
    mine.value = mine.value.filter((r) => r.id !== reminder.id);
  }

  /** Puts a reminder in its place by due date and time, as the server orders them. */
  function remember(reminder: ReminderView): void {
    const others = mine.value.filter((r) => r.id !== reminder.id);
    const key = (r: ReminderView) => `${r.dueDate} ${r.dueTime ?? ''} ${r.id}`;
    mine.value = [...others, reminder].sort((a, b) => key(a).localeCompare(key(b), 'en'));
  }

  return { mine, loaded, groups, loadMine, forPerson, add, setDone, remove };
});
