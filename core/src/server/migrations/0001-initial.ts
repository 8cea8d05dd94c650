import type { Migration } from '../db/migration.js';

export const migration: Migration = {
  name: '0001-initial',
  sqlite: [
    "create table `login_throttle` (`key` text not null, `failures` integer not null default 0, "
      + "`window_start` datetime not null, `blocked_until` datetime null, primary key (`key`))",
    "create table `tenant` (`id` text not null, `created_at` datetime not null, `updated_at` "
      + "datetime not null, `slug` text not null, `name` text not null, `kind` text check (`kind` "
      + "in ('arbeidszorg', 'maatwerk', 'local-services', 'other')) not null, `settings` json not "
      + "null, `enabled_plugins` json not null, `active` integer not null default true, primary "
      + "key (`id`))",
    "create unique index `tenant_slug_unique` on `tenant` (`slug`)",
    "create table `team` (`id` text not null, `created_at` datetime not null, `updated_at` "
      + "datetime not null, `tenant_id` text not null, `name` text not null, `position` integer "
      + "not null default 0, `active` integer not null default true, constraint "
      + "`team_tenant_id_foreign` foreign key(`tenant_id`) references `tenant`(`id`) on delete "
      + "cascade on update cascade, primary key (`id`))",
    "create index `team_tenant_id_index` on `team` (`tenant_id`)",
    "create index `team_tenant_id_position_index` on `team` (`tenant_id`, `position`)",
    "create table `role_permissions` (`id` text not null, `created_at` datetime not null, "
      + "`updated_at` datetime not null, `tenant_id` text not null, `role` text check (`role` in "
      + "('admin', 'staff', 'coach', 'employee')) not null, `permissions` json not null, "
      + "constraint `role_permissions_tenant_id_foreign` foreign key(`tenant_id`) references "
      + "`tenant`(`id`) on delete cascade on update cascade, primary key (`id`))",
    "create index `role_permissions_tenant_id_index` on `role_permissions` (`tenant_id`)",
    "create unique index `role_permissions_tenant_id_role_unique` on `role_permissions` "
      + "(`tenant_id`, `role`)",
    "create table `field_definition` (`id` text not null, `created_at` datetime not null, "
      + "`updated_at` datetime not null, `tenant_id` text not null, `key` text not null, `type` "
      + "text check (`type` in ('text', 'number', 'date', 'choice', 'multi-choice', 'yes-no')) "
      + "not null, `label_nl` text not null, `label_en` text not null, `required` integer not "
      + "null default false, `visible_to_employee` integer not null default false, `options` json "
      + "not null, `position` integer not null default 0, `active` integer not null default true, "
      + "constraint `field_definition_tenant_id_foreign` foreign key(`tenant_id`) references "
      + "`tenant`(`id`) on delete cascade on update cascade, primary key (`id`))",
    "create index `field_definition_tenant_id_index` on `field_definition` (`tenant_id`)",
    "create unique index `field_definition_tenant_id_key_unique` on `field_definition` "
      + "(`tenant_id`, `key`)",
    "create table `employee_type` (`id` text not null, `created_at` datetime not null, "
      + "`updated_at` datetime not null, `tenant_id` text not null, `name` text not null, "
      + "`position` integer not null default 0, `active` integer not null default true, `code` "
      + "text null, constraint `employee_type_tenant_id_foreign` foreign key(`tenant_id`) "
      + "references `tenant`(`id`) on delete cascade on update cascade, primary key (`id`))",
    "create index `employee_type_tenant_id_index` on `employee_type` (`tenant_id`)",
    "create index `employee_type_tenant_id_position_index` on `employee_type` (`tenant_id`, "
      + "`position`)",
    "create table `department` (`id` text not null, `created_at` datetime not null, `updated_at` "
      + "datetime not null, `tenant_id` text not null, `name` text not null, `position` integer "
      + "not null default 0, `active` integer not null default true, constraint "
      + "`department_tenant_id_foreign` foreign key(`tenant_id`) references `tenant`(`id`) on "
      + "delete cascade on update cascade, primary key (`id`))",
    "create index `department_tenant_id_index` on `department` (`tenant_id`)",
    "create index `department_tenant_id_position_index` on `department` (`tenant_id`, `position`)",
    "create table `person` (`id` text not null, `created_at` datetime not null, `updated_at` "
      + "datetime not null, `tenant_id` text not null, `given_names` text not null, `family_name` "
      + "text not null, `preferred_name` text null, `birth_date` text null, `gender` text null, "
      + "`national_register_number_sealed` text null, `national_register_number_hint` text null, "
      + "`national_register_number_fingerprint` text null, `department_id` text null, `team_id` "
      + "text null, `employee_type_id` text null, `start_date` text null, `end_date` text null, "
      + "`status` text check (`status` in ('candidate', 'active', 'paused', 'left')) not null "
      + "default 'active', `fields` json not null, `sort_key` text not null, `sort_key_main` text "
      + "not null, `sort_key_given` text not null, `search_text` text not null, `version` integer "
      + "not null default 1, constraint `person_tenant_id_foreign` foreign key(`tenant_id`) "
      + "references `tenant`(`id`) on delete cascade on update cascade, constraint "
      + "`person_department_id_foreign` foreign key(`department_id`) references "
      + "`department`(`id`) on delete set null on update cascade, constraint "
      + "`person_team_id_foreign` foreign key(`team_id`) references `team`(`id`) on delete set "
      + "null on update cascade, constraint `person_employee_type_id_foreign` foreign "
      + "key(`employee_type_id`) references `employee_type`(`id`) on delete set null on update "
      + "cascade, primary key (`id`))",
    "create index `person_tenant_id_index` on `person` (`tenant_id`)",
    "create index `person_department_id_index` on `person` (`department_id`)",
    "create index `person_team_id_index` on `person` (`team_id`)",
    "create index `person_employee_type_id_index` on `person` (`employee_type_id`)",
    "create index `person_tenant_id_status_index` on `person` (`tenant_id`, `status`)",
    "create index `person_tenant_id_sort_key_index` on `person` (`tenant_id`, `sort_key`)",
    "create unique index `person_tenant_id_national_register_number_fingerprint_unique` on "
      + "`person` (`tenant_id`, `national_register_number_fingerprint`)",
    "create index `person_tenant_id_sort_key_given_index` on `person` (`tenant_id`, "
      + "`sort_key_given`)",
    "create index `person_tenant_id_sort_key_main_index` on `person` (`tenant_id`, "
      + "`sort_key_main`)",
    "create table `audit_entry` (`id` text not null, `created_at` datetime not null, `updated_at` "
      + "datetime not null, `tenant_id` text not null, `at` datetime not null, `account_id` text "
      + "null, `person_id` text null, `action` text not null, `subject_type` text not null, "
      + "`subject_id` text null, `details` json null, constraint `audit_entry_tenant_id_foreign` "
      + "foreign key(`tenant_id`) references `tenant`(`id`) on delete cascade on update cascade, "
      + "primary key (`id`))",
    "create index `audit_entry_tenant_id_index` on `audit_entry` (`tenant_id`)",
    "create index `audit_entry_tenant_id_at_index` on `audit_entry` (`tenant_id`, `at`)",
    "create index `audit_entry_tenant_id_person_id_at_index` on `audit_entry` (`tenant_id`, "
      + "`person_id`, `at`)",
    "create table `account` (`id` text not null, `created_at` datetime not null, `updated_at` "
      + "datetime not null, `tenant_id` text null, `username` text null, `email` text null, "
      + "`display_name` text not null, `role` text check (`role` in ('admin', 'staff', 'coach', "
      + "'employee', 'platform-admin')) not null, `person_id` text null, `password_hash` text not "
      + "null, `active` integer not null default true, `locale` text not null default 'nl', "
      + "`last_sign_in_at` datetime null, constraint `account_tenant_id_foreign` foreign "
      + "key(`tenant_id`) references `tenant`(`id`) on delete cascade on update cascade, "
      + "constraint `account_person_id_foreign` foreign key(`person_id`) references "
      + "`person`(`id`) on delete set null on update cascade, primary key (`id`))",
    "create index `account_tenant_id_index` on `account` (`tenant_id`)",
    "create index `account_person_id_index` on `account` (`person_id`)",
    "create unique index `account_tenant_id_email_unique` on `account` (`tenant_id`, `email`)",
    "create unique index `account_tenant_id_username_unique` on `account` (`tenant_id`, "
      + "`username`)",
    "create table `session` (`token_hash` text not null, `account_id` text not null, `created_at` "
      + "datetime not null, `last_seen_at` datetime not null, `expires_at` datetime not null, "
      + "constraint `session_account_id_foreign` foreign key(`account_id`) references "
      + "`account`(`id`) on delete cascade on update cascade, primary key (`token_hash`))",
    "create index `session_account_id_index` on `session` (`account_id`)",
  ],
  mysql: [
    "create table `login_throttle` (`key` varchar(400) not null, `failures` int not null default "
      + "0, `window_start` datetime not null, `blocked_until` datetime null, primary key (`key`)) "
      + "default character set utf8mb4 collate utf8mb4_unicode_ci engine = InnoDB",
    "create table `tenant` (`id` varchar(36) not null, `created_at` datetime not null, "
      + "`updated_at` datetime not null, `slug` varchar(60) not null, `name` varchar(200) not "
      + "null, `kind` enum('arbeidszorg', 'maatwerk', 'local-services', 'other') not null, "
      + "`settings` json not null, `enabled_plugins` json not null, `active` tinyint(1) not null "
      + "default true, primary key (`id`)) default character set utf8mb4 collate "
      + "utf8mb4_unicode_ci engine = InnoDB",
    "alter table `tenant` add unique `tenant_slug_unique`(`slug`)",
    "create table `team` (`id` varchar(36) not null, `created_at` datetime not null, `updated_at` "
      + "datetime not null, `tenant_id` varchar(36) not null, `name` varchar(120) not null, "
      + "`position` int not null default 0, `active` tinyint(1) not null default true, primary "
      + "key (`id`)) default character set utf8mb4 collate utf8mb4_unicode_ci engine = InnoDB",
    "alter table `team` add index `team_tenant_id_index`(`tenant_id`)",
    "alter table `team` add index `team_tenant_id_position_index`(`tenant_id`, `position`)",
    "create table `role_permissions` (`id` varchar(36) not null, `created_at` datetime not null, "
      + "`updated_at` datetime not null, `tenant_id` varchar(36) not null, `role` enum('admin', "
      + "'staff', 'coach', 'employee') not null, `permissions` json not null, primary key (`id`)) "
      + "default character set utf8mb4 collate utf8mb4_unicode_ci engine = InnoDB",
    "alter table `role_permissions` add index `role_permissions_tenant_id_index`(`tenant_id`)",
    "alter table `role_permissions` add unique "
      + "`role_permissions_tenant_id_role_unique`(`tenant_id`, `role`)",
    "create table `field_definition` (`id` varchar(36) not null, `created_at` datetime not null, "
      + "`updated_at` datetime not null, `tenant_id` varchar(36) not null, `key` varchar(60) not "
      + "null, `type` enum('text', 'number', 'date', 'choice', 'multi-choice', 'yes-no') not "
      + "null, `label_nl` varchar(120) not null, `label_en` varchar(120) not null, `required` "
      + "tinyint(1) not null default false, `visible_to_employee` tinyint(1) not null default "
      + "false, `options` json not null, `position` int not null default 0, `active` tinyint(1) "
      + "not null default true, primary key (`id`)) default character set utf8mb4 collate "
      + "utf8mb4_unicode_ci engine = InnoDB",
    "alter table `field_definition` add index `field_definition_tenant_id_index`(`tenant_id`)",
    "alter table `field_definition` add unique "
      + "`field_definition_tenant_id_key_unique`(`tenant_id`, `key`)",
    "create table `employee_type` (`id` varchar(36) not null, `created_at` datetime not null, "
      + "`updated_at` datetime not null, `tenant_id` varchar(36) not null, `name` varchar(120) "
      + "not null, `position` int not null default 0, `active` tinyint(1) not null default true, "
      + "`code` varchar(60) null, primary key (`id`)) default character set utf8mb4 collate "
      + "utf8mb4_unicode_ci engine = InnoDB",
    "alter table `employee_type` add index `employee_type_tenant_id_index`(`tenant_id`)",
    "alter table `employee_type` add index `employee_type_tenant_id_position_index`(`tenant_id`, "
      + "`position`)",
    "create table `department` (`id` varchar(36) not null, `created_at` datetime not null, "
      + "`updated_at` datetime not null, `tenant_id` varchar(36) not null, `name` varchar(120) "
      + "not null, `position` int not null default 0, `active` tinyint(1) not null default true, "
      + "primary key (`id`)) default character set utf8mb4 collate utf8mb4_unicode_ci engine = "
      + "InnoDB",
    "alter table `department` add index `department_tenant_id_index`(`tenant_id`)",
    "alter table `department` add index `department_tenant_id_position_index`(`tenant_id`, "
      + "`position`)",
    "create table `person` (`id` varchar(36) not null, `created_at` datetime not null, "
      + "`updated_at` datetime not null, `tenant_id` varchar(36) not null, `given_names` "
      + "varchar(120) not null, `family_name` varchar(120) not null, `preferred_name` "
      + "varchar(120) null, `birth_date` varchar(10) null, `gender` varchar(60) null, "
      + "`national_register_number_sealed` varchar(200) null, `national_register_number_hint` "
      + "varchar(2) null, `national_register_number_fingerprint` varchar(64) null, "
      + "`department_id` varchar(36) null, `team_id` varchar(36) null, `employee_type_id` "
      + "varchar(36) null, `start_date` varchar(10) null, `end_date` varchar(10) null, `status` "
      + "enum('candidate', 'active', 'paused', 'left') not null default 'active', `fields` json "
      + "not null, `sort_key` varchar(400) not null, `sort_key_main` varchar(400) not null, "
      + "`sort_key_given` varchar(400) not null, `search_text` varchar(500) not null, `version` "
      + "int not null default 1, primary key (`id`)) default character set utf8mb4 collate "
      + "utf8mb4_unicode_ci engine = InnoDB",
    "alter table `person` add index `person_tenant_id_index`(`tenant_id`)",
    "alter table `person` add index `person_department_id_index`(`department_id`)",
    "alter table `person` add index `person_team_id_index`(`team_id`)",
    "alter table `person` add index `person_employee_type_id_index`(`employee_type_id`)",
    "alter table `person` add index `person_tenant_id_status_index`(`tenant_id`, `status`)",
    "alter table `person` add index `person_tenant_id_sort_key_index`(`tenant_id`, `sort_key`)",
    "alter table `person` add unique "
      + "`person_tenant_id_national_register_number_fingerprint_unique`(`tenant_id`, "
      + "`national_register_number_fingerprint`)",
    "alter table `person` add index `person_tenant_id_sort_key_given_index`(`tenant_id`, "
      + "`sort_key_given`)",
    "alter table `person` add index `person_tenant_id_sort_key_main_index`(`tenant_id`, "
      + "`sort_key_main`)",
    "create table `audit_entry` (`id` varchar(36) not null, `created_at` datetime not null, "
      + "`updated_at` datetime not null, `tenant_id` varchar(36) not null, `at` datetime not "
      + "null, `account_id` varchar(36) null, `person_id` varchar(36) null, `action` varchar(80) "
      + "not null, `subject_type` varchar(60) not null, `subject_id` varchar(36) null, `details` "
      + "json null, primary key (`id`)) default character set utf8mb4 collate utf8mb4_unicode_ci "
      + "engine = InnoDB",
    "alter table `audit_entry` add index `audit_entry_tenant_id_index`(`tenant_id`)",
    "alter table `audit_entry` add index `audit_entry_tenant_id_at_index`(`tenant_id`, `at`)",
    "alter table `audit_entry` add index `audit_entry_tenant_id_person_id_at_index`(`tenant_id`, "
      + "`person_id`, `at`)",
    "create table `account` (`id` varchar(36) not null, `created_at` datetime not null, "
      + "`updated_at` datetime not null, `tenant_id` varchar(36) null, `username` varchar(80) "
      + "null, `email` varchar(254) null, `display_name` varchar(200) not null, `role` "
      + "enum('admin', 'staff', 'coach', 'employee', 'platform-admin') not null, `person_id` "
      + "varchar(36) null, `password_hash` varchar(200) not null, `active` tinyint(1) not null "
      + "default true, `locale` varchar(5) not null default 'nl', `last_sign_in_at` datetime "
      + "null, primary key (`id`)) default character set utf8mb4 collate utf8mb4_unicode_ci "
      + "engine = InnoDB",
    "alter table `account` add index `account_tenant_id_index`(`tenant_id`)",
    "alter table `account` add index `account_person_id_index`(`person_id`)",
    "alter table `account` add unique `account_tenant_id_email_unique`(`tenant_id`, `email`)",
    "alter table `account` add unique `account_tenant_id_username_unique`(`tenant_id`, `username`)",
    "create table `session` (`token_hash` varchar(64) not null, `account_id` varchar(36) not "
      + "null, `created_at` datetime not null, `last_seen_at` datetime not null, `expires_at` "
      + "datetime not null, primary key (`token_hash`)) default character set utf8mb4 collate "
      + "utf8mb4_unicode_ci engine = InnoDB",
    "alter table `session` add index `session_account_id_index`(`account_id`)",
    "alter table `team` add constraint `team_tenant_id_foreign` foreign key (`tenant_id`) "
      + "references `tenant` (`id`) on update cascade on delete cascade",
    "alter table `role_permissions` add constraint `role_permissions_tenant_id_foreign` foreign "
      + "key (`tenant_id`) references `tenant` (`id`) on update cascade on delete cascade",
    "alter table `field_definition` add constraint `field_definition_tenant_id_foreign` foreign "
      + "key (`tenant_id`) references `tenant` (`id`) on update cascade on delete cascade",
    "alter table `employee_type` add constraint `employee_type_tenant_id_foreign` foreign key "
      + "(`tenant_id`) references `tenant` (`id`) on update cascade on delete cascade",
    "alter table `department` add constraint `department_tenant_id_foreign` foreign key "
      + "(`tenant_id`) references `tenant` (`id`) on update cascade on delete cascade",
    "alter table `person` add constraint `person_tenant_id_foreign` foreign key (`tenant_id`) "
      + "references `tenant` (`id`) on update cascade on delete cascade",
    "alter table `person` add constraint `person_department_id_foreign` foreign key "
      + "(`department_id`) references `department` (`id`) on update cascade on delete set null",
    "alter table `person` add constraint `person_team_id_foreign` foreign key (`team_id`) "
      + "references `team` (`id`) on update cascade on delete set null",
    "alter table `person` add constraint `person_employee_type_id_foreign` foreign key "
      + "(`employee_type_id`) references `employee_type` (`id`) on update cascade on delete set "
      + "null",
    "alter table `audit_entry` add constraint `audit_entry_tenant_id_foreign` foreign key "
      + "(`tenant_id`) references `tenant` (`id`) on update cascade on delete cascade",
    "alter table `account` add constraint `account_tenant_id_foreign` foreign key (`tenant_id`) "
      + "references `tenant` (`id`) on update cascade on delete cascade",
    "alter table `account` add constraint `account_person_id_foreign` foreign key (`person_id`) "
      + "references `person` (`id`) on update cascade on delete set null",
    "alter table `session` add constraint `session_account_id_foreign` foreign key (`account_id`) "
      + "references `account` (`id`) on update cascade on delete cascade",
  ],
};
