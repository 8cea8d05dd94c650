import { inject, injectable } from 'inversify';
import type {
  PersonalDataContribution, PersonalDataEntry, PersonalDataSection,
} from '../plugins/extension-points.js';
import type { RequestContext } from '../http/request-context.js';
import type { Person } from '../entities/person.js';
import type { FieldDefinition } from '../entities/field-definition.js';
import { PERMISSIONS } from '../../common/permissions.js';
import { CORE_PERSON_SECTION } from '../../common/portal.js';
import { PersonService } from '../people/person-service.js';
import { hiddenFieldsOf, personView } from '../people/person-view.js';

type Label = [nl: string, en: string];

const STANDARD_LABELS: Record<string, Label> = {
  givenNames: ['Voornamen', 'Given names'],
  familyName: ['Familienaam', 'Family name'],
  preferredName: ['Roepnaam', 'Preferred name'],
  birthDate: ['Geboortedatum', 'Date of birth'],
  gender: ['Gender', 'Gender'],
  nationalRegisterNumber: ['Rijksregisternummer (verborgen)', 'National register number (hidden)'],
  department: ['Dienst', 'Department'],
  team: ['Ploeg', 'Team'],
  employeeType: ['Statuut', 'Employee type'],
  startDate: ['Begonnen op', 'Started on'],
  endDate: ['Gestopt op', 'Ended on'],
  status: ['Hoe het nu staat', 'Status'],
};

const STATUS_LABELS: Record<string, Label> = {
  candidate: ['Kandidaat', 'Candidate'],
  active: ['Aan het werk', 'Working'],
  paused: ['Even gestopt', 'Paused'],
  left: ['Uit dienst', 'Left'],
};

/**
 * The core's part of the personal data: the person's standard fields the tenant uses and their
 * custom fields, for an employee only those marked visible to employees (the same employee view
 * as `GET /api/people/:id`). The national register number stays masked: domain.md §3 rule 6
 * keeps it out of exports.
 */
@injectable()
export class CorePersonalData implements PersonalDataContribution {
  readonly pluginId = 'core';

  @inject(PersonService) private readonly people!: PersonService;

  async personalData(ctx: RequestContext, person: Person): Promise<PersonalDataSection[]> {
    const definitions = await this.people.fieldDefinitions(ctx);
    const employeeView = !ctx.can(PERMISSIONS.peopleRead);
    const hidden = hiddenFieldsOf(ctx.tenant);
    const view = personView(person, { definitions, hidden, employeeView });
    const listNames = await this.listNames(ctx, person);

    const standard: PersonalDataEntry[] = [
      entry('givenNames', view.givenNames),
      entry('familyName', view.familyName),
      ...optional('preferredName', view.preferredName),
      ...optional('birthDate', view.birthDate, 'date'),
      ...optional('gender', view.gender),
      ...optional('nationalRegisterNumber', view.nationalRegisterNumber),
      ...Object.entries(listNames).map(([key, name]) => entry(key, name)),
      ...optional('startDate', view.startDate, 'date'),
      ...optional('endDate', view.endDate, 'date'),
      statusEntry(view.status, ctx.locale),
    ];
    const custom = definitions.filter((d) => d.key in view.fields)
      .map((d) => customEntry(d, view.fields[d.key], ctx.locale));

    return [{
      section: CORE_PERSON_SECTION,
      labelNl: 'Over mij', labelEn: 'About me', icon: 'person',
      records: [
        { titleNl: 'Mijn gegevens', titleEn: 'My details', entries: standard },
        ...(custom.length
          ? [{ titleNl: 'Andere gegevens', titleEn: 'Other details', entries: custom }]
          : []),
      ],
      data: { ...view, ...listNames },
    }];
  }

  /** The names of the person's department, team and employee type the tenant uses. */
  private async listNames(ctx: RequestContext, person: Person) {
    await ctx.em.populate(person, ['department', 'team', 'employeeType']);
    const hidden = hiddenFieldsOf(ctx.tenant);
    const names: Record<string, string | null> = {
      department: person.department?.name ?? null,
      team: person.team?.name ?? null,
      employeeType: person.employeeType?.name ?? null,
    };
    // A list the tenant does not use is left out, as its id is left out of the view.
    return Object.fromEntries(Object.entries(names).filter(([key]) => !hidden.has(`${key}Id`)));
  }
}

function entry(
  key: string,
  value: string | number | boolean | null | undefined,
  kind: PersonalDataEntry['kind'] = 'text',
): PersonalDataEntry {
  const [labelNl, labelEn] = STANDARD_LABELS[key]!;
  return { labelNl, labelEn, value: value ?? null, kind };
}

/** A standard field the tenant hides is not in the view at all, so it is not listed either. */
function optional(key: string, value: string | null | undefined, kind?: PersonalDataEntry['kind']) {
  return value === undefined ? [] : [entry(key, value, kind)];
}

/** Values are not bilingual: a status or a choice is written in the account's language. */
function statusEntry(status: string, locale: 'nl' | 'en'): PersonalDataEntry {
  const [labelNl, labelEn] = STANDARD_LABELS.status!;
  const [nl, en] = STATUS_LABELS[status] ?? [status, status];
  return { labelNl, labelEn, value: locale === 'en' ? en : nl, kind: 'text' };
}

/** A custom field's value as text the person reads: choices by their label, yes/no as such. */
function customEntry(
  definition: FieldDefinition,
  value: unknown,
  locale: 'nl' | 'en',
): PersonalDataEntry {
  const base = { labelNl: definition.labelNl, labelEn: definition.labelEn };
  const label = (choice: unknown) => {
    const option = definition.options.find((o) => o.value === choice);
    if (!option) return String(choice);
    return locale === 'en' ? option.labelEn : option.labelNl;
  };

  switch (definition.type) {
    case 'date':
      return { ...base, value: String(value), kind: 'date' };
    case 'number':
      return { ...base, value: Number(value), kind: 'number' };
    case 'yes-no':
      return { ...base, value: Boolean(value), kind: 'boolean' };
    case 'choice':
      return { ...base, value: label(value), kind: 'text' };
    case 'multi-choice':
      return { ...base, value: (value as unknown[]).map(label).join(', '), kind: 'text' };
    default:
      return { ...base, value: String(value), kind: 'text' };
  }
}
