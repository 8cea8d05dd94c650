import type { Migration } from '../db/migration.js';

export const migration: Migration = {
  name: '0002-person-sort-keys',
  sqlite: [
    "alter table `person` add column `sort_key_main` text not null",
    "alter table `person` add column `sort_key_given` text not null",
    "create index `person_tenant_id_sort_key_given_index` on `person` (`tenant_id`, `sort_key_given`)",
    "create index `person_tenant_id_sort_key_main_index` on `person` (`tenant_id`, `sort_key_main`)",
  ],
  mysql: [
    "alter table `person` add `sort_key_main` varchar(400) not null, add `sort_key_given` varchar(400) not null",
    "alter table `person` add index `person_tenant_id_sort_key_given_index`(`tenant_id`, `sort_key_given`)",
    "alter table `person` add index `person_tenant_id_sort_key_main_index`(`tenant_id`, `sort_key_main`)",
  ],
};
