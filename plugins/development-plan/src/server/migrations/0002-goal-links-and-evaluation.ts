import type { Migration } from '@dots/core';

export const migration: Migration = {
  name: '0002-goal-links-and-evaluation',
  sqlite: [
    "alter table `development_plan` add column `evaluation_date` text null",
    "alter table `development_plan_goal` add column `competence_refs` json null",
  ],
  mysql: [
    "alter table `development_plan` add `evaluation_date` varchar(10) null",
    "alter table `development_plan_goal` add `competence_refs` json null",
  ],
};
