import fs from 'node:fs';
import path from 'node:path';
import { expect } from 'chai';
import type { EntityManager } from '@mikro-orm/knex';
import {
  populateTenant, readTenantRows, startTestApp, testDatabaseKind, type PopulatedTenant,
  type TenantRows, type TestApp,
} from '../src/testing/index.js';
import { scopedQuery, scopedRaw } from '../src/server/db/scoped-query.js';
import { Person } from '../src/server/entities/person.js';

const ROOT = path.resolve(import.meta.dirname, '../..');

/** Calls that build SQL past the tenant filter (mikro-orm#3009). */
const UNSCOPED_SQL = /createQueryBuilder\(|\.qb\(|getKnex\(|\.execute\(|\.raw\(/;

/**
 * Files that may build such SQL, with the reason. Everything else goes through scopedQuery or
 * scopedRaw, which add the tenant.
 */
const SQL_ALLOWED: Readonly<Record<string, string>> = {
  'core/src/server/db/scoped-query.ts': 'the tenant-scoped helpers themselves',
  'core/src/server/db/migration-runner.ts': 'schema changes, outside any tenant',
  'core/src/server/db/libsql-driver.ts': 'reads the schema, not tenant rows',
  'core/src/server/app/application.ts': "the health probe's `select 1`",
  'core/src/scripts/create-migration.ts': 'a developer tool on a scratch database',
};

describe(`scopedQuery and scopedRaw (${testDatabaseKind()})`, () => {
  let test: TestApp;
  let a: PopulatedTenant;
  let rowsA: TenantRows;
  let rowsB: TenantRows;
  let emA: EntityManager;

  before(async () => {
    test = await startTestApp();
    a = await populateTenant(test, { slug: 'scope-a', extraPeople: 2 });
    const b = await populateTenant(test, { slug: 'scope-b', kind: 'arbeidszorg', extraPeople: 5 });
    rowsA = await readTenantRows(test, a.id);
    rowsB = await readTenantRows(test, b.id);
    emA = test.emFor(a.id) as EntityManager;
  });

  after(async () => {
    await test?.close();
  });

  describe('#scopedQuery', () => {
    it("should return only the tenant's rows of every tenant-owned table", async () => {
      const owned = rowsA.tables.filter((t) => !['Account', 'Tenant'].includes(t.entityName));
      for (const table of owned) {
        expect(rowsB.idsOf(table.entityName), `B has no ${table.entityName}`).to.not.be.empty;
        const rows = await scopedQuery(emA, table.entityName).select('id').execute('all');
        const ids = rows.map((row) => String((row as { id: string }).id)).sort();

        expect(ids, table.entityName).to.deep.equal([...rowsA.idsOf(table.entityName)].sort());
      }
    });

    it('should count and join within the tenant only', async () => {
      const qb = scopedQuery(emA, Person, 'p');
      const joined = await qb.clone().leftJoin('p.department', 'd')
        .select(['p.id', 'd.name']).execute('all');
      const count = await qb.clone().getCount();

      expect(count).to.equal(rowsA.of('Person').length);
      expect(joined).to.have.length(rowsA.of('Person').length);
    });

    it('should refuse an entity manager without a tenant', async () => {
      const unscoped = test.em() as EntityManager;
      await expectRejection(async () => scopedQuery(unscoped, Person), 'DOTS_T1004');
    });

    it('should refuse an entity that belongs to no tenant', async () => {
      await expectRejection(async () => scopedQuery(emA, 'Account'), 'DOTS_T1005');
    });
  });

  describe('#scopedRaw', () => {
    it("should fill :tenantId with the entity manager's tenant", async () => {
      const rows = await scopedRaw<{ id: string; tenant_id: string }>(
        emA, 'select id, tenant_id from person where tenant_id = :tenantId or 1 = :never',
        { never: 0 },
      );

      expect(rows.map((row) => row.id).sort()).to.deep.equal([...rowsA.idsOf('Person')].sort());
      expect(new Set(rows.map((row) => row.tenant_id))).to.deep.equal(new Set([a.id]));
    });

    it('should refuse SQL that does not filter on :tenantId', async () => {
      await expectRejection(() => scopedRaw(emA, 'select id from person'), 'DOTS_T1003');
    });

    it('should refuse a tenant id from the caller', async () => {
      const sql = 'select id from person where tenant_id = :tenantId';
      await expectRejection(() => scopedRaw(emA, sql, { tenantId: a.id }), 'DOTS_T1006');
    });

    it('should refuse an entity manager without a tenant', async () => {
      const unscoped = test.em() as EntityManager;
      await expectRejection(
        () => scopedRaw(unscoped, 'select id from person where tenant_id = :tenantId'),
        'DOTS_T1004',
      );
    });
  });

  describe('tenant filter', () => {
    it('should fail closed on an entity manager without a tenant', async () => {
      const unscoped = test.em();
      await expectRejection(() => unscoped.find(Person, {}), "filter 'tenant'");
      await expectRejection(() => unscoped.count(Person, {}), "filter 'tenant'");
    });

    it('should keep find, count and findAndCount inside the tenant', async () => {
      const em = test.emFor(a.id);
      const [found, total] = await em.findAndCount(Person, {}, { limit: 1 });
      const people = await em.find(Person, {}, { populate: ['department'] });

      expect(total).to.equal(rowsA.of('Person').length);
      expect(found).to.have.length(1);
      expect(await em.count(Person, {})).to.equal(rowsA.of('Person').length);
      expect(people.every((person) => person.tenant.id === a.id)).to.equal(true);
      expect(people.filter((p) => p.department).every((p) => p.department!.tenant.id === a.id))
        .to.equal(true);
    });

    it('should not find a row of another tenant by its id', async () => {
      const foreign = rowsB.idsOf('Person')[0]!;
      expect(await test.emFor(a.id).findOne(Person, { id: foreign })).to.equal(null);
    });
  });

  describe('source', () => {
    it('should build SQL past the tenant filter only in the files allowed to', () => {
      const offenders = sourceFiles()
        .filter((file) => !(file in SQL_ALLOWED))
        .flatMap((file) => fs.readFileSync(path.join(ROOT, file), 'utf8').split('\n')
          .map((line, index) => ({ line, where: `${file}:${index + 1}` }))
          .filter(({ line }) => UNSCOPED_SQL.test(line) && !line.trimStart().startsWith('*')))
        .map(({ where }) => where);

      expect(offenders, 'Query tenant data with scopedQuery or scopedRaw (core/src/server/db/' +
        `scoped-query.ts), which add the tenant: ${offenders.join(', ')}`).to.deep.equal([]);
    });
  });
});

/**
 * Server and plugin sources: every .ts file under core/src and plugins/<id>/src, but the test
 * helpers, which read rows past the filter on purpose to check what the server did.
 */
function sourceFiles(): string[] {
  const roots = ['core/src', ...fs.readdirSync(path.join(ROOT, 'plugins'))
    .map((id) => `plugins/${id}/src`)
    .filter((folder) => fs.existsSync(path.join(ROOT, folder)))];
  const filesOf = (folder: string) =>
    fs.readdirSync(path.join(ROOT, folder), { recursive: true }) as string[];

  return roots.flatMap((folder) => filesOf(folder)
    .filter((file) => file.endsWith('.ts'))
    .map((file) => `${folder}/${file}`)
    .filter((file) => !file.startsWith('core/src/testing/')));
}

async function expectRejection(run: () => Promise<unknown>, fragment: string): Promise<void> {
  let failure: unknown;
  try {
    await run();
  } catch (error) {
    failure = error;
  }
  expect(failure, `expected a failure naming ${fragment}`).to.be.instanceOf(Error);
  expect((failure as Error).message).to.include(fragment);
}
