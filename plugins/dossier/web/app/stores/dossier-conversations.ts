import { defineStore } from 'pinia';
import { ref } from 'vue';
import {
  DOSSIER_PATHS, type AgreementView, type AttachmentView, type ConversationView,
} from '@dots/plugin-dossier/common';

export interface ConversationInput {
  date: string;
  time: string | null;
  type: string;
  title: string | null;
  participants: Array<{ accountId: string } | { name: string; role?: string | null }>;
  notes: string | null;
}

export interface AgreementInput {
  text: string;
  ownerAccountId: string;
  dueDate: string;
}

/**
 * The conversations of the person on the page, newest first as the server orders them, with
 * their agreements and attachments. Every change is the server's answer put in its place.
 */
export const useDossierConversationsStore = defineStore('dossier/conversations', () => {
  const api = useApi();
  const personId = ref<string>();
  const items = ref<ConversationView[]>([]);

  async function load(forPerson: string): Promise<void> {
    if (personId.value !== forPerson) items.value = [];
    personId.value = forPerson;
    items.value = await api<ConversationView[]>(DOSSIER_PATHS.conversations(forPerson));
  }

  function remember(conversation: ConversationView): void {
    const others = items.value.filter((c) => c.id !== conversation.id);
    const key = (c: ConversationView) => `${c.date} ${c.time ?? ''}`;
    items.value = [...others, conversation].sort((a, b) => key(b).localeCompare(key(a), 'en'));
  }

  async function add(forPerson: string, input: ConversationInput & {
    agreements: AgreementInput[];
  }): Promise<ConversationView> {
    const created = await api<ConversationView>(DOSSIER_PATHS.conversations(forPerson),
      { method: 'POST', body: input });
    remember(created);
    return created;
  }

  async function update(conversation: ConversationView, input: ConversationInput) {
    const changed = await api<ConversationView>(DOSSIER_PATHS.conversation(conversation.id),
      { method: 'PATCH', body: { ...input, version: conversation.version } });
    remember(changed);
    return changed;
  }

  async function remove(conversation: ConversationView): Promise<void> {
    await api(DOSSIER_PATHS.conversation(conversation.id), { method: 'DELETE' });
    items.value = items.value.filter((c) => c.id !== conversation.id);
  }

  /** Reads one conversation again, after a change to one of its agreements or attachments. */
  async function refresh(conversationId: string): Promise<void> {
    remember(await api<ConversationView>(DOSSIER_PATHS.conversation(conversationId)));
  }

  async function addAgreement(conversationId: string, input: AgreementInput) {
    const created = await api<AgreementView>(DOSSIER_PATHS.agreements(conversationId),
      { method: 'POST', body: input });
    await refresh(conversationId);
    return created;
  }

  async function changeAgreement(agreement: AgreementView, change: Partial<AgreementInput> & {
    done?: boolean;
  }) {
    const changed = await api<AgreementView>(DOSSIER_PATHS.agreement(agreement.id),
      { method: 'PATCH', body: { ...change, version: agreement.version } });
    await refresh(agreement.conversationId);
    return changed;
  }

  async function removeAgreement(agreement: AgreementView): Promise<void> {
    await api(DOSSIER_PATHS.agreement(agreement.id), { method: 'DELETE' });
    await refresh(agreement.conversationId);
  }

  /** Sends one file as the `file` part of a multipart body; the server checks its content. */
  async function upload(conversationId: string, file: File): Promise<AttachmentView> {
    const body = new FormData();
    body.append('file', file, file.name);
    const created = await api<AttachmentView>(DOSSIER_PATHS.attachments(conversationId),
      { method: 'POST', body });
    await refresh(conversationId);
    return created;
  }

  async function removeAttachment(attachment: AttachmentView): Promise<void> {
    await api(DOSSIER_PATHS.attachment(attachment.id), { method: 'DELETE' });
    await refresh(attachment.conversationId);
  }

  return {
    personId, items, load, add, update, remove, addAgreement, changeAgreement,
    removeAgreement, upload, removeAttachment,
  };
});
