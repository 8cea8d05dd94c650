import { defineStore } from 'pinia';
import { computed, ref } from 'vue';
import type { FieldDefinitionView, ListItemView } from '~/types/api';

interface ListsAnswer {
  departments: ListItemView[];
  teams: ListItemView[];
  employeeTypes: ListItemView[];
  /** The active custom fields, in form order. */
  fields: FieldDefinitionView[];
}

/**
 * The tenant's departments, teams, employee types and custom fields, for filters, forms and
 * showing names instead of ids. Read once per account and again after an admin changes them.
 */
export const useListsStore = defineStore('core/lists', () => {
  const api = useApi();
  const session = useSessionStore();

  const departments = ref<ListItemView[]>([]);
  const teams = ref<ListItemView[]>([]);
  const employeeTypes = ref<ListItemView[]>([]);
  const fields = ref<FieldDefinitionView[]>([]);
  const loadedFor = ref<string>();

  const nameOf = computed(() => {
    const names = new Map<string, string>();
    for (const item of [...departments.value, ...teams.value, ...employeeTypes.value]) {
      names.set(item.id, item.name);
    }
    return (id: string | null | undefined) => (id ? names.get(id) ?? '' : '');
  });

  /** Loads the lists unless they are already there for this account. */
  async function ensure(force = false): Promise<void> {
    const accountId = session.account?.id;
    if (!force && accountId && loadedFor.value === accountId) return;

    const lists = await api<ListsAnswer>('/api/lists');
    departments.value = lists.departments;
    teams.value = lists.teams;
    employeeTypes.value = lists.employeeTypes;
    fields.value = lists.fields;
    loadedFor.value = accountId;
  }

  /** After an admin changed a list: read everything again at the next use. */
  function invalidate(): void {
    loadedFor.value = undefined;
  }

  return { departments, teams, employeeTypes, fields, nameOf, ensure, invalidate };
});
