import type { Migration } from '@dots/core';

export const migration: Migration = {
  name: '0001-initial',
  sqlite: [
    "create table `competence_framework` (`id` text not null, `created_at` datetime not null, "
      + "`updated_at` datetime not null, `tenant_id` text not null, `name` text not null, "
      + "`description` text null, `language` text not null, `ready` text null, `attribution` text "
      + "null, `licence` text null, `current_version` integer not null default 1, constraint "
      + "`competence_framework_tenant_id_foreign` foreign key(`tenant_id`) references "
      + "`tenant`(`id`) on delete cascade on update cascade, primary key (`id`))",
    "create index `competence_framework_tenant_id_index` on `competence_framework` (`tenant_id`)",
    "create table `competence_framework_version` (`id` text not null, `created_at` datetime not "
      + "null, `updated_at` datetime not null, `tenant_id` text not null, `framework_id` text not "
      + "null, `number` integer not null, `content` json not null, constraint "
      + "`competence_framework_version_tenant_id_foreign` foreign key(`tenant_id`) references "
      + "`tenant`(`id`) on delete cascade on update cascade, constraint "
      + "`competence_framework_version_framework_id_foreign` foreign key(`framework_id`) "
      + "references `competence_framework`(`id`) on delete cascade on update cascade, primary key "
      + "(`id`))",
    "create index `competence_framework_version_tenant_id_index` on "
      + "`competence_framework_version` (`tenant_id`)",
    "create index `competence_framework_version_framework_id_index` on "
      + "`competence_framework_version` (`framework_id`)",
    "create unique index `competence_framework_version_framework_id_number_unique` on "
      + "`competence_framework_version` (`framework_id`, `number`)",
    "create table `competence_measurement` (`id` text not null, `created_at` datetime not null, "
      + "`updated_at` datetime not null, `tenant_id` text not null, `person_id` text not null, "
      + "`framework_id` text not null, `version_id` text not null, `date` text not null, "
      + "`assessor_id` text null, `kind` text not null, `perspective` text not null default "
      + "'coach', `status` text not null default 'draft', `note` text null, `finalised_at` "
      + "datetime null, `finalised_by_id` text null, constraint "
      + "`competence_measurement_tenant_id_foreign` foreign key(`tenant_id`) references "
      + "`tenant`(`id`) on delete cascade on update cascade, constraint "
      + "`competence_measurement_person_id_foreign` foreign key(`person_id`) references "
      + "`person`(`id`) on delete cascade on update cascade, constraint "
      + "`competence_measurement_framework_id_foreign` foreign key(`framework_id`) references "
      + "`competence_framework`(`id`) on delete cascade on update cascade, constraint "
      + "`competence_measurement_version_id_foreign` foreign key(`version_id`) references "
      + "`competence_framework_version`(`id`) on delete cascade on update cascade, constraint "
      + "`competence_measurement_assessor_id_foreign` foreign key(`assessor_id`) references "
      + "`account`(`id`) on delete set null on update cascade, constraint "
      + "`competence_measurement_finalised_by_id_foreign` foreign key(`finalised_by_id`) "
      + "references `account`(`id`) on delete set null on update cascade, primary key (`id`))",
    "create index `competence_measurement_tenant_id_index` on `competence_measurement` "
      + "(`tenant_id`)",
    "create index `competence_measurement_person_id_index` on `competence_measurement` "
      + "(`person_id`)",
    "create index `competence_measurement_framework_id_index` on `competence_measurement` "
      + "(`framework_id`)",
    "create index `competence_measurement_version_id_index` on `competence_measurement` "
      + "(`version_id`)",
    "create index `competence_measurement_assessor_id_index` on `competence_measurement` "
      + "(`assessor_id`)",
    "create index `competence_measurement_finalised_by_id_index` on `competence_measurement` "
      + "(`finalised_by_id`)",
    "create index `competence_measurement_tenant_id_person_id_date_index` on "
      + "`competence_measurement` (`tenant_id`, `person_id`, `date`)",
    "create table `competence_score` (`id` text not null, `created_at` datetime not null, "
      + "`updated_at` datetime not null, `tenant_id` text not null, `measurement_id` text not "
      + "null, `person_id` text not null, `indicator_key` text not null, `competence_key` text "
      + "not null, `value` integer null, `not_observed` integer not null default false, `note` "
      + "text null, constraint `competence_score_tenant_id_foreign` foreign key(`tenant_id`) "
      + "references `tenant`(`id`) on delete cascade on update cascade, constraint "
      + "`competence_score_measurement_id_foreign` foreign key(`measurement_id`) references "
      + "`competence_measurement`(`id`) on delete cascade on update cascade, constraint "
      + "`competence_score_person_id_foreign` foreign key(`person_id`) references `person`(`id`) "
      + "on delete cascade on update cascade, primary key (`id`))",
    "create index `competence_score_tenant_id_index` on `competence_score` (`tenant_id`)",
    "create index `competence_score_measurement_id_index` on `competence_score` (`measurement_id`)",
    "create index `competence_score_person_id_index` on `competence_score` (`person_id`)",
    "create index `competence_score_tenant_id_person_id_competence_key_index` on "
      + "`competence_score` (`tenant_id`, `person_id`, `competence_key`)",
    "create unique index `competence_score_measurement_id_indicator_key_unique` on "
      + "`competence_score` (`measurement_id`, `indicator_key`)",
    "create table `competence_amendment` (`id` text not null, `created_at` datetime not null, "
      + "`updated_at` datetime not null, `tenant_id` text not null, `measurement_id` text not "
      + "null, `person_id` text not null, `author_id` text null, `reason` text not null, "
      + "`changes` json not null, constraint `competence_amendment_tenant_id_foreign` foreign "
      + "key(`tenant_id`) references `tenant`(`id`) on delete cascade on update cascade, "
      + "constraint `competence_amendment_measurement_id_foreign` foreign key(`measurement_id`) "
      + "references `competence_measurement`(`id`) on delete cascade on update cascade, "
      + "constraint `competence_amendment_person_id_foreign` foreign key(`person_id`) references "
      + "`person`(`id`) on delete cascade on update cascade, constraint "
      + "`competence_amendment_author_id_foreign` foreign key(`author_id`) references "
      + "`account`(`id`) on delete set null on update cascade, primary key (`id`))",
    "create index `competence_amendment_tenant_id_index` on `competence_amendment` (`tenant_id`)",
    "create index `competence_amendment_measurement_id_index` on `competence_amendment` "
      + "(`measurement_id`)",
    "create index `competence_amendment_person_id_index` on `competence_amendment` (`person_id`)",
    "create index `competence_amendment_author_id_index` on `competence_amendment` (`author_id`)",
  ],
  mysql: [
    "create table `competence_framework` (`id` varchar(36) not null, `created_at` datetime not "
      + "null, `updated_at` datetime not null, `tenant_id` varchar(36) not null, `name` "
      + "varchar(200) not null, `description` text null, `language` varchar(2) not null, `ready` "
      + "varchar(50) null, `attribution` text null, `licence` varchar(200) null, "
      + "`current_version` int not null default 1, primary key (`id`)) default character set "
      + "utf8mb4 collate utf8mb4_unicode_ci engine = InnoDB",
    "alter table `competence_framework` add index "
      + "`competence_framework_tenant_id_index`(`tenant_id`)",
    "create table `competence_framework_version` (`id` varchar(36) not null, `created_at` "
      + "datetime not null, `updated_at` datetime not null, `tenant_id` varchar(36) not null, "
      + "`framework_id` varchar(36) not null, `number` int not null, `content` json not null, "
      + "primary key (`id`)) default character set utf8mb4 collate utf8mb4_unicode_ci engine = "
      + "InnoDB",
    "alter table `competence_framework_version` add index "
      + "`competence_framework_version_tenant_id_index`(`tenant_id`)",
    "alter table `competence_framework_version` add index "
      + "`competence_framework_version_framework_id_index`(`framework_id`)",
    "alter table `competence_framework_version` add unique "
      + "`competence_framework_version_framework_id_number_unique`(`framework_id`, `number`)",
    "create table `competence_measurement` (`id` varchar(36) not null, `created_at` datetime not "
      + "null, `updated_at` datetime not null, `tenant_id` varchar(36) not null, `person_id` "
      + "varchar(36) not null, `framework_id` varchar(36) not null, `version_id` varchar(36) not "
      + "null, `date` varchar(10) not null, `assessor_id` varchar(36) null, `kind` varchar(10) "
      + "not null, `perspective` varchar(10) not null default 'coach', `status` varchar(10) not "
      + "null default 'draft', `note` text null, `finalised_at` datetime null, `finalised_by_id` "
      + "varchar(36) null, primary key (`id`)) default character set utf8mb4 collate "
      + "utf8mb4_unicode_ci engine = InnoDB",
    "alter table `competence_measurement` add index "
      + "`competence_measurement_tenant_id_index`(`tenant_id`)",
    "alter table `competence_measurement` add index "
      + "`competence_measurement_person_id_index`(`person_id`)",
    "alter table `competence_measurement` add index "
      + "`competence_measurement_framework_id_index`(`framework_id`)",
    "alter table `competence_measurement` add index "
      + "`competence_measurement_version_id_index`(`version_id`)",
    "alter table `competence_measurement` add index "
      + "`competence_measurement_assessor_id_index`(`assessor_id`)",
    "alter table `competence_measurement` add index "
      + "`competence_measurement_finalised_by_id_index`(`finalised_by_id`)",
    "alter table `competence_measurement` add index "
      + "`competence_measurement_tenant_id_person_id_date_index`(`tenant_id`, `person_id`, `date`)",
    "create table `competence_score` (`id` varchar(36) not null, `created_at` datetime not null, "
      + "`updated_at` datetime not null, `tenant_id` varchar(36) not null, `measurement_id` "
      + "varchar(36) not null, `person_id` varchar(36) not null, `indicator_key` varchar(100) not "
      + "null, `competence_key` varchar(100) not null, `value` int null, `not_observed` "
      + "tinyint(1) not null default false, `note` text null, primary key (`id`)) default "
      + "character set utf8mb4 collate utf8mb4_unicode_ci engine = InnoDB",
    "alter table `competence_score` add index `competence_score_tenant_id_index`(`tenant_id`)",
    "alter table `competence_score` add index "
      + "`competence_score_measurement_id_index`(`measurement_id`)",
    "alter table `competence_score` add index `competence_score_person_id_index`(`person_id`)",
    "alter table `competence_score` add index "
      + "`competence_score_tenant_id_person_id_competence_key_index`(`tenant_id`, `person_id`, "
      + "`competence_key`)",
    "alter table `competence_score` add unique "
      + "`competence_score_measurement_id_indicator_key_unique`(`measurement_id`, `indicator_key`)",
    "create table `competence_amendment` (`id` varchar(36) not null, `created_at` datetime not "
      + "null, `updated_at` datetime not null, `tenant_id` varchar(36) not null, `measurement_id` "
      + "varchar(36) not null, `person_id` varchar(36) not null, `author_id` varchar(36) null, "
      + "`reason` text not null, `changes` json not null, primary key (`id`)) default character "
      + "set utf8mb4 collate utf8mb4_unicode_ci engine = InnoDB",
    "alter table `competence_amendment` add index "
      + "`competence_amendment_tenant_id_index`(`tenant_id`)",
    "alter table `competence_amendment` add index "
      + "`competence_amendment_measurement_id_index`(`measurement_id`)",
    "alter table `competence_amendment` add index "
      + "`competence_amendment_person_id_index`(`person_id`)",
    "alter table `competence_amendment` add index "
      + "`competence_amendment_author_id_index`(`author_id`)",
    "alter table `competence_framework` add constraint `competence_framework_tenant_id_foreign` "
      + "foreign key (`tenant_id`) references `tenant` (`id`) on update cascade on delete cascade",
    "alter table `competence_framework_version` add constraint "
      + "`competence_framework_version_tenant_id_foreign` foreign key (`tenant_id`) references "
      + "`tenant` (`id`) on update cascade on delete cascade",
    "alter table `competence_framework_version` add constraint "
      + "`competence_framework_version_framework_id_foreign` foreign key (`framework_id`) "
      + "references `competence_framework` (`id`) on update cascade on delete cascade",
    "alter table `competence_measurement` add constraint "
      + "`competence_measurement_tenant_id_foreign` foreign key (`tenant_id`) references `tenant` "
      + "(`id`) on update cascade on delete cascade",
    "alter table `competence_measurement` add constraint "
      + "`competence_measurement_person_id_foreign` foreign key (`person_id`) references `person` "
      + "(`id`) on update cascade on delete cascade",
    "alter table `competence_measurement` add constraint "
      + "`competence_measurement_framework_id_foreign` foreign key (`framework_id`) references "
      + "`competence_framework` (`id`) on update cascade on delete cascade",
    "alter table `competence_measurement` add constraint "
      + "`competence_measurement_version_id_foreign` foreign key (`version_id`) references "
      + "`competence_framework_version` (`id`) on update cascade on delete cascade",
    "alter table `competence_measurement` add constraint "
      + "`competence_measurement_assessor_id_foreign` foreign key (`assessor_id`) references "
      + "`account` (`id`) on update cascade on delete set null",
    "alter table `competence_measurement` add constraint "
      + "`competence_measurement_finalised_by_id_foreign` foreign key (`finalised_by_id`) "
      + "references `account` (`id`) on update cascade on delete set null",
    "alter table `competence_score` add constraint `competence_score_tenant_id_foreign` foreign "
      + "key (`tenant_id`) references `tenant` (`id`) on update cascade on delete cascade",
    "alter table `competence_score` add constraint `competence_score_measurement_id_foreign` "
      + "foreign key (`measurement_id`) references `competence_measurement` (`id`) on update "
      + "cascade on delete cascade",
    "alter table `competence_score` add constraint `competence_score_person_id_foreign` foreign "
      + "key (`person_id`) references `person` (`id`) on update cascade on delete cascade",
    "alter table `competence_amendment` add constraint `competence_amendment_tenant_id_foreign` "
      + "foreign key (`tenant_id`) references `tenant` (`id`) on update cascade on delete cascade",
    "alter table `competence_amendment` add constraint "
      + "`competence_amendment_measurement_id_foreign` foreign key (`measurement_id`) references "
      + "`competence_measurement` (`id`) on update cascade on delete cascade",
    "alter table `competence_amendment` add constraint `competence_amendment_person_id_foreign` "
      + "foreign key (`person_id`) references `person` (`id`) on update cascade on delete cascade",
    "alter table `competence_amendment` add constraint `competence_amendment_author_id_foreign` "
      + "foreign key (`author_id`) references `account` (`id`) on update cascade on delete set "
      + "null",
  ],
};
