import { expect } from 'chai';
import { startTestApp, testDatabaseKind, TestClient, type TestApp } from '../src/testing/index.js';
import { DemoSeeder } from '../src/server/seeds/demo-seeder.js';
import { demoNames } from '../src/server/seeds/demo-names.js';
import { demoPeople } from '../src/server/seeds/demo-people.js';
import { seededRandom } from '../src/server/seeds/seeded-random.js';
import { splitParticles } from '../src/server/people/name-keys.js';
import {
  Account, Department, EmployeeType, FieldDefinition, Person, Team, Tenant,
} from '../src/server/entities/index.js';

const DEMO_PASSWORD = 'demo-password-for-tests';

describe(`DemoSeeder (${testDatabaseKind()})`, () => {
  let test: TestApp;
  let seededFirst: boolean;

  before(async () => {
    test = await startTestApp({ settings: { demoPassword: DEMO_PASSWORD } });
    seededFirst = await test.app.container.get(DemoSeeder).seedIfEmpty();
  });
  after(async () => {
    await test?.close();
  });

  const count = (entity: Parameters<ReturnType<TestApp['em']>['count']>[0], where = {}) =>
    test.em().count(entity, where, { filters: false });

  const peopleOf = async (slug: string) => {
    const tenant = await test.em().findOneOrFail(Tenant, { slug });
    return test.emFor(tenant.id).find(Person, {}, { orderBy: { id: 'asc' } });
  };

  describe('#seedIfEmpty', () => {
    it('should create both demo tenants with every installed plugin on', async () => {
      expect(seededFirst).to.equal(true);
      const tenants = await test.em().find(Tenant, {}, { orderBy: { slug: 'asc' } });
      expect(tenants.map((t) => [t.slug, t.kind])).to.deep.equal([
        ['demo-arbeidszorg', 'arbeidszorg'], ['demo-maatwerk', 'maatwerk'],
      ]);
      for (const tenant of tenants) {
        expect(tenant.enabledPlugins).to.have.members(test.app.plugins.map((p) => p.id));
      }
    });

    it('should let every demo account and the platform admin sign in', async () => {
      for (const slug of ['demo-maatwerk', 'demo-arbeidszorg']) {
        for (const role of ['admin', 'staff', 'coach', 'employee']) {
          const client = await new TestClient(test.url).signIn(slug, role, DEMO_PASSWORD);
          const session = await client.get('/api/session');
          expect(session.body.account.role).to.equal(role);
          expect(session.body.tenant.slug).to.equal(slug);
        }
      }
      const platform = await new TestClient(test.url).signIn(undefined, 'platform', DEMO_PASSWORD);
      expect((await platform.get('/api/session')).body.tenant).to.equal(null);
    });

    it('should refuse the demo accounts another password', async () => {
      const answer = await new TestClient(test.url).post('/api/auth/login', {
        tenant: 'demo-maatwerk', login: 'admin', password: 'dots-demo-2026-wrong',
      });
      expect(answer.status).to.equal(401);
    });

    it('should give each tenant 40 people with Belgian names of every kind', async () => {
      const names = demoNames();
      const foreign = new Set([
        ...names.turkish.family, ...names.moroccan.family,
        ...names.polish.family.flatMap((pair) => [pair.male, pair.female]),
      ]);
      for (const slug of ['demo-maatwerk', 'demo-arbeidszorg']) {
        const people = await peopleOf(slug);
        expect(people).to.have.length(40);
        const particle = people.some((p) => splitParticles(p.familyName)[0] !== '');
        expect(particle, 'particle').to.equal(true);
        expect(people.some((p) => /[^\x00-\x7f]/.test(p.givenNames + p.familyName)), 'accent')
          .to.equal(true);
        expect(people.some((p) => foreign.has(p.familyName)), 'Turkish, Moroccan, Polish')
          .to.equal(true);
      }
    });

    it('should draw the same people on every fresh start', async () => {
      const people = await peopleOf('demo-maatwerk');
      const expected = demoPeople(seededRandom('demo-maatwerk'));
      expect(people.map((p) => `${p.givenNames} ${p.familyName}`).sort())
        .to.deep.equal(expected.map((p) => `${p.givenNames} ${p.familyName}`).sort());
    });

    it('should give each tenant its lists, its fields and staff numbers as text', async () => {
      for (const slug of ['demo-maatwerk', 'demo-arbeidszorg']) {
        const tenant = await test.em().findOneOrFail(Tenant, { slug });
        expect(await count(Department, { tenant: tenant.id })).to.equal(5);
        expect(await count(Team, { tenant: tenant.id })).to.be.at.least(3);
        expect(await count(EmployeeType, { tenant: tenant.id })).to.be.at.least(3);
        const fields = await test.emFor(tenant.id).find(FieldDefinition, {});
        expect(fields.map((f) => f.key))
          .to.have.members(['personeelsnummer', 'rijbewijs', 'kledingmaat']);

        const people = await peopleOf(slug);
        expect(people.every((p) => p.department && p.team && p.employeeType)).to.equal(true);
        expect(people.map((p) => p.fields.personeelsnummer)).to.include('001001');
      }
    });

    it('should link the employee account to one of the tenant\'s people', async () => {
      const tenant = await test.em().findOneOrFail(Tenant, { slug: 'demo-arbeidszorg' });
      const employee = await test.em()
        .findOneOrFail(Account, { tenant: tenant.id, username: 'employee' });
      const people = await peopleOf('demo-arbeidszorg');
      expect(people.map((p) => p.id)).to.include(employee.person?.id);
    });

    it('should change nothing when run again', async () => {
      const counts = async () => [await count(Tenant), await count(Account), await count(Person)];
      const before = await counts();
      expect(await test.app.container.get(DemoSeeder).seedIfEmpty()).to.equal(false);
      expect(await counts()).to.deep.equal(before);
      expect(before).to.deep.equal([2, 9, 80]);
    });
  });
});
