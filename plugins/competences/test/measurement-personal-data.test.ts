import { expect } from 'chai';
import { testDatabaseKind, type TestClient } from '@dots/core/testing';
import {
  COMPETENCE_PATHS as PATHS, MEASUREMENTS_SECTION,
} from '../src/common/competence-permissions.js';
import {
  createFramework, createMeasurement, fullAnswers, startCompetenceWorld, type CompetenceWorld,
} from './competence-fixtures.js';

describe(`Competence measurements in the personal-data export (${testDatabaseKind()})`, () => {
  let world: CompetenceWorld;
  let coach: TestClient;
  let admin: TestClient;

  before(async () => {
    world = await startCompetenceWorld();
    coach = await world.north.client('coach');
    admin = await world.north.client('admin');
  });
  after(async () => {
    await world?.test.close();
  });

  it('should list final measurements with scores and counts, and leave drafts out', async () => {
    const framework = await createFramework(await world.north.client('staff'));
    const person = world.north.employeePerson.id;
    const final = await createMeasurement(coach, person, framework.id, fullAnswers([3, 2, 3, 3]));
    await coach.post(PATHS.finalise(final.id), {});
    const draft = await createMeasurement(coach, person, framework.id, fullAnswers());

    const answer = await admin.get(`/api/people/${person}/export?format=json`);
    expect(answer.status, answer.text).to.equal(200);
    const section = answer.body.sections.find((s: any) => s.section === MEASUREMENTS_SECTION);

    expect(section.data.map((m: any) => m.id)).to.deep.equal([final.id]);
    expect(section.data.map((m: any) => m.id)).to.not.include(draft.id);
    expect(section.data[0].competences[0]).to.deep.equal({
      competenceKey: 'samenwerken', mean: 2.5, scored: 2, indicators: 3,
    });

    const readable = await admin.get(`/api/people/${person}/export?format=html`);
    expect(readable.text).to.contain('Samenwerken').and.to.contain('2,50 (2 van 3 gescoord)');
    expect(readable.text).to.not.contain('NaN');
  });
});
