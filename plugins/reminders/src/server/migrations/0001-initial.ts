import type { Migration } from '@dots/core';

export const migration: Migration = {
  name: '0001-initial',
  sqlite: [
    "create table `reminder` (`id` text not null, `created_at` datetime not null, `updated_at` "
      + "datetime not null, `tenant_id` text not null, `owner_id` text not null, `person_id` text "
      + "null, `due_date` text not null, `due_time` text null, `text` text not null, `done` "
      + "integer not null default false, `done_at` datetime null, constraint "
      + "`reminder_tenant_id_foreign` foreign key(`tenant_id`) references `tenant`(`id`) on "
      + "delete cascade on update cascade, constraint `reminder_owner_id_foreign` foreign "
      + "key(`owner_id`) references `account`(`id`) on delete cascade on update cascade, "
      + "constraint `reminder_person_id_foreign` foreign key(`person_id`) references "
      + "`person`(`id`) on delete cascade on update cascade, primary key (`id`))",
    "create index `reminder_tenant_id_index` on `reminder` (`tenant_id`)",
    "create index `reminder_owner_id_index` on `reminder` (`owner_id`)",
    "create index `reminder_person_id_index` on `reminder` (`person_id`)",
    "create index `reminder_tenant_id_person_id_index` on `reminder` (`tenant_id`, `person_id`)",
    "create index `reminder_tenant_id_owner_id_done_due_date_index` on `reminder` (`tenant_id`, "
      + "`owner_id`, `done`, `due_date`)",
  ],
  mysql: [
    "create table `reminder` (`id` varchar(36) not null, `created_at` datetime not null, "
      + "`updated_at` datetime not null, `tenant_id` varchar(36) not null, `owner_id` varchar(36) "
      + "not null, `person_id` varchar(36) null, `due_date` varchar(10) not null, `due_time` "
      + "varchar(5) null, `text` varchar(500) not null, `done` tinyint(1) not null default false, "
      + "`done_at` datetime null, primary key (`id`)) default character set utf8mb4 collate "
      + "utf8mb4_unicode_ci engine = InnoDB",
    "alter table `reminder` add index `reminder_tenant_id_index`(`tenant_id`)",
    "alter table `reminder` add index `reminder_owner_id_index`(`owner_id`)",
    "alter table `reminder` add index `reminder_person_id_index`(`person_id`)",
    "alter table `reminder` add index `reminder_tenant_id_person_id_index`(`tenant_id`, "
      + "`person_id`)",
    "alter table `reminder` add index "
      + "`reminder_tenant_id_owner_id_done_due_date_index`(`tenant_id`, `owner_id`, `done`, "
      + "`due_date`)",
    "alter table `reminder` add constraint `reminder_tenant_id_foreign` foreign key (`tenant_id`) "
      + "references `tenant` (`id`) on update cascade on delete cascade",
    "alter table `reminder` add constraint `reminder_owner_id_foreign` foreign key (`owner_id`) "
      + "references `account` (`id`) on update cascade on delete cascade",
    "alter table `reminder` add constraint `reminder_person_id_foreign` foreign key (`person_id`) "
      + "references `person` (`id`) on update cascade on delete cascade",
  ],
};
