import { expect } from 'chai';
import { unzipSync, zipSync } from 'fflate';
import { testDatabaseKind, type TestClient } from '@dots/core/testing';
import { COMPETENCE_PATHS as PATHS } from '../src/common/competence-permissions.js';
import {
  createFramework, createMeasurement, created, fieldsOf, samenwerkenContent,
  startCompetenceWorld, type CompetenceWorld,
} from './competence-fixtures.js';
import {
  exportBytes, frameworkRows, importFile, indicatorRows, messagesOf, partsOf, workbook,
} from './framework-io-fixtures.js';

describe(`Framework import and export (${testDatabaseKind()})`, () => {
  let world: CompetenceWorld;
  let staff: TestClient;

  before(async () => {
    world = await startCompetenceWorld();
    staff = await world.north.client('staff');
  });
  after(async () => {
    await world?.test.close();
  });

  const readBack = async (id: string) => (await staff.get(PATHS.framework(id))).body;
  const documentOf = async (id: string) =>
    JSON.parse(Buffer.from((await exportBytes(staff, id, 'json')).bytes).toString('utf8'));

  for (const ready of ['work-floor', 'esco-transversal'] as const) {
    for (const format of ['json', 'xlsx'] as const) {
      it(`should give the same ${ready} framework back after a ${format} round trip`,
        async () => {
          const adopted = await created(staff, PATHS.adopt, { ready });
          const file = await exportBytes(staff, adopted.id, format);
          expect(file.status).to.equal(200);

          const imported = await importFile(staff, file.bytes, `kader.${format}`);
          expect(imported.status, imported.text).to.equal(201);
          expect(imported.body.id).to.not.equal(adopted.id);

          const before = await documentOf(adopted.id);
          const after = await documentOf(imported.body.id);
          expect(after).to.deep.equal(before);
          expect(after.source.ready).to.equal(ready);
          const original = await readBack(adopted.id);
          expect(after.content.groups.map((g: any) => g.competences.length))
            .to.deep.equal(original.content.groups.map((g: any) => g.competences.length));
          if (ready === 'esco-transversal') {
            expect((await readBack(imported.body.id)).source.attribution).to.include('ESCO');
          }
        });
    }
  }

  it('should write headers in the framework language and a safe file name', async () => {
    const name = 'Kader «Zuid» / Çağla "nieuw"';
    const framework = await created(staff, PATHS.frameworks,
      { name, content: samenwerkenContent() });
    const file = await exportBytes(staff, framework.id, 'xlsx');

    const disposition = file.headers.get('content-disposition') ?? '';
    expect(disposition).to.match(/^attachment; filename="[\x20-\x7e]+"; filename\*=UTF-8''/);
    expect(decodeURIComponent(disposition.split("UTF-8''")[1]!))
      .to.equal('Kader «Zuid» - Çağla -nieuw- v1.xlsx');
    expect(file.headers.get('content-type')).to.include('spreadsheetml');
    expect(Object.keys(partsOf(file.bytes))).to.include('xl/workbook.xml');
    expect(partsOf(file.bytes)['xl/workbook.xml']).to.include('name="Indicatoren"');
  });

  it('should export text that looks like a formula as text, and import it back', async () => {
    const content: any = samenwerkenContent('=HYPERLINK("http://example.invalid","klik")');
    content.groups[0].competences[0].indicators[1].text = '+SUM(1;1)';
    content.groups[0].competences[0].indicators[2].text = '@SUM(A1)';
    const framework = await created(staff, PATHS.frameworks, { name: '=1+1', content });

    const file = await exportBytes(staff, framework.id, 'xlsx');
    const sheets = Object.entries(partsOf(file.bytes))
      .filter(([part]) => part.startsWith('xl/worksheets/')).map(([, xml]) => xml).join('');
    expect(sheets).to.not.match(/<f[\s>]/);

    const imported = await importFile(staff, file.bytes, 'kader.xlsx');
    expect(imported.status, imported.text).to.equal(201);
    expect(imported.body.name).to.equal('=1+1');
    expect(imported.body.content.groups[0].competences[0].indicators.map((i: any) => i.text))
      .to.deep.equal(['=HYPERLINK("http://example.invalid","klik")', '+SUM(1;1)', '@SUM(A1)']);
  });

  it('should read a sheet typed by staff: merged cells, empty rows, BOMs, English', async () => {
    const rows = indicatorRows();
    rows[0]![0] = '\uFEFFGroep';
    rows[2]![0] = null;
    rows[1]![0] = { value: 'Houding', rowSpan: 4 };
    rows[3]![0] = null;
    rows[4]![0] = null;
    rows[3]![1] = 'Orde';
    rows[4]![1] = null;
    rows.splice(3, 0, [null, null, null], []);
    const file = await workbook(frameworkRows(), rows);

    const answer = await importFile(staff, file, 'eigen.xlsx');
    expect(answer.status, answer.text).to.equal(201);
    expect(answer.body).to.include({ name: 'Eigen kader', language: 'nl', currentVersion: 1 });
    const groups = answer.body.content.groups;
    expect(groups).to.have.length(1);
    expect(groups[0].competences.map((c: any) => [c.name, c.indicators.length]))
      .to.deep.equal([['Stiptheid', 2], ['Orde', 2]]);
    expect(groups[0].competences[1].indicators[1].levels[3])
      .to.equal('Legt gereedschap terug: zelfstandig');

    const english = indicatorRows();
    english[0] = ['Group', 'Competence', 'Indicator', 'Level 1', 'Level 2', 'Level 3', 'Level 4'];
    const kader = frameworkRows('English sheet').map((row) => row.map((cell) =>
      (cell === 'Naam' ? 'Name' : cell === 'Taal' ? 'Language' : cell)));
    const fromEnglish = await importFile(staff,
      await workbook(kader, english, ['Framework', 'Indicators']), 'en.xlsx');
    expect(fromEnglish.status, fromEnglish.text).to.equal(201);
    expect(fromEnglish.body.name).to.equal('English sheet');
  });

  it('should import a JSON file with a BOM', async () => {
    const framework = await createFramework(staff, 'Met BOM');
    const json = Buffer.from((await exportBytes(staff, framework.id, 'json')).bytes);
    const answer = await importFile(staff,
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), json]), 'kader.json');
    expect(answer.status, answer.text).to.equal(201);
    expect(answer.body.content).to.deep.equal((await readBack(framework.id)).content);
  });

  it('should put ESCO back as the source, and refuse fields the format does not know',
    async () => {
      const esco = await created(staff, PATHS.adopt, { ready: 'esco-transversal' });
      const document = await documentOf(esco.id);
      document.source = { ready: null, attribution: null, licence: null };
      const answer = await importFile(staff, Buffer.from(JSON.stringify(document)), 'e.json');
      expect(answer.status, answer.text).to.equal(201);
      expect(answer.body.source.attribution).to.equal(esco.source.attribution);
      expect(answer.body.source.licence).to.equal(esco.source.licence);

      const unknown = await importFile(staff,
        Buffer.from(JSON.stringify({ ...document, tenant: 'x' })), 'e.json');
      expect(unknown.status).to.equal(400);
      expect(messagesOf(unknown.body)).to.deep.equal(['tenant: is not a field you can set here']);
    });

  it('should name the cell or row of what the framework rules refuse', async () => {
    const rows = indicatorRows();
    rows[2]![6] = null;
    rows[3]![2] = null;
    const answer = await importFile(staff, await workbook(frameworkRows(''), rows), 'x.xlsx');

    expect(answer.status).to.equal(400);
    expect(fieldsOf(answer.body)).to.deep.equal(['file', 'file', 'file']);
    expect(messagesOf(answer.body)).to.have.members([
      'Kader, cel B1: must not be empty',
      'Indicatoren, rij 3: Too small: expected array to have >=4 items',
      'Indicatoren, cel C4: must not be empty',
    ]);
  });

  it('should refuse, naming the cell, formulas, dates in text and unknown columns', async () => {
    const rows = indicatorRows();
    rows[1]![3] = { type: 'Formula', value: '=B2' };
    rows[2]![4] = { value: new Date(Date.UTC(2025, 4, 12)), type: Date, format: 'dd/mm/yyyy' };
    const answer = await importFile(staff, await workbook(frameworkRows(), rows), 'x.xlsx');

    expect(answer.status).to.equal(400);
    expect(messagesOf(answer.body)).to.have.members([
      'Indicatoren, cel D2: holds a formula; type the text itself',
      'Indicatoren, cel E3: holds a date, not text; format the cell as text and type it again',
    ]);
    const columns = indicatorRows();
    columns[0]!.push('Opmerking');
    const unknown = await importFile(staff, await workbook(frameworkRows(), columns), 'x.xlsx');
    expect(messagesOf(unknown.body))
      .to.deep.equal(['Indicatoren, cel H1: "Opmerking" is not a column of this sheet']);
    const missing = await importFile(staff,
      await workbook(frameworkRows(), [['Groep', 'Indicator', 'Niveau 1']]), 'x.xlsx');
    expect(messagesOf(missing.body))
      .to.deep.equal(['Indicatoren, rij 1: has no column Competentie']);
  });

  it('should refuse files that are not a framework by what their bytes are', async () => {
    const csv = Buffer.from('\uFEFFGroep;Competentie;Indicator\nHouding;Stiptheid;Op tijd\n');
    const renamed = await importFile(staff, csv, 'kader.xlsx');
    expect(renamed.status).to.equal(415);
    expect(fieldsOf(renamed.body)).to.deep.equal(['file']);

    const zip = zipSync({ 'notes.txt': Buffer.from('geen werkboek') });
    expect((await importFile(staff, zip, 'kader.xlsx')).status).to.equal(415);

    const noSheets = await importFile(staff,
      await workbook([['a']], [['b']], ['Blad1', 'Blad2']), 'kader.xlsx');
    expect(noSheets.status).to.equal(400);
    expect(messagesOf(noSheets.body)[0]).to.equal('has no sheet Kader (or Framework)');

    const big = await importFile(staff, new Uint8Array(2 * 1024 * 1024 + 1), 'groot.json');
    expect(big.status).to.equal(413);
    expect(fieldsOf(big.body)).to.deep.equal(['file']);

    const bad = await importFile(staff, Buffer.from('{"format": '), 'kader.json');
    expect(bad.status).to.equal(400);
  });

  it('should refuse a workbook that unpacks to far more than it weighs', async () => {
    const parts = unzipSync(await workbook(frameworkRows(), indicatorRows()));
    parts['xl/worksheets/sheet3.xml'] = new Uint8Array(40 * 1024 * 1024);
    const bomb = zipSync(parts, { level: 9 });
    expect(bomb.length).to.be.below(2 * 1024 * 1024);

    const answer = await importFile(staff, bomb, 'bom.xlsx');
    expect(answer.status).to.equal(400);
    expect(messagesOf(answer.body)).to.deep.equal(['unpacks to more than 30 MB']);
  });

  it('should import as the next version of a measured framework, and export each', async () => {
    const framework = await createFramework(staff, 'Versies');
    const coach = await world.north.client('coach');
    await createMeasurement(coach, world.north.employeePerson.id, framework.id);
    const document = await documentOf(framework.id);
    document.content.groups[0].competences[0].indicators[0].text = 'Helpt ongevraagd';

    const answer = await importFile(staff, Buffer.from(JSON.stringify(document)), 'v2.json',
      framework.id.toUpperCase());
    expect(answer.status, answer.text).to.equal(201);
    expect(answer.body).to.include({ id: framework.id, currentVersion: 2 });

    const first = await exportBytes(staff, framework.id, 'json', 1);
    const version1 = JSON.parse(Buffer.from(first.bytes).toString('utf8'));
    expect(version1.version).to.equal(1);
    expect(version1.content.groups[0].competences[0].indicators[0].text)
      .to.equal('Helpt collega’s');
    const none = await staff.get(`${PATHS.exportFramework(framework.id)}?format=json&version=9`);
    expect(none.status).to.equal(400);
    expect(fieldsOf(none.body)).to.deep.equal(['version']);
  });

  it('should keep each tenant to its own frameworks and manage to import', async () => {
    const framework = await createFramework(staff, 'Alleen noord');
    const south = await world.south.client('staff');
    const coach = await world.north.client('coach');
    const json = (await exportBytes(staff, framework.id, 'json')).bytes;

    expect((await exportBytes(south, framework.id, 'json')).status).to.equal(404);
    const into = await importFile(south, json, 'k.json', framework.id);
    expect(into.status).to.equal(400);
    expect(fieldsOf(into.body)).to.deep.equal(['frameworkId']);
    expect((await readBack(framework.id)).currentVersion).to.equal(1);

    expect((await exportBytes(coach, framework.id, 'xlsx')).status).to.equal(200);
    expect((await importFile(coach, json, 'k.json')).status).to.equal(403);
  });
});
