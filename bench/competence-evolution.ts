/**
 * How fast the competences plugin answers on a full tenant (bench/competence-data.ts: 2,000
 * people, 5 years of quarterly measurements, 1.2 million scores), over HTTP against the real
 * app on MariaDB: (a) one person's evolution, (b) a department's averages over one year. Each is
 * printed next to its anchor, the plain mysql2 query that reads the same rows, timed in the
 * same run. Goals: (a) under 50 ms, (b) under 300 ms, median.
 *
 *   npm run bench:competences [-- --fresh]
 *
 * DOTS_BENCH_DATABASE_URL names the database (default mysql://root@127.0.0.1:3306/dots_bench).
 */
import mysql from 'mysql2/promise';
import { startTestApp, TestClient, TEST_PASSWORD } from '@dots/core/testing';
import { BENCH_SLUG, dropBenchDatabase, ensureBenchData } from './competence-data.js';

const DATABASE_URL = process.env.DOTS_BENCH_DATABASE_URL
  ?? 'mysql://root@127.0.0.1:3306/dots_bench';
const WARM_UP = 10;
const RUNS = 50;
const GOALS = { evolution: 50, averages: 300 };

/** The anchor of (a): the scores of one person's final measurements on the framework. */
const PERSON_ROWS = `
  select s.measurement_id, s.indicator_key, s.value, s.not_observed
  from competence_score s
  join competence_measurement m on m.id = s.measurement_id and m.tenant_id = ?
  where s.tenant_id = ? and s.person_id = ? and m.framework_id = ? and m.status = 'final'`;

/** The anchor of (b): the same aggregate the service runs. */
const DEPARTMENT_ROWS = `
  select pm.competence_key, pm.perspective, avg(pm.mean) as mean,
    count(*) as measurements, count(distinct pm.person_id) as people
  from (
    select s.measurement_id, s.competence_key, m.perspective, m.person_id,
      avg(s.value * 1e0) as mean
    from competence_measurement m
    join person p on p.id = m.person_id and p.tenant_id = ?
    join competence_score s on s.measurement_id = m.id and s.tenant_id = ?
    where m.tenant_id = ? and m.framework_id = ? and m.status = 'final'
      and m.date >= ? and m.date <= ? and s.value is not null and p.department_id = ?
    group by s.measurement_id, s.competence_key, m.perspective, m.person_id
  ) pm
  group by pm.competence_key, pm.perspective`;

interface Timing {
  median: number;
  p95: number;
}

/** Runs `call` WARM_UP times untimed, then RUNS times timed (ms); `n` varies the input. */
async function timed(call: (n: number) => Promise<void>): Promise<Timing> {
  for (let n = 0; n < WARM_UP; n++) await call(n);
  const times: number[] = [];
  for (let n = 0; n < RUNS; n++) {
    const start = process.hrtime.bigint();
    await call(WARM_UP + n);
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  times.sort((a, b) => a - b);
  return { median: times[Math.floor(RUNS / 2)]!, p95: times[Math.ceil(RUNS * 0.95) - 1]! };
}

function line(name: string, app: Timing, anchor: Timing, goal: number): string {
  const ms = (value: number) => `${value.toFixed(1).padStart(7)} ms`;
  const verdict = app.median < goal ? 'within' : 'OVER';
  return `${name.padEnd(28)} app median ${ms(app.median)} p95 ${ms(app.p95)} | ` +
    `SQL anchor median ${ms(anchor.median)} p95 ${ms(anchor.p95)} | ${verdict} ${goal} ms\n`;
}

async function expectOk(client: TestClient, path: string): Promise<void> {
  const answer = await client.get(path);
  if (answer.status !== 200) throw new Error(`${path}: ${answer.status} ${answer.text}`);
}

async function main(): Promise<void> {
  const target = new URL(DATABASE_URL);
  const dbName = target.pathname.replace(/^\//, '');
  const server = await mysql.createConnection({
    host: target.hostname, port: Number(target.port || 3306),
    user: decodeURIComponent(target.username), password: decodeURIComponent(target.password),
  });
  if (process.argv.includes('--fresh')) await dropBenchDatabase(server, dbName);
  await server.end();

  const test = await startTestApp({ settings: { databaseUrl: DATABASE_URL } });
  const db = await mysql.createConnection({
    host: target.hostname, port: Number(target.port || 3306), database: dbName,
    user: decodeURIComponent(target.username), password: decodeURIComponent(target.password),
  });
  try {
    const signIn = (role: 'admin' | 'staff') =>
      new TestClient(test.url).signIn(BENCH_SLUG, role, TEST_PASSWORD);
    const data = await ensureBenchData(test, db, signIn);
    const staff = await signIn('staff');
    const [tenants] = await db.query<mysql.RowDataPacket[]>(
      'select id from tenant where slug = ?', [BENCH_SLUG]);
    const tenantId = String(tenants[0]!.id);
    const personOf = (n: number) => data.personIds[(n * 37) % data.personIds.length]!;
    const department = data.departmentIds[0]!;
    const year = { from: '2024-01-01', to: '2024-12-31' };

    const evolution = await timed((n) => expectOk(staff,
      `/api/competences/people/${personOf(n)}/evolution?frameworkId=${data.frameworkId}`));
    const evolutionSql = await timed(async (n) => {
      await db.execute(PERSON_ROWS, [tenantId, tenantId, personOf(n), data.frameworkId]);
    });
    const query = new URLSearchParams({
      frameworkId: data.frameworkId, departmentId: department, ...year,
    });
    const averages = await timed(() => expectOk(staff,
      `/api/competences/reports/department-averages?${query}`));
    const averagesSql = await timed(async () => {
      await db.execute(DEPARTMENT_ROWS, [tenantId, tenantId, tenantId, data.frameworkId,
        year.from, year.to, department]);
    });

    // The app's floor: a signed-in request that reads no competence data (session, tenant,
    // permissions), so the part of (a) and (b) that is the competence work itself shows.
    const floor = await timed(() => expectOk(staff, '/api/session'));

    process.stdout.write(`\n${data.personIds.length} people, ${RUNS} runs after ${WARM_UP} ` +
      'warm-up runs, MariaDB\n');
    process.stdout.write(`${'app floor: GET /api/session'.padEnd(28)} app median ` +
      `${floor.median.toFixed(1).padStart(7)} ms p95 ${floor.p95.toFixed(1).padStart(7)} ms\n`);
    process.stdout.write(line('(a) person evolution', evolution, evolutionSql, GOALS.evolution));
    process.stdout.write(line('(b) department averages', averages, averagesSql,
      GOALS.averages));
  } finally {
    await db.end();
    await test.close();
  }
}

await main();
