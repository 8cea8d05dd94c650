/** Shapes and names of the staff agenda (`GET /api/agenda`), shared with the web app. */

/** The widest range one request may ask: `to` at most this many days after `from`. */
export const AGENDA_MAX_DAYS_APART = 62;

/** `coach=me`: the caller's own items ("my week", the default for staff). */
export const AGENDA_COACH_ME = 'me';

/** `coach=all`: everyone's items, whoever owns them. */
export const AGENDA_COACH_ALL = 'all';

export interface AgendaItemDto {
  /** Unique within its plugin; `pluginId` + `id` is unique in the answer. */
  id: string;
  pluginId: string;
  kind: string;
  /** `YYYY-MM-DD`. */
  date: string;
  /** `HH:MM`, or null for "some time that day". */
  time: string | null;
  title: string;
  personId: string | null;
  personName: string | null;
  ownerAccountId: string | null;
  done: boolean;
  /** Path in the web app that opens it. */
  link: string | null;
}

export interface AgendaDto {
  /** First and last calendar day, inclusive. */
  from: string;
  to: string;
  /** `all`, or the id of the account whose items these are (the caller's for `me`). */
  coach: string;
  items: AgendaItemDto[];
}

/** A colleague in the pickers of `GET /api/staff`. */
export interface StaffMemberDto {
  id: string;
  displayName: string;
  role: string;
}
