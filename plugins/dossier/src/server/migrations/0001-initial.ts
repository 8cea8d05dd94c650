import type { Migration } from '@dots/core';

export const migration: Migration = {
  name: '0001-initial',
  sqlite: [
    "create table `dossier_work_schedule` (`id` text not null, `created_at` datetime not null, "
      + "`updated_at` datetime not null, `tenant_id` text not null, `person_id` text not null, "
      + "`label` text null, `valid_from` text not null, `valid_to` text null, `alternating` "
      + "integer not null default false, `days` json not null, constraint "
      + "`dossier_work_schedule_tenant_id_foreign` foreign key(`tenant_id`) references "
      + "`tenant`(`id`) on delete cascade on update cascade, constraint "
      + "`dossier_work_schedule_person_id_foreign` foreign key(`person_id`) references "
      + "`person`(`id`) on delete cascade on update cascade, primary key (`id`))",
    "create index `dossier_work_schedule_tenant_id_index` on `dossier_work_schedule` (`tenant_id`)",
    "create index `dossier_work_schedule_person_id_index` on `dossier_work_schedule` (`person_id`)",
    "create index `dossier_work_schedule_tenant_id_person_id_valid_from_index` on "
      + "`dossier_work_schedule` (`tenant_id`, `person_id`, `valid_from`)",
    "create table `dossier_workplace` (`id` text not null, `created_at` datetime not null, "
      + "`updated_at` datetime not null, `tenant_id` text not null, `person_id` text not null, "
      + "`site` text not null, `team_id` text null, `supervisor` text null, `valid_from` text not "
      + "null, `valid_to` text null, constraint `dossier_workplace_tenant_id_foreign` foreign "
      + "key(`tenant_id`) references `tenant`(`id`) on delete cascade on update cascade, "
      + "constraint `dossier_workplace_person_id_foreign` foreign key(`person_id`) references "
      + "`person`(`id`) on delete cascade on update cascade, constraint "
      + "`dossier_workplace_team_id_foreign` foreign key(`team_id`) references `team`(`id`) on "
      + "delete set null on update cascade, primary key (`id`))",
    "create index `dossier_workplace_tenant_id_index` on `dossier_workplace` (`tenant_id`)",
    "create index `dossier_workplace_person_id_index` on `dossier_workplace` (`person_id`)",
    "create index `dossier_workplace_team_id_index` on `dossier_workplace` (`team_id`)",
    "create index `dossier_workplace_tenant_id_person_id_valid_from_index` on `dossier_workplace` "
      + "(`tenant_id`, `person_id`, `valid_from`)",
    "create table `dossier_emergency_contact` (`id` text not null, `created_at` datetime not "
      + "null, `updated_at` datetime not null, `tenant_id` text not null, `person_id` text not "
      + "null, `name` text not null, `relation` text not null, `phone` text not null, `priority` "
      + "integer not null, `note` text null, constraint "
      + "`dossier_emergency_contact_tenant_id_foreign` foreign key(`tenant_id`) references "
      + "`tenant`(`id`) on delete cascade on update cascade, constraint "
      + "`dossier_emergency_contact_person_id_foreign` foreign key(`person_id`) references "
      + "`person`(`id`) on delete cascade on update cascade, primary key (`id`))",
    "create index `dossier_emergency_contact_tenant_id_index` on `dossier_emergency_contact` "
      + "(`tenant_id`)",
    "create index `dossier_emergency_contact_person_id_index` on `dossier_emergency_contact` "
      + "(`person_id`)",
    "create index `dossier_emergency_contact_tenant_id_person_id_priority_index` on "
      + "`dossier_emergency_contact` (`tenant_id`, `person_id`, `priority`)",
    "create table `dossier_contact_data` (`id` text not null, `created_at` datetime not null, "
      + "`updated_at` datetime not null, `tenant_id` text not null, `person_id` text not null, "
      + "`street` text null, `house_number` text null, `box` text null, `postal_code` text null, "
      + "`city` text null, `country` text null, `mobile_phone` text null, `phone` text null, "
      + "`email` text null, `preferred_language` text null, constraint "
      + "`dossier_contact_data_tenant_id_foreign` foreign key(`tenant_id`) references "
      + "`tenant`(`id`) on delete cascade on update cascade, constraint "
      + "`dossier_contact_data_person_id_foreign` foreign key(`person_id`) references "
      + "`person`(`id`) on delete cascade on update cascade, primary key (`id`))",
    "create index `dossier_contact_data_tenant_id_index` on `dossier_contact_data` (`tenant_id`)",
    "create index `dossier_contact_data_person_id_index` on `dossier_contact_data` (`person_id`)",
    "create unique index `dossier_contact_data_tenant_id_person_id_unique` on "
      + "`dossier_contact_data` (`tenant_id`, `person_id`)",
  ],
  mysql: [
    "create table `dossier_work_schedule` (`id` varchar(36) not null, `created_at` datetime not "
      + "null, `updated_at` datetime not null, `tenant_id` varchar(36) not null, `person_id` "
      + "varchar(36) not null, `label` varchar(120) null, `valid_from` varchar(10) not null, "
      + "`valid_to` varchar(10) null, `alternating` tinyint(1) not null default false, `days` "
      + "json not null, primary key (`id`)) default character set utf8mb4 collate "
      + "utf8mb4_unicode_ci engine = InnoDB",
    "alter table `dossier_work_schedule` add index "
      + "`dossier_work_schedule_tenant_id_index`(`tenant_id`)",
    "alter table `dossier_work_schedule` add index "
      + "`dossier_work_schedule_person_id_index`(`person_id`)",
    "alter table `dossier_work_schedule` add index "
      + "`dossier_work_schedule_tenant_id_person_id_valid_from_index`(`tenant_id`, `person_id`, "
      + "`valid_from`)",
    "create table `dossier_workplace` (`id` varchar(36) not null, `created_at` datetime not null, "
      + "`updated_at` datetime not null, `tenant_id` varchar(36) not null, `person_id` "
      + "varchar(36) not null, `site` varchar(200) not null, `team_id` varchar(36) null, "
      + "`supervisor` varchar(200) null, `valid_from` varchar(10) not null, `valid_to` "
      + "varchar(10) null, primary key (`id`)) default character set utf8mb4 collate "
      + "utf8mb4_unicode_ci engine = InnoDB",
    "alter table `dossier_workplace` add index `dossier_workplace_tenant_id_index`(`tenant_id`)",
    "alter table `dossier_workplace` add index `dossier_workplace_person_id_index`(`person_id`)",
    "alter table `dossier_workplace` add index `dossier_workplace_team_id_index`(`team_id`)",
    "alter table `dossier_workplace` add index "
      + "`dossier_workplace_tenant_id_person_id_valid_from_index`(`tenant_id`, `person_id`, "
      + "`valid_from`)",
    "create table `dossier_emergency_contact` (`id` varchar(36) not null, `created_at` datetime "
      + "not null, `updated_at` datetime not null, `tenant_id` varchar(36) not null, `person_id` "
      + "varchar(36) not null, `name` varchar(200) not null, `relation` varchar(80) not null, "
      + "`phone` varchar(40) not null, `priority` int not null, `note` varchar(1000) null, "
      + "primary key (`id`)) default character set utf8mb4 collate utf8mb4_unicode_ci engine = "
      + "InnoDB",
    "alter table `dossier_emergency_contact` add index "
      + "`dossier_emergency_contact_tenant_id_index`(`tenant_id`)",
    "alter table `dossier_emergency_contact` add index "
      + "`dossier_emergency_contact_person_id_index`(`person_id`)",
    "alter table `dossier_emergency_contact` add index "
      + "`dossier_emergency_contact_tenant_id_person_id_priority_index`(`tenant_id`, `person_id`, "
      + "`priority`)",
    "create table `dossier_contact_data` (`id` varchar(36) not null, `created_at` datetime not "
      + "null, `updated_at` datetime not null, `tenant_id` varchar(36) not null, `person_id` "
      + "varchar(36) not null, `street` varchar(200) null, `house_number` varchar(20) null, `box` "
      + "varchar(20) null, `postal_code` varchar(20) null, `city` varchar(120) null, `country` "
      + "varchar(2) null, `mobile_phone` varchar(40) null, `phone` varchar(40) null, `email` "
      + "varchar(254) null, `preferred_language` varchar(3) null, primary key (`id`)) default "
      + "character set utf8mb4 collate utf8mb4_unicode_ci engine = InnoDB",
    "alter table `dossier_contact_data` add index "
      + "`dossier_contact_data_tenant_id_index`(`tenant_id`)",
    "alter table `dossier_contact_data` add index "
      + "`dossier_contact_data_person_id_index`(`person_id`)",
    "alter table `dossier_contact_data` add unique "
      + "`dossier_contact_data_tenant_id_person_id_unique`(`tenant_id`, `person_id`)",
    "alter table `dossier_work_schedule` add constraint `dossier_work_schedule_tenant_id_foreign` "
      + "foreign key (`tenant_id`) references `tenant` (`id`) on update cascade on delete cascade",
    "alter table `dossier_work_schedule` add constraint `dossier_work_schedule_person_id_foreign` "
      + "foreign key (`person_id`) references `person` (`id`) on update cascade on delete cascade",
    "alter table `dossier_workplace` add constraint `dossier_workplace_tenant_id_foreign` foreign "
      + "key (`tenant_id`) references `tenant` (`id`) on update cascade on delete cascade",
    "alter table `dossier_workplace` add constraint `dossier_workplace_person_id_foreign` foreign "
      + "key (`person_id`) references `person` (`id`) on update cascade on delete cascade",
    "alter table `dossier_workplace` add constraint `dossier_workplace_team_id_foreign` foreign "
      + "key (`team_id`) references `team` (`id`) on update cascade on delete set null",
    "alter table `dossier_emergency_contact` add constraint "
      + "`dossier_emergency_contact_tenant_id_foreign` foreign key (`tenant_id`) references "
      + "`tenant` (`id`) on update cascade on delete cascade",
    "alter table `dossier_emergency_contact` add constraint "
      + "`dossier_emergency_contact_person_id_foreign` foreign key (`person_id`) references "
      + "`person` (`id`) on update cascade on delete cascade",
    "alter table `dossier_contact_data` add constraint `dossier_contact_data_tenant_id_foreign` "
      + "foreign key (`tenant_id`) references `tenant` (`id`) on update cascade on delete cascade",
    "alter table `dossier_contact_data` add constraint `dossier_contact_data_person_id_foreign` "
      + "foreign key (`person_id`) references `person` (`id`) on update cascade on delete cascade",
  ],
};
