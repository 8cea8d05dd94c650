import type { Migration } from '@dots/core';

export const migration: Migration = {
  name: '0002-conversations',
  sqlite: [
    "create table `dossier_conversation_type` (`id` text not null, `created_at` datetime not "
      + "null, `updated_at` datetime not null, `tenant_id` text not null, `label_nl` text not "
      + "null, `label_en` text not null, `active` integer not null default true, constraint "
      + "`dossier_conversation_type_tenant_id_foreign` foreign key(`tenant_id`) references "
      + "`tenant`(`id`) on delete cascade on update cascade, primary key (`id`))",
    "create index `dossier_conversation_type_tenant_id_index` on `dossier_conversation_type` "
      + "(`tenant_id`)",
    "create table `dossier_conversation` (`id` text not null, `created_at` datetime not null, "
      + "`updated_at` datetime not null, `tenant_id` text not null, `person_id` text not null, "
      + "`date` text not null, `time` text null, `type_code` text not null, `own_type_id` text "
      + "null, `title` text null, `participants` json not null, `notes` text null, `version` "
      + "integer not null default 1, constraint `dossier_conversation_tenant_id_foreign` foreign "
      + "key(`tenant_id`) references `tenant`(`id`) on delete cascade on update cascade, "
      + "constraint `dossier_conversation_person_id_foreign` foreign key(`person_id`) references "
      + "`person`(`id`) on delete cascade on update cascade, constraint "
      + "`dossier_conversation_own_type_id_foreign` foreign key(`own_type_id`) references "
      + "`dossier_conversation_type`(`id`) on delete set null on update cascade, primary key "
      + "(`id`))",
    "create index `dossier_conversation_tenant_id_index` on `dossier_conversation` (`tenant_id`)",
    "create index `dossier_conversation_person_id_index` on `dossier_conversation` (`person_id`)",
    "create index `dossier_conversation_own_type_id_index` on `dossier_conversation` "
      + "(`own_type_id`)",
    "create index `dossier_conversation_tenant_id_person_id_date_index` on `dossier_conversation` "
      + "(`tenant_id`, `person_id`, `date`)",
    "create table `dossier_confidential_note` (`id` text not null, `created_at` datetime not "
      + "null, `updated_at` datetime not null, `tenant_id` text not null, `person_id` text not "
      + "null, `date` text not null, `category` text not null, `text` text not null, `author_id` "
      + "text null, `version` integer not null default 1, constraint "
      + "`dossier_confidential_note_tenant_id_foreign` foreign key(`tenant_id`) references "
      + "`tenant`(`id`) on delete cascade on update cascade, constraint "
      + "`dossier_confidential_note_person_id_foreign` foreign key(`person_id`) references "
      + "`person`(`id`) on delete cascade on update cascade, constraint "
      + "`dossier_confidential_note_author_id_foreign` foreign key(`author_id`) references "
      + "`account`(`id`) on delete set null on update cascade, primary key (`id`))",
    "create index `dossier_confidential_note_tenant_id_index` on `dossier_confidential_note` "
      + "(`tenant_id`)",
    "create index `dossier_confidential_note_person_id_index` on `dossier_confidential_note` "
      + "(`person_id`)",
    "create index `dossier_confidential_note_author_id_index` on `dossier_confidential_note` "
      + "(`author_id`)",
    "create index `dossier_confidential_note_tenant_id_person_id_date_index` on "
      + "`dossier_confidential_note` (`tenant_id`, `person_id`, `date`)",
    "create table `dossier_attachment` (`id` text not null, `created_at` datetime not null, "
      + "`updated_at` datetime not null, `tenant_id` text not null, `conversation_id` text not "
      + "null, `person_id` text not null, `file_name` text not null, `content_type` text not "
      + "null, `size` integer not null, `uploaded_by_id` text null, constraint "
      + "`dossier_attachment_tenant_id_foreign` foreign key(`tenant_id`) references "
      + "`tenant`(`id`) on delete cascade on update cascade, constraint "
      + "`dossier_attachment_conversation_id_foreign` foreign key(`conversation_id`) references "
      + "`dossier_conversation`(`id`) on delete cascade on update cascade, constraint "
      + "`dossier_attachment_person_id_foreign` foreign key(`person_id`) references "
      + "`person`(`id`) on delete cascade on update cascade, constraint "
      + "`dossier_attachment_uploaded_by_id_foreign` foreign key(`uploaded_by_id`) references "
      + "`account`(`id`) on delete set null on update cascade, primary key (`id`))",
    "create index `dossier_attachment_tenant_id_index` on `dossier_attachment` (`tenant_id`)",
    "create index `dossier_attachment_conversation_id_index` on `dossier_attachment` "
      + "(`conversation_id`)",
    "create index `dossier_attachment_person_id_index` on `dossier_attachment` (`person_id`)",
    "create index `dossier_attachment_uploaded_by_id_index` on `dossier_attachment` "
      + "(`uploaded_by_id`)",
    "create table `dossier_agreement` (`id` text not null, `created_at` datetime not null, "
      + "`updated_at` datetime not null, `tenant_id` text not null, `conversation_id` text not "
      + "null, `person_id` text not null, `text` text not null, `owner_id` text null, `due_date` "
      + "text not null, `done` integer not null default false, `done_at` datetime null, `version` "
      + "integer not null default 1, constraint `dossier_agreement_tenant_id_foreign` foreign "
      + "key(`tenant_id`) references `tenant`(`id`) on delete cascade on update cascade, "
      + "constraint `dossier_agreement_conversation_id_foreign` foreign key(`conversation_id`) "
      + "references `dossier_conversation`(`id`) on delete cascade on update cascade, constraint "
      + "`dossier_agreement_person_id_foreign` foreign key(`person_id`) references `person`(`id`) "
      + "on delete cascade on update cascade, constraint `dossier_agreement_owner_id_foreign` "
      + "foreign key(`owner_id`) references `account`(`id`) on delete set null on update cascade, "
      + "primary key (`id`))",
    "create index `dossier_agreement_tenant_id_index` on `dossier_agreement` (`tenant_id`)",
    "create index `dossier_agreement_conversation_id_index` on `dossier_agreement` "
      + "(`conversation_id`)",
    "create index `dossier_agreement_person_id_index` on `dossier_agreement` (`person_id`)",
    "create index `dossier_agreement_owner_id_index` on `dossier_agreement` (`owner_id`)",
    "create index `dossier_agreement_tenant_id_due_date_index` on `dossier_agreement` "
      + "(`tenant_id`, `due_date`)",
  ],
  mysql: [
    "create table `dossier_conversation_type` (`id` varchar(36) not null, `created_at` datetime "
      + "not null, `updated_at` datetime not null, `tenant_id` varchar(36) not null, `label_nl` "
      + "varchar(80) not null, `label_en` varchar(80) not null, `active` tinyint(1) not null "
      + "default true, primary key (`id`)) default character set utf8mb4 collate "
      + "utf8mb4_unicode_ci engine = InnoDB",
    "alter table `dossier_conversation_type` add index "
      + "`dossier_conversation_type_tenant_id_index`(`tenant_id`)",
    "create table `dossier_conversation` (`id` varchar(36) not null, `created_at` datetime not "
      + "null, `updated_at` datetime not null, `tenant_id` varchar(36) not null, `person_id` "
      + "varchar(36) not null, `date` varchar(10) not null, `time` varchar(5) null, `type_code` "
      + "varchar(36) not null, `own_type_id` varchar(36) null, `title` varchar(200) null, "
      + "`participants` json not null, `notes` text null, `version` int not null default 1, "
      + "primary key (`id`)) default character set utf8mb4 collate utf8mb4_unicode_ci engine = "
      + "InnoDB",
    "alter table `dossier_conversation` add index "
      + "`dossier_conversation_tenant_id_index`(`tenant_id`)",
    "alter table `dossier_conversation` add index "
      + "`dossier_conversation_person_id_index`(`person_id`)",
    "alter table `dossier_conversation` add index "
      + "`dossier_conversation_own_type_id_index`(`own_type_id`)",
    "alter table `dossier_conversation` add index "
      + "`dossier_conversation_tenant_id_person_id_date_index`(`tenant_id`, `person_id`, `date`)",
    "create table `dossier_confidential_note` (`id` varchar(36) not null, `created_at` datetime "
      + "not null, `updated_at` datetime not null, `tenant_id` varchar(36) not null, `person_id` "
      + "varchar(36) not null, `date` varchar(10) not null, `category` varchar(20) not null, "
      + "`text` text not null, `author_id` varchar(36) null, `version` int not null default 1, "
      + "primary key (`id`)) default character set utf8mb4 collate utf8mb4_unicode_ci engine = "
      + "InnoDB",
    "alter table `dossier_confidential_note` add index "
      + "`dossier_confidential_note_tenant_id_index`(`tenant_id`)",
    "alter table `dossier_confidential_note` add index "
      + "`dossier_confidential_note_person_id_index`(`person_id`)",
    "alter table `dossier_confidential_note` add index "
      + "`dossier_confidential_note_author_id_index`(`author_id`)",
    "alter table `dossier_confidential_note` add index "
      + "`dossier_confidential_note_tenant_id_person_id_date_index`(`tenant_id`, `person_id`, "
      + "`date`)",
    "create table `dossier_attachment` (`id` varchar(36) not null, `created_at` datetime not "
      + "null, `updated_at` datetime not null, `tenant_id` varchar(36) not null, "
      + "`conversation_id` varchar(36) not null, `person_id` varchar(36) not null, `file_name` "
      + "varchar(255) not null, `content_type` varchar(40) not null, `size` int not null, "
      + "`uploaded_by_id` varchar(36) null, primary key (`id`)) default character set utf8mb4 "
      + "collate utf8mb4_unicode_ci engine = InnoDB",
    "alter table `dossier_attachment` add index `dossier_attachment_tenant_id_index`(`tenant_id`)",
    "alter table `dossier_attachment` add index "
      + "`dossier_attachment_conversation_id_index`(`conversation_id`)",
    "alter table `dossier_attachment` add index `dossier_attachment_person_id_index`(`person_id`)",
    "alter table `dossier_attachment` add index "
      + "`dossier_attachment_uploaded_by_id_index`(`uploaded_by_id`)",
    "create table `dossier_agreement` (`id` varchar(36) not null, `created_at` datetime not null, "
      + "`updated_at` datetime not null, `tenant_id` varchar(36) not null, `conversation_id` "
      + "varchar(36) not null, `person_id` varchar(36) not null, `text` varchar(1000) not null, "
      + "`owner_id` varchar(36) null, `due_date` varchar(10) not null, `done` tinyint(1) not null "
      + "default false, `done_at` datetime null, `version` int not null default 1, primary key "
      + "(`id`)) default character set utf8mb4 collate utf8mb4_unicode_ci engine = InnoDB",
    "alter table `dossier_agreement` add index `dossier_agreement_tenant_id_index`(`tenant_id`)",
    "alter table `dossier_agreement` add index "
      + "`dossier_agreement_conversation_id_index`(`conversation_id`)",
    "alter table `dossier_agreement` add index `dossier_agreement_person_id_index`(`person_id`)",
    "alter table `dossier_agreement` add index `dossier_agreement_owner_id_index`(`owner_id`)",
    "alter table `dossier_agreement` add index "
      + "`dossier_agreement_tenant_id_due_date_index`(`tenant_id`, `due_date`)",
    "alter table `dossier_conversation_type` add constraint "
      + "`dossier_conversation_type_tenant_id_foreign` foreign key (`tenant_id`) references "
      + "`tenant` (`id`) on update cascade on delete cascade",
    "alter table `dossier_conversation` add constraint `dossier_conversation_tenant_id_foreign` "
      + "foreign key (`tenant_id`) references `tenant` (`id`) on update cascade on delete cascade",
    "alter table `dossier_conversation` add constraint `dossier_conversation_person_id_foreign` "
      + "foreign key (`person_id`) references `person` (`id`) on update cascade on delete cascade",
    "alter table `dossier_conversation` add constraint `dossier_conversation_own_type_id_foreign` "
      + "foreign key (`own_type_id`) references `dossier_conversation_type` (`id`) on update "
      + "cascade on delete set null",
    "alter table `dossier_confidential_note` add constraint "
      + "`dossier_confidential_note_tenant_id_foreign` foreign key (`tenant_id`) references "
      + "`tenant` (`id`) on update cascade on delete cascade",
    "alter table `dossier_confidential_note` add constraint "
      + "`dossier_confidential_note_person_id_foreign` foreign key (`person_id`) references "
      + "`person` (`id`) on update cascade on delete cascade",
    "alter table `dossier_confidential_note` add constraint "
      + "`dossier_confidential_note_author_id_foreign` foreign key (`author_id`) references "
      + "`account` (`id`) on update cascade on delete set null",
    "alter table `dossier_attachment` add constraint `dossier_attachment_tenant_id_foreign` "
      + "foreign key (`tenant_id`) references `tenant` (`id`) on update cascade on delete cascade",
    "alter table `dossier_attachment` add constraint `dossier_attachment_conversation_id_foreign` "
      + "foreign key (`conversation_id`) references `dossier_conversation` (`id`) on update "
      + "cascade on delete cascade",
    "alter table `dossier_attachment` add constraint `dossier_attachment_person_id_foreign` "
      + "foreign key (`person_id`) references `person` (`id`) on update cascade on delete cascade",
    "alter table `dossier_attachment` add constraint `dossier_attachment_uploaded_by_id_foreign` "
      + "foreign key (`uploaded_by_id`) references `account` (`id`) on update cascade on delete "
      + "set null",
    "alter table `dossier_agreement` add constraint `dossier_agreement_tenant_id_foreign` foreign "
      + "key (`tenant_id`) references `tenant` (`id`) on update cascade on delete cascade",
    "alter table `dossier_agreement` add constraint `dossier_agreement_conversation_id_foreign` "
      + "foreign key (`conversation_id`) references `dossier_conversation` (`id`) on update "
      + "cascade on delete cascade",
    "alter table `dossier_agreement` add constraint `dossier_agreement_person_id_foreign` foreign "
      + "key (`person_id`) references `person` (`id`) on update cascade on delete cascade",
    "alter table `dossier_agreement` add constraint `dossier_agreement_owner_id_foreign` foreign "
      + "key (`owner_id`) references `account` (`id`) on update cascade on delete set null",
  ],
};
