import { expect } from 'chai';
import { ContainerModule, injectable } from 'inversify';
import {
  createTenantFixture, startTestApp, testDatabaseKind, type TenantFixture, type TestApp,
} from '../src/testing/index.js';
import { definePlugin } from '../src/server/plugins/plugin-definition.js';
import { bindContribution } from '../src/server/plugins/bind-contribution.js';
import {
  DossierSectionContribution, PersonalDataContribution, type DossierSection,
  type PersonalDataSection,
} from '../src/server/plugins/extension-points.js';
import type { RequestContext } from '../src/server/http/request-context.js';
import type { Person } from '../src/server/entities/person.js';
import { Tenant } from '../src/server/entities/tenant.js';
import type { TenantSettings } from '../src/common/tenant.js';
import type { MeDto, PersonalDataExportDto } from '../src/common/portal.js';

const SECTIONS = ['probe.shown', 'probe.hidden', 'probe.health'] as const;

@injectable()
class ProbeSections implements DossierSectionContribution {
  readonly pluginId = 'portal-probe';

  sections(): DossierSection[] {
    return [
      { id: 'probe.shown', labelKey: 'probe.shown', visibleToEmployee: true, order: 10 },
      { id: 'probe.hidden', labelKey: 'probe.hidden', visibleToEmployee: false, order: 20 },
      { id: 'probe.health', labelKey: 'probe.health', visibleToEmployee: true, order: 30,
        confidential: true },
    ];
  }
}

/** One record per section, naming the person it was asked about. */
@injectable()
class ProbePersonalData implements PersonalDataContribution {
  readonly pluginId = 'portal-probe';

  async personalData(_ctx: RequestContext, person: Person): Promise<PersonalDataSection[]> {
    return SECTIONS.map((section) => ({
      section, labelNl: `Proef ${section}`, labelEn: `Probe ${section}`,
      records: [{ entries: [
        { labelNl: 'Over', labelEn: 'About', value: person.familyName },
        { labelNl: 'Datum', labelEn: 'Date', value: '2026-03-30', kind: 'date' },
      ] }],
      data: { section, about: person.id },
    }));
  }
}

const probe = definePlugin({
  id: 'portal-probe', version: '0.0.1', labelNl: 'Proef', labelEn: 'Probe',
  module: new ContainerModule((options) => {
    bindContribution(options, ProbeSections, [DossierSectionContribution]);
    bindContribution(options, ProbePersonalData, [PersonalDataContribution]);
  }),
});

