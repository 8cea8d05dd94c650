import type { Migration } from '@dots/core';

export const migration: Migration = {
  name: '0002-sharing-and-cycles',
  sqlite: [
    "create table `competence_cycle` (`id` text not null, `created_at` datetime not null, "
      + "`updated_at` datetime not null, `tenant_id` text not null, `framework_id` text not null, "
      + "`employee_type_id` text null, `person_id` text null, `interval_months` integer not null, "
      + "`starts_on` text not null, `with_self_assessment` integer not null default true, "
      + "constraint `competence_cycle_tenant_id_foreign` foreign key(`tenant_id`) references "
      + "`tenant`(`id`) on delete cascade on update cascade, constraint "
      + "`competence_cycle_framework_id_foreign` foreign key(`framework_id`) references "
      + "`competence_framework`(`id`) on delete cascade on update cascade, constraint "
      + "`competence_cycle_employee_type_id_foreign` foreign key(`employee_type_id`) references "
      + "`employee_type`(`id`) on delete cascade on update cascade, constraint "
      + "`competence_cycle_person_id_foreign` foreign key(`person_id`) references `person`(`id`) "
      + "on delete cascade on update cascade, primary key (`id`))",
    "create index `competence_cycle_tenant_id_index` on `competence_cycle` (`tenant_id`)",
    "create index `competence_cycle_framework_id_index` on `competence_cycle` (`framework_id`)",
    "create index `competence_cycle_employee_type_id_index` on `competence_cycle` "
      + "(`employee_type_id`)",
    "create index `competence_cycle_person_id_index` on `competence_cycle` (`person_id`)",
    // Hand-corrected: the generator hung shared_by_id's foreign key on shared_at.
    "alter table `competence_measurement` add column `shared_at` datetime null",
    "alter table `competence_measurement` add column `shared_by_id` text null constraint "
      + "`competence_measurement_shared_by_id_foreign` references `account` (`id`) on update "
      + "cascade on delete set null",
    "create index `competence_measurement_shared_by_id_index` on `competence_measurement` "
      + "(`shared_by_id`)",
  ],
  mysql: [
    "create table `competence_cycle` (`id` varchar(36) not null, `created_at` datetime not null, "
      + "`updated_at` datetime not null, `tenant_id` varchar(36) not null, `framework_id` "
      + "varchar(36) not null, `employee_type_id` varchar(36) null, `person_id` varchar(36) null, "
      + "`interval_months` int not null, `starts_on` varchar(10) not null, `with_self_assessment` "
      + "tinyint(1) not null default true, primary key (`id`)) default character set utf8mb4 "
      + "collate utf8mb4_unicode_ci engine = InnoDB",
    "alter table `competence_cycle` add index `competence_cycle_tenant_id_index`(`tenant_id`)",
    "alter table `competence_cycle` add index "
      + "`competence_cycle_framework_id_index`(`framework_id`)",
    "alter table `competence_cycle` add index "
      + "`competence_cycle_employee_type_id_index`(`employee_type_id`)",
    "alter table `competence_cycle` add index `competence_cycle_person_id_index`(`person_id`)",
    "alter table `competence_cycle` add constraint `competence_cycle_tenant_id_foreign` foreign "
      + "key (`tenant_id`) references `tenant` (`id`) on update cascade on delete cascade",
    "alter table `competence_cycle` add constraint `competence_cycle_framework_id_foreign` "
      + "foreign key (`framework_id`) references `competence_framework` (`id`) on update cascade "
      + "on delete cascade",
    "alter table `competence_cycle` add constraint `competence_cycle_employee_type_id_foreign` "
      + "foreign key (`employee_type_id`) references `employee_type` (`id`) on update cascade on "
      + "delete cascade",
    "alter table `competence_cycle` add constraint `competence_cycle_person_id_foreign` foreign "
      + "key (`person_id`) references `person` (`id`) on update cascade on delete cascade",
    "alter table `competence_measurement` add `shared_at` datetime null, add `shared_by_id` "
      + "varchar(36) null",
    "alter table `competence_measurement` add constraint "
      + "`competence_measurement_shared_by_id_foreign` foreign key (`shared_by_id`) references "
      + "`account` (`id`) on update cascade on delete set null",
    "alter table `competence_measurement` add index "
      + "`competence_measurement_shared_by_id_index`(`shared_by_id`)",
  ],
};
