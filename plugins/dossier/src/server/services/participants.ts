import type { RequestContext, StaffDirectory } from '@dots/core';
import type { StoredParticipant } from '../entities/conversation.js';
import type { ParticipantInput } from '../routes/conversation-schemas.js';

/**
 * The participants as stored: a staff account is checked against the tenant's staff and kept
 * with the name it has now, so the conversation still reads right after a rename or removal.
 */
export async function resolveParticipants(
  ctx: RequestContext,
  staff: StaffDirectory,
  input: ParticipantInput[],
  field = 'participants',
): Promise<StoredParticipant[]> {
  const stored: StoredParticipant[] = [];
  for (const [index, participant] of input.entries()) {
    if ('accountId' in participant) {
      const name = `${field}.${index}.accountId`;
      const account = await staff.require(ctx, participant.accountId, name);
      stored.push({ accountId: account.id, name: account.displayName, role: null });
    } else {
      stored.push({ accountId: null, name: participant.name, role: participant.role ?? null });
    }
  }
  return stored;
}
