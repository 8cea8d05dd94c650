import type { Account } from '@dots/core';
import type {
  AgreementView, AttachmentView, ConfidentialNoteView, ConversationView, StaffRef,
} from '../../common/conversation-views.js';
import type { DossierAgreement } from '../entities/agreement.js';
import type { DossierAttachment } from '../entities/attachment.js';
import type { DossierConfidentialNote } from '../entities/confidential-note.js';
import type { DossierConversation } from '../entities/conversation.js';
import { typeRefOf } from './conversation-type-service.js';

/** A conversation with its agreements and attachments; its own type must be loaded. */
export function conversationView(
  row: DossierConversation,
  agreements: DossierAgreement[],
  attachments: DossierAttachment[],
): ConversationView {
  return {
    id: row.id,
    personId: row.person.id,
    date: row.date,
    time: row.time ?? null,
    type: typeRefOf(row),
    title: row.title ?? null,
    participants: row.participants.map((p) => ({ ...p })),
    notes: row.notes ?? null,
    agreements: agreements.map(agreementView),
    attachments: attachments.map(attachmentView),
    version: row.version,
  };
}

/** An agreement; its owner, when it has one, must be loaded. */
export function agreementView(row: DossierAgreement): AgreementView {
  return {
    id: row.id,
    conversationId: row.conversation.id,
    text: row.text,
    owner: staffRef(row.owner),
    dueDate: row.dueDate,
    done: row.done,
    doneAt: row.doneAt ? toSeconds(row.doneAt) : null,
    version: row.version,
  };
}

export function attachmentView(row: DossierAttachment): AttachmentView {
  return {
    id: row.id,
    conversationId: row.conversation.id,
    fileName: row.fileName,
    contentType: row.contentType,
    size: row.size,
    uploadedAt: toSeconds(row.createdAt),
  };
}

export function confidentialNoteView(row: DossierConfidentialNote): ConfidentialNoteView {
  return {
    id: row.id,
    personId: row.person.id,
    date: row.date,
    category: row.category,
    text: row.text,
    author: staffRef(row.author),
    version: row.version,
  };
}

function staffRef(account: Account | null | undefined): StaffRef | null {
  return account ? { id: account.id, displayName: account.displayName } : null;
}

/** MySQL and MariaDB keep datetimes to the second: answer what a later read will show. */
function toSeconds(date: Date): string {
  return new Date(Math.floor(date.getTime() / 1000) * 1000).toISOString();
}
