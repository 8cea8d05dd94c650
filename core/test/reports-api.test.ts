import { expect } from 'chai';
import {
  createTenantFixture, platformAdminClient, startTestApp, testDatabaseKind, TEST_PASSWORD,
  type TenantFixture, type TestApp, type TestClient,
} from '../src/testing/index.js';
import { AuditEntry } from '../src/server/entities/audit-entry.js';
import { Person } from '../src/server/entities/person.js';
import type { ReportListDto, ReportResultDto } from '../src/common/reports.js';

const REPORT = 'core.people-by-department';
const RUN = `/api/reports/${REPORT}/run`;
const FORMULA = '=HYPERLINK("x")';

interface PersonSeed {
  department?: string;
  type?: 0 | 1;
  status?: string;
  startDate?: string;
  endDate?: string;
}

/** The people of tenant A; B gets people in a department of the same name (case C5). */
const PEOPLE_A: PersonSeed[] = [
  { department: 'Atelier', type: 0, startDate: '2020-01-01' },
  { department: 'Atelier', type: 0, startDate: '2024-06-01', endDate: '2025-03-31' },
  {
    department: 'Atelier', type: 1, status: 'left', startDate: '2019-01-01',
    endDate: '2023-12-31',
  },
  { department: 'Groen; onderhoud', type: 0, status: 'paused' },
  { department: FORMULA, type: 1, status: 'candidate', startDate: '2026-01-01' },
];
const PEOPLE_B: PersonSeed[] = [
  { department: 'Atelier', type: 0 }, { department: 'Atelier', type: 0 },
  { department: 'Atelier', type: 1 }, { department: 'Magazijn', type: 0 },
];

type Row = ReportResultDto['rows'][number];