describe(`Employee portal GET /api/me (${testDatabaseKind()})`, () => {
  let test: TestApp;
  let fixture: TenantFixture;
  let other: TenantFixture;

  const setSettings = async (settings: TenantSettings) => {
    const em = test.em();
    const tenant = await em.findOneOrFail(Tenant, { id: fixture.tenant.id });
    tenant.settings = { ...settings };
    await em.flush();
  };
  const me = async () => (await (await fixture.client('employee')).get<MeDto>('/api/me')).body;
  const sectionIds = (body: MeDto) => body.sections.map((s) => s.section);

  before(async () => {
    test = await startTestApp({ plugins: [probe] });
    fixture = await createTenantFixture(test, { slug: 'portaal-noord', plugins: ['portal-probe'] });
    other = await createTenantFixture(test, { slug: 'portaal-zuid', plugins: ['portal-probe'] });
  });
  after(async () => {
    await test?.close();
  });
  afterEach(async () => {
    await setSettings({});
  });

  it('should answer the own person, the core section and the shown sections only', async () => {
    const body = await me();

    expect(body.person.id).to.equal(fixture.employeePerson.id);
    expect(sectionIds(body)).to.deep.equal(['core.person', 'probe.shown']);
    const about = body.sections[1]!.records[0]!.entries[0]!;
    expect(about.value).to.equal(fixture.employeePerson.familyName);
  });

  it("should follow the tenant's choice of sections, never a confidential one", async () => {
    await setSettings({
      employeeSections: { 'probe.shown': false, 'probe.hidden': true, 'probe.health': true },
    });
    expect(sectionIds(await me())).to.deep.equal(['core.person', 'probe.hidden']);

    await setSettings({ confidentialRoles: ['admin', 'staff', 'coach'] });
    const body = await me();
    expect(sectionIds(body)).to.deep.equal(['core.person', 'probe.shown']);
    expect(JSON.stringify(body)).to.not.include('probe.health');
  });

  it('should show a custom field only while it is marked visible to employees', async () => {
    const admin = await fixture.client('admin');
    const field = await admin.post('/api/admin/fields', {
      key: 'shoeSize', type: 'number', labelNl: 'Schoenmaat', labelEn: 'Shoe size',
    });
    expect(field.status).to.equal(201);
    const person = await admin.get(`/api/people/${fixture.employeePerson.id}`);
    const patched = await admin.patch(`/api/people/${fixture.employeePerson.id}`, {
      version: person.body.version, fields: { shoeSize: 43 },
    });
    expect(patched.status).to.equal(200);

    const hidden = await me();
    expect(hidden.person.fields).to.deep.equal({});
    expect(JSON.stringify(hidden.sections)).to.not.include('Schoenmaat');

    await admin.patch(`/api/admin/fields/${field.body.id}`, { visibleToEmployee: true });
    const shown = await me();
    expect(shown.person.fields).to.deep.equal({ shoeSize: 43 });
    const entries = shown.sections[0]!.records.flatMap((r) => r.entries);
    expect(entries.find((e) => e.labelNl === 'Schoenmaat')?.value).to.equal(43);
  });

  it("should hold nobody else's data and no account secret", async () => {
    const admin = await fixture.client('admin');
    const colleague = await admin.post('/api/people', {
      givenNames: 'Collega', familyName: 'Anderspersoon',
    });
    expect(colleague.status).to.equal(201);
    const text = JSON.stringify(await me());

    for (const name of [other.employeePerson.familyName, 'Anderspersoon', colleague.body.id]) {
      expect(text).to.not.include(name);
    }
    expect(text).to.not.match(/passwordHash|password|sealed/i);
  });

  it('should list a staff read of the dossier in who looked, newest first', async () => {
    const staff = await fixture.client('staff');
    expect((await staff.get(`/api/people/${fixture.employeePerson.id}`)).status).to.equal(200);
    const admin = await fixture.client('admin');
    await admin.get(`/api/people/${fixture.employeePerson.id}`);

    const log = (await me()).accessLog;
    expect(log.limit).to.equal(100);
    expect(log.items[0]).to.include({ action: 'person.read', section: 'core.person' });
    expect(log.items[0]!.who).to.deep.equal({ displayName: 'admin portaal-noord', role: 'admin' });
    expect(log.items[1]!.who).to.deep.equal({ displayName: 'staff portaal-noord', role: 'staff' });
    expect(log.items.map((i) => i.who.displayName)).to.not.include('employee portaal-noord');
  });

  it('should refuse staff accounts with 403', async () => {
    for (const role of ['admin', 'staff', 'coach'] as const) {
      const client = await fixture.client(role);
      expect((await client.get('/api/me')).status, role).to.equal(403);
      expect((await client.get('/api/me/export')).status, role).to.equal(403);
    }
  });

  describe('GET /api/me/export', () => {
    it('should answer a dated JSON attachment with everything /api/me shows', async () => {
      const answer = await (await fixture.client('employee')).get('/api/me/export');

      expect(answer.status).to.equal(200);
      expect(answer.headers.get('content-type')).to.match(/^application\/json/);
      expect(answer.headers.get('content-disposition'))
        .to.match(/^attachment; filename="dots-mijn-gegevens-\d{4}-\d{2}-\d{2}\.json"$/);
      const file = JSON.parse(answer.text) as PersonalDataExportDto;
      expect(file.audience).to.equal('own');
      expect(file.tenant.name).to.equal('portaal-noord');
      expect(file.person.familyName).to.equal(fixture.employeePerson.familyName);
      expect(file.sections.map((s) => s.section)).to.deep.equal(['core.person', 'probe.shown']);
      expect(file.sections[1]!.data).to.deep.equal({
        section: 'probe.shown', about: fixture.employeePerson.id,
      });
      expect(Date.parse(file.generatedAt)).to.be.closeTo(Date.now(), 60_000);
      expect(file.accessLog.items).to.be.an('array');
    });

    it("should write HTML with the person's name and nobody else's", async () => {
      const answer = await (await fixture.client('employee')).get('/api/me/export?format=html');

      expect(answer.headers.get('content-type')).to.match(/^text\/html/);
      expect(answer.headers.get('content-disposition')).to.match(/\.html"$/);
      expect(answer.text).to.include(fixture.employeePerson.familyName);
      expect(answer.text).to.include('30/03/2026');
      expect(answer.text).to.not.include(other.employeePerson.familyName);
      expect(answer.text).to.not.match(/<script|<link|src=/i);
    });

    it('should write a PDF with pages', async () => {
      const client = await fixture.client('employee');
      const answer = await client.get('/api/me/export?format=pdf');

      expect(answer.headers.get('content-type')).to.equal('application/pdf');
      expect(answer.headers.get('content-disposition')).to.match(/\.pdf"$/);
      expect(answer.text.startsWith('%PDF-')).to.equal(true);
      expect(answer.text).to.match(/\/Type \/Page\b/);
      expect(answer.text).to.include('DejaVuSans');
    });

    it('should refuse an unknown format, naming the field', async () => {
      const answer = await (await fixture.client('employee')).get('/api/me/export?format=docx');

      expect(answer.status).to.equal(400);
      expect(answer.text).to.include('format');
    });

    it('should audit each export, and show a staff export in who looked', async () => {
      const employee = await fixture.client('employee');
      await employee.get('/api/me/export?format=html');
      const admin = await fixture.client('admin');
      const audit = await admin.get('/api/admin/audit?action=person.export');
      expect(audit.status).to.equal(200);
      expect(JSON.stringify(audit.body)).to.include('person.export');

      await admin.get(`/api/people/${fixture.employeePerson.id}/export`);
      const first = (await me()).accessLog.items[0]!;
      expect(first).to.include({ action: 'person.export', section: null });
    });
  });

  describe('GET /api/people/:id/export', () => {
    it('should give the admin every section but a confidential one not named', async () => {
      const admin = await fixture.client('admin');
      const path = `/api/people/${fixture.employeePerson.id}/export`;

      const plain = JSON.parse((await admin.get(path)).text) as PersonalDataExportDto;
      expect(plain.audience).to.equal('access-request');
      expect(plain.sections.map((s) => s.section))
        .to.deep.equal(['core.person', 'probe.shown', 'probe.hidden']);

      await setSettings({ confidentialRoles: ['admin'] });
      const named = JSON.parse((await admin.get(path)).text) as PersonalDataExportDto;
      expect(named.sections.map((s) => s.section)).to.include('probe.health');
    });

    it('should refuse roles without audit.read, and the employee', async () => {
      const path = `/api/people/${fixture.employeePerson.id}/export`;
      for (const role of ['staff', 'coach', 'employee'] as const) {
        const answer = await (await fixture.client(role)).get(path);
        expect([403, 404], role).to.include(answer.status);
      }
    });

    it("should answer 404 for another tenant's person", async () => {
      const admin = await fixture.client('admin');
      const answer = await admin.get(`/api/people/${other.employeePerson.id}/export`);
      expect(answer.status).to.equal(404);
    });
  });
});
