import { expect } from 'chai';
import { testDatabaseKind, type TestClient } from '@dots/core/testing';
import { COMPETENCE_PATHS as PATHS } from '../src/common/competence-permissions.js';
import {
  createFramework, createMeasurement, created, fieldsOf, fullAnswers, samenwerkenContent,
  startCompetenceWorld, type CompetenceWorld,
} from './competence-fixtures.js';
import { exportBytes, importFile } from './framework-io-fixtures.js';

describe(`Competence frameworks (${testDatabaseKind()})`, () => {
  let world: CompetenceWorld;
  let staff: TestClient;
  let coach: TestClient;

  before(async () => {
    world = await startCompetenceWorld();
    staff = await world.north.client('staff');
    coach = await world.north.client('coach');
  });
  after(async () => {
    await world?.test.close();
  });

  it('should store a framework with its groups, competences and indicators', async () => {
    const framework = await createFramework(staff);
    const read = await coach.get(PATHS.framework(framework.id));

    expect(read.status).to.equal(200);
    expect(read.body).to.include({ name: 'Samenwerken', currentVersion: 1, measured: false });
    expect(read.body.content.scale).to.have.length(4);
    expect(read.body.content.groups[0].competences[0].indicators.map((i: any) => i.key))
      .to.deep.equal(['i1', 'i2', 'i3']);
  });

  it('should give new items a key and keep the keys it was given', async () => {
    const content = samenwerkenContent();
    delete (content.groups[0]!.competences[1]!.indicators[0] as { key?: string }).key;
    const framework = await created(staff, PATHS.frameworks, { name: 'Zonder sleutel', content });

    const keys = framework.content.groups[0].competences[1].indicators.map((i: any) => i.key);
    expect(keys[0]).to.match(/^[0-9a-f-]{36}$/);
    expect(keys[1]).to.equal('i5');
  });

  it('should edit an unmeasured version in place', async () => {
    const framework = await createFramework(staff, 'Ongemeten');
    const answer = await staff.patch(PATHS.framework(framework.id), {
      content: samenwerkenContent('Helpt collega’s uit zichzelf'),
    });

    expect(answer.status).to.equal(200);
    expect(answer.body.currentVersion).to.equal(1);
    const versions = await staff.get(PATHS.versions(framework.id));
    expect(versions.body.items).to.have.length(1);
    expect(answer.body.content.groups[0].competences[0].indicators[0].text)
      .to.equal('Helpt collega’s uit zichzelf');
  });

  it('should make a new version when a measured version is edited, and keep the old', async () => {
    const framework = await createFramework(staff, 'Gemeten');
    const person = world.north.employeePerson.id;
    const measurement = await createMeasurement(coach, person, framework.id, fullAnswers());

    const renamed = await staff.patch(PATHS.framework(framework.id), { name: 'Gemeten kader' });
    expect(renamed.body).to.include({ currentVersion: 1, measured: true });

    const edit = await staff.patch(PATHS.framework(framework.id), {
      content: samenwerkenContent('Helpt collega’s ongevraagd'),
    });
    expect(edit.body).to.include({ currentVersion: 2, measured: false });

    const versions = (await staff.get(PATHS.versions(framework.id))).body.items;
    expect(versions.map((v: any) => [v.number, v.measurements])).to.deep.equal([[1, 1], [2, 0]]);
    const old = await coach.get(PATHS.measurement(measurement.id));
    expect(old.body.versionNumber).to.equal(1);
    expect(old.body.content.groups[0].competences[0].indicators[0].text)
      .to.equal('Helpt collega’s');

    const next = await createMeasurement(coach, person, framework.id);
    expect(next.versionNumber).to.equal(2);
    expect(next.content.groups[0].competences[0].indicators[0].text)
      .to.equal('Helpt collega’s ongevraagd');
    const v1 = await coach.get(PATHS.version(versions[0].id));
    expect(v1.body.content.groups[0].competences[0].indicators[0].text)
      .to.equal('Helpt collega’s');
  });

  it('should keep the version when a measured framework is renamed with its own content',
    async () => {
      const framework = await createFramework(staff, 'Hernoemd');
      await createMeasurement(coach, world.north.employeePerson.id, framework.id, fullAnswers());
      const content = samenwerkenContent();
      content.groups[0]!.competences[0]!.indicators[0]!.text = '  Helpt collega’s  ';

      const renamed = await staff.patch(PATHS.framework(framework.id), {
        name: 'Hernoemd kader', content,
      });
      expect(renamed.status, renamed.text).to.equal(200);
      expect(renamed.body).to.include({
        name: 'Hernoemd kader', currentVersion: 1, measured: true,
      });

      const reworded = await staff.patch(PATHS.framework(framework.id), {
        content: samenwerkenContent('Helpt collega’s zonder te vragen'),
      });
      expect(reworded.body).to.include({ currentVersion: 2, measured: false });
      const versions = (await staff.get(PATHS.versions(framework.id))).body.items;
      expect(versions.map((v: any) => v.number)).to.deep.equal([1, 2]);
    });

  it('should keep the version when a measured framework is imported again unchanged',
    async () => {
      const framework = await createFramework(staff, 'Opnieuw ingelezen');
      await createMeasurement(coach, world.north.employeePerson.id, framework.id);
      const exported = await exportBytes(staff, framework.id, 'json');
      const document = JSON.parse(Buffer.from(exported.bytes).toString('utf8'));
      document.name = 'Opnieuw ingelezen kader';

      const same = await importFile(staff, Buffer.from(JSON.stringify(document)), 'kader.json',
        framework.id);
      expect(same.status, same.text).to.equal(201);
      expect(same.body).to.include({ name: 'Opnieuw ingelezen kader', currentVersion: 1 });

      document.content.groups[0].competences[0].indicators[0].text = 'Helpt ongevraagd';
      const next = await importFile(staff, Buffer.from(JSON.stringify(document)), 'kader.json',
        framework.id);
      expect(next.body).to.include({ currentVersion: 2 });
    });

  it('should refuse to delete a measured framework, and delete one without', async () => {
    const measured = await createFramework(staff, 'Niet weg');
    await createMeasurement(coach, world.north.employeePerson.id, measured.id);
    const refused = await staff.delete(PATHS.framework(measured.id));
    expect(refused.status).to.equal(409);
    expect(refused.body.code).to.equal('framework_measured');

    const unused = await createFramework(staff, 'Wel weg');
    expect((await staff.delete(PATHS.framework(unused.id))).status).to.equal(204);
    expect((await staff.get(PATHS.framework(unused.id))).status).to.equal(404);
    expect((await staff.get(PATHS.framework(measured.id))).status).to.equal(200);
  });

  it('should refuse content that breaks the rules, naming the field', async () => {
    const refused = async (content: object, fields: string[]) => {
      const answer = await staff.post(PATHS.frameworks, { name: 'Fout', content });
      expect(answer.status, JSON.stringify(answer.body)).to.equal(400);
      expect(fieldsOf(answer.body)).to.deep.equal(fields);
    };
    const withIndicators = (indicators: object[]) => {
      const content: any = samenwerkenContent();
      content.groups[0].competences[0].indicators = indicators;
      return content;
    };
    const levels = ['a', 'b', 'c', 'd'];

    await refused({ ...samenwerkenContent(), scale: ['a', 'b', 'c'] }, ['content.scale']);
    await refused({ ...samenwerkenContent(), scale: ['a', 'b', 'c', 'd', 'e'] },
      [0, 1, 2].map((n) => `content.groups.0.competences.0.indicators.${n}.levels`)
        .concat([0, 1].map((n) => `content.groups.0.competences.1.indicators.${n}.levels`)));
    await refused(withIndicators([{ key: 'x1', text: 'x', levels }]),
      ['content.groups.0.competences.0.indicators']);
    await refused(withIndicators(Array(6).fill(0).map((_, n) => ({ text: `x${n}`, levels }))),
      ['content.groups.0.competences.0.indicators']);
    await refused(withIndicators([{ key: 'i4', text: 'x', levels }, { text: 'y', levels }]),
      ['content.groups.0.competences.1.indicators.0.key']);
    await refused(withIndicators([{ text: 'x', levels: ['a'] }, { text: 'y', levels }]),
      ['content.groups.0.competences.0.indicators.0.levels']);
    await refused({ ...samenwerkenContent(), tenant: 'x' }, ['content.tenant']);
    await refused(withIndicators([{ text: 'x', levels, uri: 'javascript:alert(1)' },
      { text: 'y', levels }]), ['content.groups.0.competences.0.indicators.0.uri']);

    const names = (await staff.get(PATHS.frameworks)).body.items.map((f: any) => f.name);
    expect(names).to.not.include('Fout');
  });

  it('should let only holders of competences.manage change frameworks', async () => {
    const framework = await createFramework(staff, 'Rechten');
    expect((await coach.post(PATHS.frameworks, { name: 'x', content: samenwerkenContent() }))
      .status).to.equal(403);
    expect((await coach.patch(PATHS.framework(framework.id), { name: 'y' })).status)
      .to.equal(403);
    const employee = await world.north.client('employee');
    expect((await employee.get(PATHS.frameworks)).status).to.equal(403);
    expect((await coach.get(PATHS.frameworks)).status).to.equal(200);
  });

  it("should answer 404 to another tenant's framework and never list it", async () => {
    const framework = await createFramework(staff, 'Alleen noord');
    const south = await world.south.client('staff');

    expect((await south.get(PATHS.framework(framework.id))).status).to.equal(404);
    expect((await south.patch(PATHS.framework(framework.id), { name: 'Overgenomen' })).status)
      .to.equal(404);
    expect((await south.get(PATHS.versions(framework.id))).status).to.equal(404);
    expect((await south.get(PATHS.version(framework.currentVersionId))).status).to.equal(404);
    expect((await south.delete(PATHS.framework(framework.id))).status).to.equal(404);
    expect((await south.get(PATHS.frameworks)).body.items.map((f: any) => f.id))
      .to.not.include(framework.id);
    expect((await staff.get(PATHS.framework(framework.id))).body.name).to.equal('Alleen noord');
  });
});