describe(`Reports: ${REPORT} (${testDatabaseKind()})`, () => {
  let test: TestApp;
  let a: TenantFixture;
  let b: TenantFixture;
  let staffA: TestClient;
  let staffB: TestClient;

  before(async () => {
    test = await startTestApp();
    a = await createTenantFixture(test, { slug: 'rapport-a' });
    b = await createTenantFixture(test, { slug: 'rapport-b' });
    staffA = await a.client('staff');
    staffB = await b.client('staff');
    await seedPeople(a, PEOPLE_A);
    await seedPeople(b, PEOPLE_B);
  });
  after(async () => {
    await test?.close();
  });

  /** The answer a direct count of the tenant's own rows gives, filtered as the report is. */
  const directCount = async (tenant: TenantFixture, keep: (p: Person) => boolean = () => true) => {
    const people = await test.emFor(tenant.tenant.id)
      .find(Person, {}, { populate: ['department', 'employeeType'] });
    const counts = new Map<string, Row>();
    for (const person of people.filter(keep)) {
      const row = { department: person.department?.name ?? null,
        employeeType: person.employeeType?.name ?? null, count: 0 };
      const key = JSON.stringify([row.department, row.employeeType]);
      counts.set(key, counts.get(key) ?? row);
      (counts.get(key)!.count as number)++;
    }
    return sorted([...counts.values()]);
  };

  describe('GET /api/reports', () => {
    it('should list the report to staff, with its parameters, columns and chart', async () => {
      const answer = await staffA.get<ReportListDto>('/api/reports');
      const report = answer.body.items.find((item) => item.id === REPORT);

      expect(answer.status).to.equal(200);
      expect(report, answer.text).to.include({ pluginId: 'core' });
      expect(report!.columns.map((column) => column.key))
        .to.deep.equal(['department', 'employeeType', 'count']);
      expect(report!.chart).to.deep.include({ type: 'bar', x: 'department', y: ['count'] });
      expect(report!.parameters).to.nested.include({
        type: 'object', 'properties.referenceDate.format': 'date',
      });
      expect(report!.parameters).to.nested.include({ 'properties.status.enum[0]': 'candidate' });
    });

    it('should not list it to an employee or the platform admin', async () => {
      for (const client of [await a.client('employee'), await platformAdminClient(test)]) {
        const answer = await client.get<ReportListDto>('/api/reports');

        expect(answer.status).to.equal(200);
        expect(answer.body.items.map((item) => item.id)).to.not.include(REPORT);
      }
    });
  });

  describe('GET /api/reports/:reportId/run', () => {
    it("should count tenant A's people only, as a direct count of its rows does (C5)", async () => {
      const answer = await staffA.get<ReportResultDto>(RUN);

      expect(answer.status, answer.text).to.equal(200);
      expect(answer.body.columns.map((column) => column.key))
        .to.deep.equal(['department', 'employeeType', 'count']);
      expect(sorted(answer.body.rows)).to.deep.equal(await directCount(a));
      expect(total(answer.body.rows)).to.equal(PEOPLE_A.length + 1);
      expect(total(answer.body.rows.filter((row) => row.department === 'Atelier'))).to.equal(3);
    });

    it("should count tenant B's people only for B's staff", async () => {
      const answer = await staffB.get<ReportResultDto>(RUN);

      expect(sorted(answer.body.rows)).to.deep.equal(await directCount(b));
      expect(answer.body.rows.map((row) => row.department)).to.not.include(FORMULA);
    });

    it('should list people without a department last', async () => {
      const answer = await staffA.get<ReportResultDto>(RUN);

      expect(answer.body.rows.at(-1)).to.deep.equal({
        department: null, employeeType: null, count: 1,
      });
    });

    it('should count only the people of the status asked for', async () => {
      const answer = await staffA.get<ReportResultDto>(`${RUN}?status=left`);

      expect(answer.body.rows).to.have.length(1);
      expect(sorted(answer.body.rows))
        .to.deep.equal(await directCount(a, (person) => person.status === 'left'));
    });

    it('should count the people whose start and end dates include the reference date', async () => {
      for (const day of ['2025-03-31', '2025-04-01', '2019-06-30', '2026-01-01']) {
        const answer = await staffA.get<ReportResultDto>(`${RUN}?referenceDate=${day}`);
        const on = (person: Person) => (person.startDate ?? '') <= day &&
          (person.endDate ?? '9999-12-31') >= day;

        expect(answer.status, answer.text).to.equal(200);
        expect(sorted(answer.body.rows), day).to.deep.equal(await directCount(a, on));
      }
      const lastDay = await staffA.get<ReportResultDto>(`${RUN}?referenceDate=2025-03-31`);
      const atelier = lastDay.body.rows.filter((row) => row.department === 'Atelier');
      expect(atelier.map((row) => row.count)).to.deep.equal([2]);
    });

    it('should take both parameters together', async () => {
      const answer = await staffA.get<ReportResultDto>(
        `${RUN}?status=active&referenceDate=2025-04-01`,
      );
      expect(total(answer.body.rows)).to.equal(2);
    });

    it('should refuse bad parameters with 400 naming the field', async () => {
      const cases: Array<[string, string]> = [
        ['status=gone', 'query.status'],
        ['referenceDate=2025-02-30', 'query.referenceDate'],
        ['referenceDate=31%2F12%2F2025', 'query.referenceDate'],
        ['referenceDate=2025-01-01&referenceDate=2025-01-02', 'query.referenceDate'],
        ['colour=red', 'query.colour'],
      ];
      for (const [query, field] of cases) {
        const answer = await staffA.get(`${RUN}?${query}`);

        expect(answer.status, query).to.equal(400);
        expect(answer.headers.get('content-type')).to.match(/^application\/problem\+json/);
        expect(answer.body.errors.map((e: { field: string }) => e.field), query)
          .to.deep.equal([field]);
      }
    });

    it('should answer 404 alike to an unknown report and to one the account may not run',
      async () => {
        const unknown = await staffA.get('/api/reports/core.no-such-report/run');
        const employee = await (await a.client('employee')).get(RUN);
        const platform = await (await platformAdminClient(test)).get(RUN);

        for (const answer of [unknown, employee, platform]) {
          expect(answer.status, answer.text).to.equal(404);
          expect(answer.body.detail).to.equal(unknown.body.detail);
        }
      });

    it('should answer 404 for an unknown report before looking at its parameters', async () => {
      const answer = await staffA.get('/api/reports/core.no-such-report/run?status=gone');
      expect(answer.status).to.equal(404);
    });

    it('should audit who ran which report, in the tenant of the run', async () => {
      await staffB.get(RUN);
      const entries = await test.emFor(b.tenant.id).find(AuditEntry, { action: 'report.run' });

      expect(entries).to.not.be.empty;
      expect(entries.every((entry) => entry.tenant.id === b.tenant.id)).to.equal(true);
      expect(entries.at(-1)).to.deep.include({
        accountId: b.accounts.staff.id, subjectType: 'report',
      });
      expect(entries.at(-1)!.details).to.deep.include({ reportId: REPORT, format: 'json' });
    });
  });

  describe('GET /api/reports/:reportId/run.csv', () => {
    let bytes: Buffer;
    let headers: Headers;
    let lines: string[];

    before(async () => {
      const answer = await rawGet(test, a, `${RUN}.csv`);
      bytes = answer.bytes;
      headers = answer.headers;
      lines = bytes.subarray(3).toString('utf8').split('\r\n');
    });

    it('should answer UTF-8 CSV with a byte order mark, as a download', () => {
      expect(headers.get('content-type')).to.equal('text/csv; charset=utf-8');
      expect(headers.get('content-disposition'))
        .to.match(/^attachment; filename="core\.people-by-department-\d{4}-\d{2}-\d{2}\.csv"$/);
      expect([...bytes.subarray(0, 3)]).to.deep.equal([0xef, 0xbb, 0xbf]);
    });

    it('should separate cells with ; and rows with CRLF, the header in Dutch', () => {
      expect(lines[0]).to.equal('Dienst;Statuut;Aantal');
      expect(lines.at(-1), 'the last row ends with CRLF too').to.equal('');
      expect(lines.slice(1, -1).every((line) => /;\d+$/.test(line))).to.equal(true);
    });

    it('should quote a cell that holds the separator', () => {
      expect(lines.some((line) => line.startsWith('"Groen; onderhoud";'))).to.equal(true);
    });

    it('should neutralise a department named as a formula (C13)', () => {
      const line = lines.find((l) => l.includes('HYPERLINK'));

      expect(line).to.match(/^"'=HYPERLINK\(""x""\)";[^;]+;1$/);
    });

    it('should hold the rows of the JSON answer of tenant A only', async () => {
      const json = await staffA.get<ReportResultDto>(RUN);

      expect(lines.length - 2).to.equal(json.body.rows.length);
      expect(lines.join('\n')).to.not.include('Magazijn');
    });

    it('should refuse bad parameters and unknown reports as the JSON run does', async () => {
      expect((await staffA.get(`${RUN}.csv?status=gone`)).body.errors[0].field)
        .to.equal('query.status');
      expect((await staffA.get('/api/reports/core.nothing/run.csv')).status).to.equal(404);
    });
  });

  /** People of `tenant` made through the API, in departments made by its admin. */
  async function seedPeople(tenant: TenantFixture, people: PersonSeed[]): Promise<void> {
    const admin = await tenant.client('admin');
    const staff = await tenant.client('staff');
    const types: Array<{ id: string }> = (await admin.get('/api/admin/employee-types')).body.items;
    const departments = new Map<string, string>();

    for (const name of new Set(people.map((person) => person.department!))) {
      const answer = await admin.post('/api/admin/departments', { name });
      expect(answer.status, answer.text).to.equal(201);
      departments.set(name, answer.body.id);
    }
    for (const [index, person] of people.entries()) {
      const answer = await staff.post('/api/people', {
        givenNames: 'Persoon', familyName: `${tenant.slug} ${index}`,
        departmentId: departments.get(person.department!), employeeTypeId: types[person.type!]!.id,
        status: person.status, startDate: person.startDate, endDate: person.endDate,
      });
      expect(answer.status, answer.text).to.equal(201);
    }
  }
});

function sorted(rows: Row[]): Row[] {
  return [...rows].sort((x, y) => JSON.stringify(x).localeCompare(JSON.stringify(y)));
}

function total(rows: Row[]): number {
  return rows.reduce((sum, row) => sum + Number(row.count), 0);
}

/** A GET with the staff account's session as bytes: `fetch`'s text() would drop the BOM. */
async function rawGet(test: TestApp, tenant: TenantFixture, path: string) {
  const login = await fetch(`${test.url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: test.url },
    body: JSON.stringify({ tenant: tenant.slug, login: 'staff', password: TEST_PASSWORD }),
  });
  const cookie = login.headers.getSetCookie()[0]!.split(';')[0]!;
  const answer = await fetch(`${test.url}${path}`, { headers: { cookie } });

  expect(answer.status).to.equal(200);
  return { headers: answer.headers, bytes: Buffer.from(await answer.arrayBuffer()) };
}
