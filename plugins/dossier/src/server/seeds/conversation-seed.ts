import { inject, injectable } from 'inversify';
import type { EntityManager } from '@mikro-orm/core';
import type { Account, Person, SeedContext, SeedContribution } from '@dots/core';
import { DOSSIER_PLUGIN_ID } from '../../common/dossier-permissions.js';
import { DossierAgreement } from '../entities/agreement.js';
import { DossierAttachment } from '../entities/attachment.js';
import { DossierConfidentialNote } from '../entities/confidential-note.js';
import { DossierConversation } from '../entities/conversation.js';
import { DossierConversationType } from '../entities/conversation-type.js';
import { AttachmentStorage } from '../services/attachment-storage.js';
import { demoPdf } from './demo-pdf.js';

/**
 * Conversations for the first demo people: an intake, an evaluation with a VDAB counsellor
 * and agreements owned by the demo staff and coach, a talk of the tenant's own type, a small
 * PDF report as attachment (written through the storage, as an upload is) and one
 * confidential note.
 */
@injectable()
export class ConversationSeed implements SeedContribution {
  readonly pluginId = DOSSIER_PLUGIN_ID;

  @inject(AttachmentStorage) private readonly storage!: AttachmentStorage;

  async seed(context: SeedContext): Promise<void> {
    const { em, accounts } = context;
    const ownType = em.create(DossierConversationType, {
      labelNl: 'Werkpostbezoek', labelEn: 'Work-post visit',
    });
    em.persist(ownType);

    const people = context.people.slice(0, 3);
    const employeePerson = accounts.employee.person as Person | undefined;
    if (employeePerson && !people.some((p) => p.id === employeePerson.id)) {
      people.push(employeePerson);
    }
    for (const [index, person] of people.entries()) {
      const month = String(1 + (index % 3)).padStart(2, '0');
      this.intake(em, person, accounts.staff, `2026-${month}-12`);
      const evaluation = this.evaluation(em, person, accounts, `2026-03-${30 - index}`);
      this.visit(em, person, accounts.coach, ownType, `2026-04-0${1 + index}`);
      if (index === 0) await this.attachment(em, context, evaluation);
      this.confidentialNote(em, person, accounts.staff, `2026-02-${10 + index}`);
    }
  }

  private intake(em: EntityManager, person: Person, staff: Account, date: string): void {
    em.persist(em.create(DossierConversation, {
      person, date, time: '09:30', typeCode: 'intake', title: 'Kennismaking en start',
      participants: [{ accountId: staff.id, name: staff.displayName, role: null }],
      notes: 'Kennismaking, afspraken over uurrooster en vervoer.',
    }));
  }

  private evaluation(
    em: EntityManager,
    person: Person,
    accounts: SeedContext['accounts'],
    date: string,
  ): DossierConversation {
    const conversation = em.create(DossierConversation, {
      person, date, time: '14:00', typeCode: 'evaluatiegesprek', title: null,
      participants: [
        { accountId: accounts.staff.id, name: accounts.staff.displayName, role: null },
        { accountId: null, name: 'Katrien Maes', role: 'VDAB-consulent' },
      ],
      notes: 'Goede vooruitgang op stiptheid; samenwerken in de ploeg blijft een werkpunt.',
    });
    em.persist(conversation);
    em.persist(em.create(DossierAgreement, {
      conversation, person, text: 'Opleiding heftruck aanvragen', owner: accounts.staff,
      dueDate: '2026-04-15',
    }));
    em.persist(em.create(DossierAgreement, {
      conversation, person, text: 'Wekelijks kort overleg op de werkvloer',
      owner: accounts.coach, dueDate: '2026-04-03', done: true,
      doneAt: new Date('2026-04-03T10:00:00Z'),
    }));
    return conversation;
  }

  private visit(
    em: EntityManager,
    person: Person,
    coach: Account,
    ownType: DossierConversationType,
    date: string,
  ): void {
    em.persist(em.create(DossierConversation, {
      person, date, typeCode: ownType.id, ownType, title: 'Bezoek op de werkpost',
      participants: [{ accountId: coach.id, name: coach.displayName, role: null }],
    }));
  }

  private async attachment(
    em: EntityManager,
    context: SeedContext,
    conversation: DossierConversation,
  ): Promise<void> {
    const bytes = demoPdf('Verslag evaluatiegesprek');
    const row = em.create(DossierAttachment, {
      conversation, person: conversation.person, fileName: 'verslag-evaluatie.pdf',
      contentType: 'application/pdf', size: bytes.length, uploadedBy: context.accounts.staff,
    });
    await this.storage.write(context.tenant.id, row.id, bytes);
    em.persist(row);
  }

  private confidentialNote(em: EntityManager, person: Person, staff: Account, date: string) {
    em.persist(em.create(DossierConfidentialNote, {
      person, date, category: 'attest', author: staff,
      text: 'Medisch attest ontvangen voor twee weken; geen details over de aandoening.',
    }));
  }
}
