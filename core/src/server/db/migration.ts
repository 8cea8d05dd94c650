/**
 * One schema change, written once per SQL dialect. Each statement is a step of its own: MySQL and
 * MariaDB commit DDL at once, so the runner records every step it completes and a migration that
 * failed half-way resumes at the failed step on the next start.
 */
export interface Migration {
  /** Sortable and unique within its package, e.g. `0001-initial`. */
  name: string;
  sqlite: string[];
  mysql: string[];
}
