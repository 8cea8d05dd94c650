import { injectable } from 'inversify';
import type {
  Person, PersonalDataContribution, PersonalDataRecord, PersonalDataSection, RequestContext,
} from '@dots/core';
import { DOSSIER_PLUGIN_ID, DOSSIER_SECTION_IDS } from '../../common/dossier-permissions.js';
import { DossierAgreement } from '../entities/agreement.js';
import { DossierAttachment } from '../entities/attachment.js';
import { DossierConfidentialNote } from '../entities/confidential-note.js';
import { DossierContactData } from '../entities/contact-data.js';
import { DossierConversation } from '../entities/conversation.js';
import { DossierEmergencyContact } from '../entities/emergency-contact.js';
import { DossierWorkSchedule } from '../entities/work-schedule.js';
import { DossierWorkplace } from '../entities/workplace.js';
import { confidentialNoteView, conversationView } from './conversation-view-mappers.js';
import { contactDataView, scheduleView, workplaceView } from './dossier-view-mappers.js';
import { conversationRecord, scheduleRecord } from './personal-data-records.js';
import { entry } from './personal-data-entries.js';

const IDS = DOSSIER_SECTION_IDS;

/**
 * Everything the dossier holds about a person, one section per dossier section, for the
 * employee's portal and the GDPR export. The core drops the sections the reader may not see
 * (a hidden one, and the confidential one for the employee), so every section is handed over.
 */
@injectable()
export class DossierPersonalData implements PersonalDataContribution {
  readonly pluginId = DOSSIER_PLUGIN_ID;

  async personalData(ctx: RequestContext, person: Person): Promise<PersonalDataSection[]> {
    return [
      await this.contactData(ctx, person),
      await this.emergencyContacts(ctx, person),
      await this.schedules(ctx, person),
      await this.workplaces(ctx, person),
      await this.conversations(ctx, person),
      await this.confidentialNotes(ctx, person),
    ];
  }

  private async contactData(ctx: RequestContext, person: Person): Promise<PersonalDataSection> {
    const row = await ctx.em.findOne(DossierContactData, { person: person.id });
    const data = row ? contactDataView(row) : null;
    return {
      section: IDS.contactData, icon: 'home',
      labelNl: 'Je adres en hoe we je bereiken', labelEn: 'Your address and how we reach you',
      records: data ? [{ entries: [
        entry('Straat', 'Street', data.street),
        entry('Huisnummer', 'House number', data.houseNumber),
        entry('Bus', 'Box', data.box),
        entry('Postcode', 'Postal code', data.postalCode),
        entry('Gemeente', 'City', data.city),
        entry('Land', 'Country', data.country),
        entry('Gsm', 'Mobile phone', data.mobilePhone),
        entry('Telefoon', 'Phone', data.phone),
        entry('E-mail', 'E-mail', data.email),
        entry('Taal die je het liefst spreekt', 'Preferred language', data.preferredLanguage),
      ] }] : [],
      data,
    };
  }

  private async emergencyContacts(
    ctx: RequestContext,
    person: Person,
  ): Promise<PersonalDataSection> {
    const rows = await ctx.em.find(DossierEmergencyContact, { person: person.id }, {
      orderBy: [{ priority: 'asc' }, { id: 'asc' }],
    });
    const data = rows.map((row) => ({
      name: row.name, relation: row.relation, phone: row.phone, priority: row.priority,
      note: row.note ?? null,
    }));
    return {
      section: IDS.emergencyContacts, icon: 'phone',
      labelNl: 'Wie we bellen als er iets gebeurt', labelEn: 'Who we call if something happens',
      records: data.map((c): PersonalDataRecord => ({
        titleNl: c.name, titleEn: c.name,
        entries: [
          entry('Wie is dit voor jou', 'Relation to you', c.relation),
          entry('Telefoon', 'Phone', c.phone),
          entry('Wie we eerst bellen (1 = eerst)', 'Who we call first (1 = first)', c.priority,
            'number'),
          entry('Opmerking', 'Note', c.note),
        ],
      })),
      data,
    };
  }

  private async schedules(ctx: RequestContext, person: Person): Promise<PersonalDataSection> {
    const rows = await ctx.em.find(DossierWorkSchedule, { person: person.id }, {
      orderBy: [{ validFrom: 'desc' }, { id: 'desc' }],
    });
    const fullTime = ctx.tenant?.settings.fullTimeHours ?? 38;
    const data = rows.map((row) => scheduleView(row, fullTime));
    return {
      section: IDS.schedules, icon: 'clock',
      labelNl: 'Wanneer je werkt', labelEn: 'When you work',
      records: data.map(scheduleRecord), data,
    };
  }

  private async workplaces(ctx: RequestContext, person: Person): Promise<PersonalDataSection> {
    const rows = await ctx.em.find(DossierWorkplace, { person: person.id }, {
      populate: ['team'], orderBy: [{ validFrom: 'desc' }, { id: 'desc' }],
    });
    const data = rows.map(workplaceView);
    return {
      section: IDS.workplaces, icon: 'building',
      labelNl: 'Waar je werkt', labelEn: 'Where you work',
      records: data.map((w): PersonalDataRecord => ({
        titleNl: w.site, titleEn: w.site,
        entries: [
          entry('Plaats', 'Site', w.site),
          entry('Ploeg', 'Team', w.teamName),
          entry('Wie je begeleidt op de werkpost', 'Your work-post supervisor', w.supervisor),
          entry('Vanaf', 'From', w.validFrom, 'date'),
          entry('Tot', 'Until', w.validTo, 'date'),
        ],
      })),
      data,
    };
  }

  private async conversations(
    ctx: RequestContext,
    person: Person,
  ): Promise<PersonalDataSection> {
    const rows = await ctx.em.find(DossierConversation, { person: person.id }, {
      populate: ['ownType'], orderBy: [{ date: 'desc' }, { time: 'desc' }, { id: 'desc' }],
    });
    const agreements = await ctx.em.find(DossierAgreement, { person: person.id }, {
      populate: ['owner'], orderBy: [{ dueDate: 'asc' }, { id: 'asc' }],
    });
    const attachments = await ctx.em.find(DossierAttachment, { person: person.id }, {
      orderBy: { id: 'asc' },
    });
    const data = rows.map((row) => conversationView(
      row,
      agreements.filter((a) => a.conversation.id === row.id),
      attachments.filter((a) => a.conversation.id === row.id),
    ));
    return {
      section: IDS.conversations, icon: 'chat',
      labelNl: 'Je gesprekken en wat we afspraken', labelEn: 'Your talks and what we agreed',
      records: data.map(conversationRecord), data,
    };
  }

  private async confidentialNotes(
    ctx: RequestContext,
    person: Person,
  ): Promise<PersonalDataSection> {
    const rows = await ctx.em.find(DossierConfidentialNote, { person: person.id }, {
      populate: ['author'], orderBy: [{ date: 'desc' }, { id: 'desc' }],
    });
    const data = rows.map(confidentialNoteView);
    return {
      section: IDS.confidential, icon: 'lock',
      labelNl: 'Vertrouwelijke notities over je gezondheid',
      labelEn: 'Confidential notes about your health',
      records: data.map((note): PersonalDataRecord => ({
        entries: [
          entry('Datum', 'Date', note.date, 'date'),
          entry('Soort', 'Kind', note.category),
          entry('Notitie', 'Note', note.text),
          entry('Geschreven door', 'Written by', note.author?.displayName),
        ],
      })),
      data,
    };
  }
}
