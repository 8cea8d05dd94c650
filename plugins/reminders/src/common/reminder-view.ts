/** A reminder as the API answers it. */
export interface ReminderView {
  id: string;
  text: string;
  dueDate: string;
  dueTime: string | null;
  personId: string | null;
  /** The name to show for the person, so a list needs no second request. */
  personName: string | null;
  done: boolean;
  doneAt: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface ReminderList {
  items: ReminderView[];
  total: number;
}
