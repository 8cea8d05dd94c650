/**
 * The data of the competences benchmark: one tenant of 2,000 people in 10 departments, each
 * measured every quarter for 5 years on a framework of 30 indicators (three quarters a coach's
 * measurement, the fourth a self-assessment): 40,000 measurements, 1.2 million scores.
 *
 * Tenant, accounts and framework go through the app as usual; people, measurements and scores
 * are written with multi-row INSERTs, because a million rows through the ORM take too long.
 * The data is kept between runs; `npm run bench:competences -- --fresh` makes it again.
 */
import mysql from 'mysql2/promise';
import { v7 as uuidv7 } from 'uuid';
import { createTenantFixture, type TestApp, type TestClient } from '@dots/core/testing';

export const BENCH_SLUG = 'bench-competences';
const PEOPLE = 2000;
const DEPARTMENTS = 10;
const YEARS = [2021, 2022, 2023, 2024, 2025];
const QUARTER_DAYS = ['03-15', '06-15', '09-15', '12-15'];
const COMPETENCES = 10;
const INDICATORS_PER_COMPETENCE = 3;
const ROWS_PER_INSERT = 2000;
const LEVELS = ['nog niet', 'met veel hulp', 'met wat hulp', 'zelfstandig'];

export interface BenchData {
  frameworkId: string;
  departmentIds: string[];
  personIds: string[];
}

/** The benchmark tenant's data: read back when it is there, else made. */
export async function ensureBenchData(test: TestApp, db: mysql.Connection,
  signIn: (role: 'admin' | 'staff') => Promise<TestClient>): Promise<BenchData> {
  const [tenants] = await db.query<mysql.RowDataPacket[]>(
    'select id from tenant where slug = ?', [BENCH_SLUG]);
  if (tenants.length) return readBack(db, String(tenants[0]!.id));

  const started = Date.now();
  const fixture = await createTenantFixture(test, { slug: BENCH_SLUG });
  const tenantId = fixture.tenant.id;
  const admin = await signIn('admin');
  const staff = await signIn('staff');
  const framework = await post(staff, '/api/competences/frameworks', {
    name: 'Benchmark', content: benchContent(),
  });
  const departmentIds: string[] = [];
  for (let n = 0; n < DEPARTMENTS; n++) {
    departmentIds.push((await post(admin, '/api/admin/departments', { name: `Dienst ${n}` })).id);
  }
  const [versions] = await db.query<mysql.RowDataPacket[]>(
    'select id from competence_framework_version where framework_id = ?', [framework.id]);

  await db.query('set foreign_key_checks = 0, unique_checks = 0');
  const personIds = await insertPeople(db, tenantId, departmentIds);
  const scores = await insertMeasurements(db, tenantId, framework.id, String(versions[0]!.id),
    personIds, fixture.accounts.coach.id);
  await db.query('set foreign_key_checks = 1, unique_checks = 1');
  await db.query('analyze table person, competence_measurement, competence_score');

  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  process.stdout.write(`generated ${personIds.length} people, ${scores} scores in ${seconds} s\n`);
  return { frameworkId: framework.id, departmentIds, personIds };
}

/** Drops the benchmark database, so the next run makes the data again. */
export async function dropBenchDatabase(db: mysql.Connection, name: string): Promise<void> {
  await db.query(`drop database if exists \`${name.replace(/`/g, '')}\``);
}

/** 10 competences of 3 indicators, every level described. */
function benchContent() {
  return {
    scale: LEVELS,
    groups: [{
      key: 'bench', name: 'Benchmark',
      competences: Array.from({ length: COMPETENCES }, (_, c) => ({
        key: `c${c}`, name: `Competentie ${c}`,
        indicators: Array.from({ length: INDICATORS_PER_COMPETENCE }, (_, i) => ({
          key: `c${c}.i${i}`, text: `Indicator ${i} van competentie ${c}`, levels: LEVELS,
        })),
      })),
    }],
  };
}

