import type { PersonDto } from './people.js';

/** The section id of the core's own personal data: the person's standard and custom fields. */
export const CORE_PERSON_SECTION = 'core.person';

/** The most access-log entries `GET /api/me` answers: the newest first. */
export const ACCESS_LOG_LIMIT = 100;

/** The formats of `GET /api/me/export` and `GET /api/people/:id/export`. */
export const EXPORT_FORMATS = ['json', 'html', 'pdf'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface PersonalDataEntryDto {
  labelNl: string;
  labelEn: string;
  value: string | number | boolean | null;
  kind?: 'text' | 'date' | 'time' | 'number' | 'boolean';
}

export interface PersonalDataRecordDto {
  titleNl?: string;
  titleEn?: string;
  entries: PersonalDataEntryDto[];
}

/** One dossier section as the portal shows it and the export holds it. */
export interface PersonalDataSectionDto {
  section: string;
  labelNl: string;
  labelEn: string;
  icon?: string;
  records: PersonalDataRecordDto[];
  data: unknown;
}

/**
 * One look at the person's dossier by someone else. `section` is null when the part read is one
 * the reader of the log may not see itself (a confidential one): the log names who and when.
 */
export interface AccessLogEntryDto {
  /** ISO date-time. */
  when: string;
  who: { displayName: string; role: string | null };
  /** The audit action, e.g. `person.read`, `dossier.read`, `person.export`. */
  action: string;
  section: string | null;
  /** The web app's label key of the section, when it has one. */
  sectionLabelKey: string | null;
}

export interface AccessLogDto {
  items: AccessLogEntryDto[];
  /** At most this many entries are answered, the newest first. */
  limit: number;
  /** Whether older entries exist beyond the limit. */
  more: boolean;
}

/** The answer of `GET /api/me`: the employee's own dossier, as DOTS shows it to them. */
export interface MeDto {
  person: PersonDto;
  sections: PersonalDataSectionDto[];
  accessLog: AccessLogDto;
}

/** The JSON export: everything in one file, machine-readable. */
export interface PersonalDataExportDto {
  /** `own` for the employee's download; `access-request` for the staff export. */
  audience: 'own' | 'access-request';
  generatedAt: string;
  tenant: { name: string };
  person: PersonDto;
  sections: Array<{ section: string; labelNl: string; labelEn: string; data: unknown }>;
  accessLog: AccessLogDto;
}
