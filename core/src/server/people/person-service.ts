import { inject, injectable } from 'inversify';
import { Account } from '../entities/account.js';
import { Person } from '../entities/person.js';
import type { FieldDefinition } from '../entities/field-definition.js';
import type { RequestContext } from '../http/request-context.js';
import { ConflictError, DotsError } from '../http/errors.js';
import { SecretBox } from '../crypto/secret-box.js';
import { activeFieldDefinitions } from '../fields/field-values.js';
import { givenNameSortKeyOf, searchTextOf, sortKeyOf } from './name-keys.js';
import {
  checkNationalNumber, formatNationalNumber, type NationalNumber,
} from './national-register-number.js';
import { checkPersonInput, type PersonChanges, type PersonScalar } from './person-input.js';
import type { PersonCreateInput, PersonListQuery, PersonPatchInput } from './person-schemas.js';
import { findPeople } from './person-query.js';
import { hiddenFieldsOf } from './person-view.js';
import { PersonEvents } from './person-events.js';

/**
 * The people of a tenant: the one place that creates, changes and deletes a person, so names,
 * keys, encryption, custom fields, versions, audit and events are always handled alike. Every
 * method works through `ctx.em`, which the tenant filter scopes, and flushes before it tells the
 * event listeners, which hear only of stored changes.
 */
@injectable()
export class PersonService {
  @inject(SecretBox) private readonly secrets!: SecretBox;
  @inject(PersonEvents) private readonly events!: PersonEvents;

  list(ctx: RequestContext, query: PersonListQuery): Promise<{ items: Person[]; total: number }> {
    return findPeople(ctx, query);
  }

  async create(ctx: RequestContext, input: PersonCreateInput): Promise<Person> {
    const changes = await checkPersonInput(ctx, {
      input, definitions: await activeFieldDefinitions(ctx.em), hidden: hiddenFieldsOf(ctx.tenant),
      storedNumber: async () => undefined,
    });

    const fingerprint = await this.assertNumberFree(ctx, undefined, changes);

    // Empty names first, so that `apply` sets them like any change and computes their keys.
    const person = ctx.em.create(Person, {
      givenNames: '', familyName: '',
      sortKey: '', sortKeyMain: '', sortKeyGiven: '', searchText: '',
    });
    const changed = this.apply(person, changes, fingerprint);
    ctx.em.persist(person);

    ctx.audit({
      action: 'person.create', subjectType: 'person', subjectId: person.id, personId: person.id,
      details: { fields: changed },
    });
    await ctx.em.flush();
    await this.events.didCreate(ctx, person);
    return person;
  }

  /**
   * Changes what the input names. The input carries the version the client read: without it
   * 428, with an old one 409 and the current version, so no one overwrites a change they never
   * saw (case C17). A change raises the version by one; MikroORM checks it again in the UPDATE.
   */
  async update(ctx: RequestContext, person: Person, input: PersonPatchInput): Promise<Person> {
    if (input.version === undefined) {
      throw new DotsError(428, 'version_required',
        'Send the version of the person you read with your change, so that no change is lost.');
    }
    if (input.version !== person.version) {
      throw ConflictError.staleVersion('person', person.version);
    }

    const changes = await checkPersonInput(ctx, {
      person, input, definitions: await activeFieldDefinitions(ctx.em),
      hidden: hiddenFieldsOf(ctx.tenant), storedNumber: () => this.storedNumber(ctx, person),
    });
    if (changes.nationalRegisterNumber && (await this.isStoredNumber(ctx, person, changes))) {
      delete changes.nationalRegisterNumber;
    }
    const fingerprint = await this.assertNumberFree(ctx, person, changes);
    const changed = this.apply(person, changes, fingerprint);
    if (changed.length === 0) return person;

    ctx.audit({
      action: 'person.update', subjectType: 'person', subjectId: person.id, personId: person.id,
      details: { fields: changed },
    });
    await ctx.em.flush();
    await this.events.didUpdate(ctx, person, changed);
    return person;
  }

  /**
   * Deletes the person row; the audit entries about them stay. A person an account signs in for
   * is refused with 409 until that account is removed, so no employee account is left without
   * its dossier. Rows of plugins that point at the person and do not cascade refuse it too
   * (409 `in_use`); leaving people out of lists is what status `left` is for.
   */
  async delete(ctx: RequestContext, person: Person): Promise<void> {
    if (await ctx.em.findOne(Account, { person: person.id })) {
      throw new ConflictError(
        'This person has a sign-in account. Remove the account first, then the person.',
        'person_has_account',
      );
    }
    const personId = person.id;
    ctx.em.remove(person);
    ctx.audit({ action: 'person.delete', subjectType: 'person', subjectId: personId, personId });
    await ctx.em.flush();
    await this.events.didDelete(ctx, personId);
  }