async function insertPeople(db: mysql.Connection, tenantId: string, departmentIds: string[]) {
  const now = new Date();
  const rows = Array.from({ length: PEOPLE }, (_, n) => {
    const given = `Persoon${n}`;
    const family = `Bench${String(n).padStart(4, '0')}`;
    const key = `${family} ${given}`.toLowerCase();
    return [uuidv7(), now, now, tenantId, given, family,
      departmentIds[n % departmentIds.length], 'active', '{}', key, key, given.toLowerCase(),
      key, 1];
  });
  await insertAll(db, 'person', ['id', 'created_at', 'updated_at', 'tenant_id', 'given_names',
    'family_name', 'department_id', 'status', 'fields', 'sort_key', 'sort_key_main',
    'sort_key_given', 'search_text', 'version'], rows);
  return rows.map((row) => String(row[0]));
}

/**
 * Every quarter, every person, in the order a real tenant writes them, with the app's UUID v7
 * ids; a score per indicator, one in twelve not observed.
 */
async function insertMeasurements(db: mysql.Connection, tenantId: string, frameworkId: string,
  versionId: string, personIds: string[], coachId: string): Promise<number> {
  const now = new Date();
  const measurementColumns = ['id', 'created_at', 'updated_at', 'tenant_id', 'person_id',
    'framework_id', 'version_id', 'date', 'assessor_id', 'kind', 'perspective', 'status',
    'finalised_at', 'finalised_by_id', 'shared_at'];
  const scoreColumns = ['id', 'created_at', 'updated_at', 'tenant_id', 'measurement_id',
    'person_id', 'indicator_key', 'competence_key', 'value', 'not_observed'];
  let count = 0;
  let seed = 7;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;

  for (const year of YEARS) {
    for (const [q, day] of QUARTER_DAYS.entries()) {
      const measurements: unknown[][] = [];
      const scores: unknown[][] = [];
      const self = q === 3;
      for (const personId of personIds) {
        const id = uuidv7();
        measurements.push([id, now, now, tenantId, personId, frameworkId, versionId,
          `${year}-${day}`, self ? null : coachId, 'periodic', self ? 'self' : 'coach', 'final',
          now, coachId, self ? null : now]);
        for (let c = 0; c < COMPETENCES; c++) {
          for (let i = 0; i < INDICATORS_PER_COMPETENCE; i++) {
            const notObserved = random() < 1 / 12;
            scores.push([uuidv7(), now, now, tenantId, id, personId, `c${c}.i${i}`, `c${c}`,
              notObserved ? null : 1 + Math.floor(random() * LEVELS.length),
              notObserved ? 1 : 0]);
          }
        }
      }
      await insertAll(db, 'competence_measurement', measurementColumns, measurements);
      await insertAll(db, 'competence_score', scoreColumns, scores);
      count += scores.length;
    }
  }
  return count;
}

/** Multi-row INSERTs of at most ROWS_PER_INSERT rows each. */
async function insertAll(db: mysql.Connection, table: string, columns: string[],
  rows: unknown[][]): Promise<void> {
  for (let start = 0; start < rows.length; start += ROWS_PER_INSERT) {
    const batch = rows.slice(start, start + ROWS_PER_INSERT);
    await db.query(`insert into \`${table}\` (${columns.map((c) => `\`${c}\``).join(', ')}) ` +
      'values ?', [batch]);
  }
}

async function readBack(db: mysql.Connection, tenantId: string): Promise<BenchData> {
  const [frameworks] = await db.query<mysql.RowDataPacket[]>(
    'select id from competence_framework where tenant_id = ?', [tenantId]);
  const [departments] = await db.query<mysql.RowDataPacket[]>(
    'select id from department where tenant_id = ? order by name', [tenantId]);
  const [people] = await db.query<mysql.RowDataPacket[]>(
    "select id from person where tenant_id = ? and family_name like 'Bench%' order by family_name",
    [tenantId]);
  return {
    frameworkId: String(frameworks[0]!.id),
    departmentIds: departments.map((row) => String(row.id)),
    personIds: people.map((row) => String(row.id)),
  };
}

async function post(client: TestClient, path: string, body: object) {
  const answer = await client.post(path, body);
  if (answer.status !== 201) throw new Error(`${path}: ${answer.status} ${answer.text}`);
  return answer.body as { id: string };
}
