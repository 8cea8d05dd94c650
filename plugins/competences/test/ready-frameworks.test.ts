import { readFileSync } from 'node:fs';
import { expect } from 'chai';
import { testDatabaseKind, type TestClient } from '@dots/core/testing';
import {
  COMPETENCE_PATHS as PATHS, READY_FRAMEWORKS, type ReadyFrameworkId,
} from '../src/common/competence-permissions.js';
import { readEscoTransversal } from '../src/server/ready-frameworks/esco-csv.js';
import { readyFramework } from '../src/server/ready-frameworks/ready-frameworks.js';
import {
  ESCO_DATA_FILE, ESCO_SOURCE_FOLDER,
} from '../src/server/ready-frameworks/esco-files.js';
import { fieldsOf, startCompetenceWorld, type CompetenceWorld } from './competence-fixtures.js';

/** "verbintenissen nakomen" in ESCO's transversal skills collection. */
const COMMITMENTS = 'http://data.europa.eu/esco/skill/113b4428-0a31-4199-8496-070af7854b91';

describe(`Ready competence frameworks (${testDatabaseKind()})`, () => {
  let world: CompetenceWorld;
  let staff: TestClient;

  before(async () => {
    world = await startCompetenceWorld();
    staff = await world.north.client('staff');
  });
  after(async () => {
    await world?.test.close();
  });

  const adopt = (ready: string, language?: string) =>
    staff.post(PATHS.adopt, language ? { ready, language } : { ready });

  it('should adopt the work-floor framework in Dutch and English, keys alike', async () => {
    const nl = await adopt('work-floor', 'nl');
    const en = await adopt('work-floor', 'en');
    expect(nl.status).to.equal(201);
    expect(en.status).to.equal(201);

    const competences = (body: any) => body.content.groups.flatMap((g: any) => g.competences);
    expect(competences(nl.body).map((c: any) => c.name)).to.include.members([
      'Stiptheid', 'Afspraken nakomen', 'Veilig werken', 'Nauwkeurigheid', 'Werktempo',
      'Zelfstandigheid', 'Feedback aanvaarden', 'Samenwerken', 'Communicatie',
      'Omgaan met stress', 'Doorzettingsvermogen', 'Persoonlijke verzorging',
    ]);
    expect(competences(en.body).map((c: any) => c.key))
      .to.deep.equal(competences(nl.body).map((c: any) => c.key));
    expect(en.body.content.scale).to.deep.equal([
      'not yet', 'with a lot of help', 'with some help', 'independently',
    ]);
    for (const competence of competences(nl.body)) {
      expect(competence.indicators.length).to.be.within(2, 5);
      for (const indicator of competence.indicators) expect(indicator.levels).to.have.length(4);
    }
  });

  it('should adopt the ESCO framework with Dutch labels, URIs and the attribution', async () => {
    const answer = await adopt('esco-transversal');
    expect(answer.status).to.equal(201);
    expect(answer.body.language).to.equal('nl');
    expect(answer.body.source.attribution).to.contain('ESCO, European Commission');
    expect(answer.body.source.licence).to.contain('2011/833/EU');

    const competences = answer.body.content.groups.flatMap((g: any) => g.competences);
    const commitments = competences.find((c: any) => c.name === 'verbintenissen nakomen');
    expect(commitments.uri).to.equal(COMMITMENTS);
    expect(commitments.key).to.equal(COMMITMENTS.slice(COMMITMENTS.lastIndexOf('/') + 1));
    expect(commitments.indicators.every((i: any) => i.uri === commitments.uri)).to.equal(true);
    expect(answer.body.content.groups.map((g: any) => g.uri))
      .to.include('http://data.europa.eu/esco/skill/A1');
    expect(competences).to.have.length(105);

    const read = await staff.get(PATHS.framework(answer.body.id));
    expect(read.body.source).to.deep.equal(answer.body.source);
  });

  it('should list the ready frameworks with their sources', async () => {
    const list = await staff.get(PATHS.readyFrameworks);
    expect(list.body.items.map((f: any) => [f.id, f.languages])).to.deep.equal([
      ['work-floor', ['nl', 'en']], ['esco-transversal', ['nl']],
    ]);
    expect(list.body.items[1].source.attribution).to.contain('https://esco.ec.europa.eu');
    expect((await (await world.north.client('coach')).get(PATHS.readyFrameworks)).status)
      .to.equal(403);
  });

  it('should refuse an unknown ready framework or a language it lacks', async () => {
    const unknown = await adopt('melba');
    expect(unknown.status).to.equal(400);
    expect(fieldsOf(unknown.body)).to.deep.equal(['ready']);

    const english = await adopt('esco-transversal', 'en');
    expect(english.status).to.equal(400);
    expect(fieldsOf(english.body)).to.deep.equal(['language']);
  });

  it('should hold the ESCO data as the ESCO files give it', () => {
    const stored = JSON.parse(readFileSync(ESCO_DATA_FILE, 'utf8'));
    expect(stored, 'run npm run generate:esco -w @dots/plugin-competences')
      .to.deep.equal(readEscoTransversal(ESCO_SOURCE_FOLDER));
    const skills = stored.groups.flatMap((g: any) => g.skills);
    expect(skills.find((s: any) => s.label === 'verbintenissen nakomen').uri)
      .to.equal(COMMITMENTS);
  });

  it('should hold no text with white space at its start or end', () => {
    const untrimmed = (value: unknown, at: string): string[] => {
      if (typeof value === 'string') return value === value.trim() ? [] : [at];
      if (!value || typeof value !== 'object') return [];
      return Object.entries(value).flatMap(([key, inner]) => untrimmed(inner, `${at}.${key}`));
    };
    const stored = JSON.parse(readFileSync(ESCO_DATA_FILE, 'utf8'));
    expect(untrimmed(stored, 'esco-transversal.json')).to.deep.equal([]);

    for (const [id, languages] of Object.entries(READY_FRAMEWORKS)) {
      for (const language of languages) {
        const ready = readyFramework(id as ReadyFrameworkId, language);
        expect(untrimmed(ready, `${id}/${language}`)).to.deep.equal([]);
      }
    }
  });
});
