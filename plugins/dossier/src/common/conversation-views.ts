/** The conversation types every tenant has; a tenant adds its own next to these. */
export const BUILT_IN_CONVERSATION_TYPES = [
  { code: 'intake', labelNl: 'Intakegesprek', labelEn: 'Intake' },
  { code: 'functioneringsgesprek', labelNl: 'Functioneringsgesprek',
    labelEn: 'Performance review' },
  { code: 'evaluatiegesprek', labelNl: 'Evaluatiegesprek', labelEn: 'Evaluation' },
  { code: 'pop-gesprek', labelNl: 'POP-gesprek', labelEn: 'Development plan (POP) talk' },
  { code: 'ad-hoc', labelNl: 'Ad-hocgesprek', labelEn: 'Ad hoc talk' },
] as const;

export type BuiltInConversationTypeCode = (typeof BUILT_IN_CONVERSATION_TYPES)[number]['code'];

/** The categories of a confidential note: a kind of content, never a diagnosis. */
export const CONFIDENTIAL_NOTE_CATEGORIES = ['health', 'attest', 'absence-cause', 'other'] as const;
export type ConfidentialNoteCategory = (typeof CONFIDENTIAL_NOTE_CATEGORIES)[number];

/** What an attachment may be: decided from its first bytes, never from its name. */
export const ATTACHMENT_CONTENT_TYPES = [
  'application/pdf', 'image/png', 'image/jpeg', 'image/webp',
] as const;
export const ATTACHMENT_MAX_BYTES = 10 * 1024 * 1024;

/**
 * A conversation type. `code` is what a conversation names: the built-in code, or for the
 * tenant's own types their `id`. A retired own type (`active: false`) still labels the
 * conversations that used it but is offered for no new one.
 */
export interface ConversationTypeView {
  id: string | null;
  code: string;
  labelNl: string;
  labelEn: string;
  builtIn: boolean;
  active: boolean;
}

export interface ConversationTypeRef {
  code: string;
  labelNl: string;
  labelEn: string;
}

/** A staff account (`accountId` set) or someone outside DOTS, e.g. a VDAB counsellor. */
export interface ParticipantView {
  accountId: string | null;
  name: string;
  role: string | null;
}

export interface StaffRef {
  id: string;
  displayName: string;
}

export interface AgreementView {
  id: string;
  conversationId: string;
  text: string;
  /** null only when the owner's account was removed since. */
  owner: StaffRef | null;
  dueDate: string;
  done: boolean;
  /** When it was marked done, ISO 8601 instant. */
  doneAt: string | null;
  version: number;
}

export interface AttachmentView {
  id: string;
  conversationId: string;
  fileName: string;
  contentType: string;
  size: number;
  /** ISO 8601 instant. */
  uploadedAt: string;
}

export interface ConversationView {
  id: string;
  personId: string;
  /** Calendar date `YYYY-MM-DD`: the same day in every time zone. */
  date: string;
  time: string | null;
  type: ConversationTypeRef;
  title: string | null;
  participants: ParticipantView[];
  notes: string | null;
  agreements: AgreementView[];
  attachments: AttachmentView[];
  version: number;
}

export interface ConfidentialNoteView {
  id: string;
  personId: string;
  date: string;
  category: ConfidentialNoteCategory;
  text: string;
  /** null only when the author's account was removed since. */
  author: StaffRef | null;
  version: number;
}