  /** The whole number, written the usual way, for an answer that may show it. */
  async nationalNumberOf(ctx: RequestContext, person: Person): Promise<string | undefined> {
    const number = await this.storedNumber(ctx, person);
    return number && formatNationalNumber(number.digits);
  }

  /** The tenant's active custom field definitions, for building answers. */
  fieldDefinitions(ctx: RequestContext): Promise<FieldDefinition[]> {
    return activeFieldDefinitions(ctx.em);
  }

  private async storedNumber(
    ctx: RequestContext,
    person: Person,
  ): Promise<NationalNumber | undefined> {
    await ctx.em.populate(person, ['nationalRegisterNumberSealed']);
    const sealed = person.nationalRegisterNumberSealed;
    if (!sealed) return undefined;

    const check = checkNationalNumber(this.secrets.open(sealed, sealContext(person)));
    return check.valid ? check.number : undefined;
  }

  private async isStoredNumber(ctx: RequestContext, person: Person, changes: PersonChanges) {
    if (!person.nationalRegisterNumberHint) return false;
    const stored = await this.storedNumber(ctx, person);
    return stored?.digits === changes.nationalRegisterNumber?.digits;
  }

  /**
   * One national register number, one dossier per tenant. Found through the fingerprint, so the
   * answer tells only that the number is taken, not by whom; the unique index catches a race.
   */
  private async assertNumberFree(
    ctx: RequestContext,
    person: Person | undefined,
    changes: PersonChanges,
  ): Promise<string | undefined> {
    const number = changes.nationalRegisterNumber;
    if (!number) return undefined;

    const fingerprint = this.fingerprintOf(ctx, number);
    const other = await ctx.em.findOne(Person, {
      nationalRegisterNumberFingerprint: fingerprint,
      ...(person ? { id: { $ne: person.id } } : {}),
    });
    if (other) {
      throw new ConflictError(
        'Another person of this organisation already has this national register number.',
        'duplicate',
        { errors: [{ field: 'nationalRegisterNumber', message: 'is already in use' }] },
      );
    }
    return fingerprint;
  }

  private fingerprintOf(ctx: RequestContext, number: NationalNumber): string {
    const context = `person.nationalRegisterNumber:${ctx.tenantId()}`;
    return this.secrets.fingerprint(number.digits, context);
  }

  /** Sets what changed, field by field (never the request body as a whole); returns the names. */
  private apply(person: Person, changes: PersonChanges, fingerprint?: string): string[] {
    const changed: string[] = [];
    const scalars = person as unknown as Record<PersonScalar, string | undefined>;
    const values = Object.entries(changes.values) as Array<[PersonScalar, string | null]>;
    for (const [key, value] of values) {
      if ((scalars[key] ?? null) === value) continue;
      scalars[key] = value ?? (null as never);
      changed.push(key);
    }

    for (const [relation, item] of Object.entries(changes.relations)) {
      const key = relation as keyof PersonChanges['relations'];
      person[key] = (item ?? null) as never;
      changed.push(`${relation}Id`);
    }

    const number = changes.nationalRegisterNumber;
    if (number !== undefined && (number || person.nationalRegisterNumberHint)) {
      this.applyNumber(person, number, fingerprint);
      changed.push('nationalRegisterNumber');
    }
    if (changes.fields) changed.push(...this.applyFields(person, changes.fields));
    if (changed.some((key) => ['givenNames', 'familyName', 'preferredName'].includes(key))) {
      this.applyNameKeys(person);
    }
    return changed;
  }

  private applyNumber(person: Person, number: NationalNumber | null, fingerprint?: string): void {
    person.nationalRegisterNumberSealed = number
      ? this.secrets.seal(number.digits, sealContext(person))
      : (null as never);
    person.nationalRegisterNumberHint = number ? number.digits.slice(9) : (null as never);
    person.nationalRegisterNumberFingerprint = number ? fingerprint : (null as never);
  }

  /** Names of the custom fields whose value changed, as `fields.<key>`. */
  private applyFields(person: Person, fields: Record<string, unknown>): string[] {
    const keys = new Set([...Object.keys(person.fields), ...Object.keys(fields)]);
    const changed = [...keys].filter(
      (key) => JSON.stringify(person.fields[key]) !== JSON.stringify(fields[key]),
    );
    if (changed.length > 0) person.fields = fields;
    return changed.map((key) => `fields.${key}`);
  }

  private applyNameKeys(person: Person): void {
    person.sortKey = sortKeyOf(person.familyName, person.givenNames, 'particle');
    person.sortKeyMain = sortKeyOf(person.familyName, person.givenNames, 'main-part');
    person.sortKeyGiven = givenNameSortKeyOf(person.familyName, person.givenNames);
    person.searchText = searchTextOf([person.givenNames, person.familyName, person.preferredName]);
  }
}

/** Binds a sealed number to its row: copied into another person's row, it does not open. */
function sealContext(person: Person): string {
  return `person.nationalRegisterNumber:${person.id}`;
}
