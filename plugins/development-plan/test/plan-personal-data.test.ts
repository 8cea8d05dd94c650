import { expect } from 'chai';
import { Person, type PersonalDataRecord } from '@dots/core';
import { testDatabaseKind, type TestClient } from '@dots/core/testing';
import { DEVELOPMENT_PLAN_PATHS as PATHS } from '../src/common/development-plan-permissions.js';
import type { PlanView } from '../src/common/development-plan-view.js';
import {
  createAction, createGoal, createPlan, created, startPlanWorld, type PlanWorld,
} from './development-plan-fixtures.js';
import { personalDataOf, staffContext } from './contribution-context.js';

describe(`Development plan personal data (${testDatabaseKind()})`, () => {
  let world: PlanWorld;
  let staff: TestClient;
  let personId: string;
  let planId: string;

  const dataOf = async (id: string, locale: 'nl' | 'en' = 'nl') => {
    const ctx = staffContext(world.test, world.north, locale);
    const person = await ctx.em.findOneOrFail(Person, { id });
    return personalDataOf(world.test).personalData(ctx, person);
  };
  const titled = (records: PersonalDataRecord[], title: string) =>
    records.filter((record) => record.titleNl?.startsWith(title));
  const value = (record: PersonalDataRecord | undefined, label: string) =>
    record?.entries.find((entry) => entry.labelNl === label)?.value;

  before(async () => {
    world = await startPlanWorld();
    staff = await world.north.client('staff');
    personId = world.north.employeePerson.id;

    planId = (await createPlan(staff, personId)).id;
    const goal = await createGoal(staff, planId, { title: 'Op tijd beginnen' });
    await createAction(staff, goal.id, {
      ownerId: world.north.accounts.coach.id, status: 'in-progress',
    });
    await created(staff, PATHS.reviews(planId), { date: '2026-06-15', note: 'Halfjaar' });
    await created(staff, PATHS.conversations(planId), {
      date: '2026-03-20', progress: [{ goalId: goal.id, note: 'Elke dag op tijd deze maand' }],
    });
    const version = await created(staff, PATHS.versions(planId), { date: '2026-01-10' });
    await staff.patch(PATHS.version(version.id), {
      handedOverAt: '2026-01-20', handedOverTo: 'VDAB',
    });
  });
  after(async () => {
    await world?.test.close();
  });

  it('should hand over every part of the plan in plain words, as one section', async () => {
    const sections = await dataOf(personId);
    expect(sections).to.have.length(1);
    const [section] = sections;
    expect(section).to.include({
      section: 'development-plan.plan', labelNl: 'Je ontwikkelingsplan (POP)',
    });

    const { records } = section!;
    expect(value(titled(records, 'Je plan')[0], 'Van')).to.equal('2026-01-01');
    expect(value(titled(records, 'Wat je wil leren')[0], 'Wat je wil leren'))
      .to.equal('Op tijd beginnen');
    const action = titled(records, 'Wat we samen doen')[0];
    expect(value(action, 'Wie helpt')).to.equal(`coach ${world.north.slug}`);
    expect(value(action, 'Hoe ver het staat')).to.equal('We zijn ermee bezig');
    expect(value(titled(records, 'Wanneer we je plan bekijken')[0], 'Uitleg')).to.equal('Halfjaar');
    expect(value(titled(records, 'Wat we bespraken')[0], 'Hoe het gaat: Op tijd beginnen'))
      .to.equal('Elke dag op tijd deze maand');
    const version = titled(records, 'Versie 1')[0];
    expect(value(version, 'Doorgegeven aan')).to.equal('VDAB');
    expect(value(version, 'Doorgegeven op')).to.equal('2026-01-20');

    // The goal has no description: the employee reads no empty "Meer uitleg".
    const goalLabels = titled(records, 'Wat je wil leren')[0]!.entries.map((e) => e.labelNl);
    expect(goalLabels).to.not.include('Meer uitleg');

    for (const record of records) {
      expect(record.titleEn, record.titleNl).to.be.a('string').and.not.equal('');
      for (const entry of record.entries) expect(entry.labelEn).to.not.equal('');
    }
  });

  it('should give the machine-readable plans with the same content as the API', async () => {
    const [section] = await dataOf(personId);
    const plans = section!.data as PlanView[];
    const read = await staff.get(PATHS.plan(planId));
    expect(plans).to.deep.equal([read.body]);
  });

  it('should word a status in the language of the one who asks', async () => {
    const [section] = await dataOf(personId, 'en');
    const action = titled(section!.records, 'Wat we samen doen')[0];
    expect(value(action, 'Hoe ver het staat')).to.equal('We are working on it');
  });

  it('should hand over nothing for a person without a plan', async () => {
    const other = await staff.post('/api/people', { givenNames: 'Jonas', familyName: 'Peeters' });
    expect(await dataOf(other.body.id)).to.deep.equal([]);
  });
});
