import type { Migration } from '@dots/core';

export const migration: Migration = {
  name: '0001-initial',
  sqlite: [
    "create table `development_plan` (`id` text not null, `created_at` datetime not null, "
      + "`updated_at` datetime not null, `tenant_id` text not null, `person_id` text not null, "
      + "`period_from` text not null, `period_to` text not null, constraint "
      + "`development_plan_tenant_id_foreign` foreign key(`tenant_id`) references `tenant`(`id`) "
      + "on delete cascade on update cascade, constraint `development_plan_person_id_foreign` "
      + "foreign key(`person_id`) references `person`(`id`) on delete cascade on update cascade, "
      + "primary key (`id`))",
    "create index `development_plan_tenant_id_index` on `development_plan` (`tenant_id`)",
    "create index `development_plan_person_id_index` on `development_plan` (`person_id`)",
    "create index `development_plan_tenant_id_person_id_period_from_index` on `development_plan` "
      + "(`tenant_id`, `person_id`, `period_from`)",
    "create table `development_plan_version` (`id` text not null, `created_at` datetime not null, "
      + "`updated_at` datetime not null, `tenant_id` text not null, `plan_id` text not null, "
      + "`person_id` text not null, `number` integer not null, `date` text not null, `note` text "
      + "null, `snapshot` json not null, `handed_over_at` text null, `handed_over_to` text null, "
      + "constraint `development_plan_version_tenant_id_foreign` foreign key(`tenant_id`) "
      + "references `tenant`(`id`) on delete cascade on update cascade, constraint "
      + "`development_plan_version_plan_id_foreign` foreign key(`plan_id`) references "
      + "`development_plan`(`id`) on delete cascade on update cascade, constraint "
      + "`development_plan_version_person_id_foreign` foreign key(`person_id`) references "
      + "`person`(`id`) on delete cascade on update cascade, primary key (`id`))",
    "create index `development_plan_version_tenant_id_index` on `development_plan_version` "
      + "(`tenant_id`)",
    "create index `development_plan_version_plan_id_index` on `development_plan_version` "
      + "(`plan_id`)",
    "create index `development_plan_version_person_id_index` on `development_plan_version` "
      + "(`person_id`)",
    "create unique index `development_plan_version_plan_id_number_unique` on "
      + "`development_plan_version` (`plan_id`, `number`)",
    "create table `development_plan_review` (`id` text not null, `created_at` datetime not null, "
      + "`updated_at` datetime not null, `tenant_id` text not null, `plan_id` text not null, "
      + "`person_id` text not null, `date` text not null, `note` text null, constraint "
      + "`development_plan_review_tenant_id_foreign` foreign key(`tenant_id`) references "
      + "`tenant`(`id`) on delete cascade on update cascade, constraint "
      + "`development_plan_review_plan_id_foreign` foreign key(`plan_id`) references "
      + "`development_plan`(`id`) on delete cascade on update cascade, constraint "
      + "`development_plan_review_person_id_foreign` foreign key(`person_id`) references "
      + "`person`(`id`) on delete cascade on update cascade, primary key (`id`))",
    "create index `development_plan_review_tenant_id_index` on `development_plan_review` "
      + "(`tenant_id`)",
    "create index `development_plan_review_plan_id_index` on `development_plan_review` (`plan_id`)",
    "create index `development_plan_review_person_id_index` on `development_plan_review` "
      + "(`person_id`)",
    "create index `development_plan_review_tenant_id_plan_id_date_index` on "
      + "`development_plan_review` (`tenant_id`, `plan_id`, `date`)",
    "create table `development_plan_goal` (`id` text not null, `created_at` datetime not null, "
      + "`updated_at` datetime not null, `tenant_id` text not null, `plan_id` text not null, "
      + "`person_id` text not null, `title` text not null, `description` text null, `competence` "
      + "text null, `competence_kind` text null, `current_level` text null, `target_level` text "
      + "null, `position` integer not null default 0, constraint "
      + "`development_plan_goal_tenant_id_foreign` foreign key(`tenant_id`) references "
      + "`tenant`(`id`) on delete cascade on update cascade, constraint "
      + "`development_plan_goal_plan_id_foreign` foreign key(`plan_id`) references "
      + "`development_plan`(`id`) on delete cascade on update cascade, constraint "
      + "`development_plan_goal_person_id_foreign` foreign key(`person_id`) references "
      + "`person`(`id`) on delete cascade on update cascade, primary key (`id`))",
    "create index `development_plan_goal_tenant_id_index` on `development_plan_goal` (`tenant_id`)",
    "create index `development_plan_goal_plan_id_index` on `development_plan_goal` (`plan_id`)",
    "create index `development_plan_goal_person_id_index` on `development_plan_goal` (`person_id`)",
    "create index `development_plan_goal_tenant_id_plan_id_position_index` on "
      + "`development_plan_goal` (`tenant_id`, `plan_id`, `position`)",
    "create table `development_plan_conversation` (`id` text not null, `created_at` datetime not "
      + "null, `updated_at` datetime not null, `tenant_id` text not null, `plan_id` text not "
      + "null, `person_id` text not null, `date` text not null, `note` text null, `progress` json "
      + "not null, constraint `development_plan_conversation_tenant_id_foreign` foreign "
      + "key(`tenant_id`) references `tenant`(`id`) on delete cascade on update cascade, "
      + "constraint `development_plan_conversation_plan_id_foreign` foreign key(`plan_id`) "
      + "references `development_plan`(`id`) on delete cascade on update cascade, constraint "
      + "`development_plan_conversation_person_id_foreign` foreign key(`person_id`) references "
      + "`person`(`id`) on delete cascade on update cascade, primary key (`id`))",
    "create index `development_plan_conversation_tenant_id_index` on "
      + "`development_plan_conversation` (`tenant_id`)",
    "create index `development_plan_conversation_plan_id_index` on "
      + "`development_plan_conversation` (`plan_id`)",
    "create index `development_plan_conversation_person_id_index` on "
      + "`development_plan_conversation` (`person_id`)",
    "create index `development_plan_conversation_tenant_id_plan_id_date_index` on "
      + "`development_plan_conversation` (`tenant_id`, `plan_id`, `date`)",
    "create table `development_plan_action` (`id` text not null, `created_at` datetime not null, "
      + "`updated_at` datetime not null, `tenant_id` text not null, `goal_id` text not null, "
      + "`person_id` text not null, `text` text not null, `owner_id` text null, `due_date` text "
      + "null, `status` text not null default 'open', constraint "
      + "`development_plan_action_tenant_id_foreign` foreign key(`tenant_id`) references "
      + "`tenant`(`id`) on delete cascade on update cascade, constraint "
      + "`development_plan_action_goal_id_foreign` foreign key(`goal_id`) references "
      + "`development_plan_goal`(`id`) on delete cascade on update cascade, constraint "
      + "`development_plan_action_person_id_foreign` foreign key(`person_id`) references "
      + "`person`(`id`) on delete cascade on update cascade, constraint "
      + "`development_plan_action_owner_id_foreign` foreign key(`owner_id`) references "
      + "`account`(`id`) on delete set null on update cascade, primary key (`id`))",
    "create index `development_plan_action_tenant_id_index` on `development_plan_action` "
      + "(`tenant_id`)",
    "create index `development_plan_action_goal_id_index` on `development_plan_action` (`goal_id`)",
    "create index `development_plan_action_person_id_index` on `development_plan_action` "
      + "(`person_id`)",
    "create index `development_plan_action_owner_id_index` on `development_plan_action` "
      + "(`owner_id`)",
    "create index `development_plan_action_tenant_id_due_date_index` on `development_plan_action` "
      + "(`tenant_id`, `due_date`)",
    "create index `development_plan_action_tenant_id_goal_id_index` on `development_plan_action` "
      + "(`tenant_id`, `goal_id`)",
  ],
  mysql: [
    "create table `development_plan` (`id` varchar(36) not null, `created_at` datetime not null, "
      + "`updated_at` datetime not null, `tenant_id` varchar(36) not null, `person_id` "
      + "varchar(36) not null, `period_from` varchar(10) not null, `period_to` varchar(10) not "
      + "null, primary key (`id`)) default character set utf8mb4 collate utf8mb4_unicode_ci "
      + "engine = InnoDB",
    "alter table `development_plan` add index `development_plan_tenant_id_index`(`tenant_id`)",
    "alter table `development_plan` add index `development_plan_person_id_index`(`person_id`)",
    "alter table `development_plan` add index "
      + "`development_plan_tenant_id_person_id_period_from_index`(`tenant_id`, `person_id`, "
      + "`period_from`)",
    "create table `development_plan_version` (`id` varchar(36) not null, `created_at` datetime "
      + "not null, `updated_at` datetime not null, `tenant_id` varchar(36) not null, `plan_id` "
      + "varchar(36) not null, `person_id` varchar(36) not null, `number` int not null, `date` "
      + "varchar(10) not null, `note` varchar(500) null, `snapshot` json not null, "
      + "`handed_over_at` varchar(10) null, `handed_over_to` varchar(200) null, primary key "
      + "(`id`)) default character set utf8mb4 collate utf8mb4_unicode_ci engine = InnoDB",
    "alter table `development_plan_version` add index "
      + "`development_plan_version_tenant_id_index`(`tenant_id`)",
    "alter table `development_plan_version` add index "
      + "`development_plan_version_plan_id_index`(`plan_id`)",
    "alter table `development_plan_version` add index "
      + "`development_plan_version_person_id_index`(`person_id`)",
    "alter table `development_plan_version` add unique "
      + "`development_plan_version_plan_id_number_unique`(`plan_id`, `number`)",
    "create table `development_plan_review` (`id` varchar(36) not null, `created_at` datetime not "
      + "null, `updated_at` datetime not null, `tenant_id` varchar(36) not null, `plan_id` "
      + "varchar(36) not null, `person_id` varchar(36) not null, `date` varchar(10) not null, "
      + "`note` text null, primary key (`id`)) default character set utf8mb4 collate "
      + "utf8mb4_unicode_ci engine = InnoDB",
    "alter table `development_plan_review` add index "
      + "`development_plan_review_tenant_id_index`(`tenant_id`)",
    "alter table `development_plan_review` add index "
      + "`development_plan_review_plan_id_index`(`plan_id`)",
    "alter table `development_plan_review` add index "
      + "`development_plan_review_person_id_index`(`person_id`)",
    "alter table `development_plan_review` add index "
      + "`development_plan_review_tenant_id_plan_id_date_index`(`tenant_id`, `plan_id`, `date`)",
    "create table `development_plan_goal` (`id` varchar(36) not null, `created_at` datetime not "
      + "null, `updated_at` datetime not null, `tenant_id` varchar(36) not null, `plan_id` "
      + "varchar(36) not null, `person_id` varchar(36) not null, `title` varchar(200) not null, "
      + "`description` text null, `competence` varchar(200) null, `competence_kind` varchar(20) "
      + "null, `current_level` varchar(200) null, `target_level` varchar(200) null, `position` "
      + "int not null default 0, primary key (`id`)) default character set utf8mb4 collate "
      + "utf8mb4_unicode_ci engine = InnoDB",
    "alter table `development_plan_goal` add index "
      + "`development_plan_goal_tenant_id_index`(`tenant_id`)",
    "alter table `development_plan_goal` add index "
      + "`development_plan_goal_plan_id_index`(`plan_id`)",
    "alter table `development_plan_goal` add index "
      + "`development_plan_goal_person_id_index`(`person_id`)",
    "alter table `development_plan_goal` add index "
      + "`development_plan_goal_tenant_id_plan_id_position_index`(`tenant_id`, `plan_id`, "
      + "`position`)",
    "create table `development_plan_conversation` (`id` varchar(36) not null, `created_at` "
      + "datetime not null, `updated_at` datetime not null, `tenant_id` varchar(36) not null, "
      + "`plan_id` varchar(36) not null, `person_id` varchar(36) not null, `date` varchar(10) not "
      + "null, `note` text null, `progress` json not null, primary key (`id`)) default character "
      + "set utf8mb4 collate utf8mb4_unicode_ci engine = InnoDB",
    "alter table `development_plan_conversation` add index "
      + "`development_plan_conversation_tenant_id_index`(`tenant_id`)",
    "alter table `development_plan_conversation` add index "
      + "`development_plan_conversation_plan_id_index`(`plan_id`)",
    "alter table `development_plan_conversation` add index "
      + "`development_plan_conversation_person_id_index`(`person_id`)",
    "alter table `development_plan_conversation` add index "
      + "`development_plan_conversation_tenant_id_plan_id_date_index`(`tenant_id`, `plan_id`, "
      + "`date`)",
    "create table `development_plan_action` (`id` varchar(36) not null, `created_at` datetime not "
      + "null, `updated_at` datetime not null, `tenant_id` varchar(36) not null, `goal_id` "
      + "varchar(36) not null, `person_id` varchar(36) not null, `text` varchar(500) not null, "
      + "`owner_id` varchar(36) null, `due_date` varchar(10) null, `status` varchar(20) not null "
      + "default 'open', primary key (`id`)) default character set utf8mb4 collate "
      + "utf8mb4_unicode_ci engine = InnoDB",
    "alter table `development_plan_action` add index "
      + "`development_plan_action_tenant_id_index`(`tenant_id`)",
    "alter table `development_plan_action` add index "
      + "`development_plan_action_goal_id_index`(`goal_id`)",
    "alter table `development_plan_action` add index "
      + "`development_plan_action_person_id_index`(`person_id`)",
    "alter table `development_plan_action` add index "
      + "`development_plan_action_owner_id_index`(`owner_id`)",
    "alter table `development_plan_action` add index "
      + "`development_plan_action_tenant_id_due_date_index`(`tenant_id`, `due_date`)",
    "alter table `development_plan_action` add index "
      + "`development_plan_action_tenant_id_goal_id_index`(`tenant_id`, `goal_id`)",
    "alter table `development_plan` add constraint `development_plan_tenant_id_foreign` foreign "
      + "key (`tenant_id`) references `tenant` (`id`) on update cascade on delete cascade",
    "alter table `development_plan` add constraint `development_plan_person_id_foreign` foreign "
      + "key (`person_id`) references `person` (`id`) on update cascade on delete cascade",
    "alter table `development_plan_version` add constraint "
      + "`development_plan_version_tenant_id_foreign` foreign key (`tenant_id`) references "
      + "`tenant` (`id`) on update cascade on delete cascade",
    "alter table `development_plan_version` add constraint "
      + "`development_plan_version_plan_id_foreign` foreign key (`plan_id`) references "
      + "`development_plan` (`id`) on update cascade on delete cascade",
    "alter table `development_plan_version` add constraint "
      + "`development_plan_version_person_id_foreign` foreign key (`person_id`) references "
      + "`person` (`id`) on update cascade on delete cascade",
    "alter table `development_plan_review` add constraint "
      + "`development_plan_review_tenant_id_foreign` foreign key (`tenant_id`) references "
      + "`tenant` (`id`) on update cascade on delete cascade",
    "alter table `development_plan_review` add constraint "
      + "`development_plan_review_plan_id_foreign` foreign key (`plan_id`) references "
      + "`development_plan` (`id`) on update cascade on delete cascade",
    "alter table `development_plan_review` add constraint "
      + "`development_plan_review_person_id_foreign` foreign key (`person_id`) references "
      + "`person` (`id`) on update cascade on delete cascade",
    "alter table `development_plan_goal` add constraint `development_plan_goal_tenant_id_foreign` "
      + "foreign key (`tenant_id`) references `tenant` (`id`) on update cascade on delete cascade",
    "alter table `development_plan_goal` add constraint `development_plan_goal_plan_id_foreign` "
      + "foreign key (`plan_id`) references `development_plan` (`id`) on update cascade on delete "
      + "cascade",
    "alter table `development_plan_goal` add constraint `development_plan_goal_person_id_foreign` "
      + "foreign key (`person_id`) references `person` (`id`) on update cascade on delete cascade",
    "alter table `development_plan_conversation` add constraint "
      + "`development_plan_conversation_tenant_id_foreign` foreign key (`tenant_id`) references "
      + "`tenant` (`id`) on update cascade on delete cascade",
    "alter table `development_plan_conversation` add constraint "
      + "`development_plan_conversation_plan_id_foreign` foreign key (`plan_id`) references "
      + "`development_plan` (`id`) on update cascade on delete cascade",
    "alter table `development_plan_conversation` add constraint "
      + "`development_plan_conversation_person_id_foreign` foreign key (`person_id`) references "
      + "`person` (`id`) on update cascade on delete cascade",
    "alter table `development_plan_action` add constraint "
      + "`development_plan_action_tenant_id_foreign` foreign key (`tenant_id`) references "
      + "`tenant` (`id`) on update cascade on delete cascade",
    "alter table `development_plan_action` add constraint "
      + "`development_plan_action_goal_id_foreign` foreign key (`goal_id`) references "
      + "`development_plan_goal` (`id`) on update cascade on delete cascade",
    "alter table `development_plan_action` add constraint "
      + "`development_plan_action_person_id_foreign` foreign key (`person_id`) references "
      + "`person` (`id`) on update cascade on delete cascade",
    "alter table `development_plan_action` add constraint "
      + "`development_plan_action_owner_id_foreign` foreign key (`owner_id`) references `account` "
      + "(`id`) on update cascade on delete set null",
  ],
};
