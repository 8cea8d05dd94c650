import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import { expect } from 'chai';
import { Container } from 'inversify';
import pino from 'pino';
import {
  captureLog, createScratchDatabase, createTenantFixture, startAppOn, startTestApp,
  testDatabaseKind, type TenantFixture, type TestApp, type TestClient,
} from '../src/testing/index.js';
import {
  checkNationalNumber, contradictsBirthDate, formatNationalNumber, maskNationalNumber,
} from '../src/server/people/national-register-number.js';
import { SecretBox } from '../src/server/crypto/secret-box.js';
import { TYPES } from '../src/server/tokens.js';

const TODAY = '2026-06-15';

/** Eleven digits with the right check for `century`, to test the other rules in isolation. */
function withCheck(firstNine: string, century: 1900 | 2000): string {
  const base = Number(firstNine) + (century === 2000 ? 2_000_000_000 : 0);
  return `${firstNine}${String(97 - (base % 97)).padStart(2, '0')}`;
}

describe('checkNationalNumber', () => {
  // The rows of case C12, with the birth date column of each.
  it('should accept 90.04.03-073.09, whose check 09 is below 10', () => {
    const check = checkNationalNumber('90.04.03-073.09', TODAY);
    expect(check).to.deep.include({ valid: true });
    expect(check.valid && check.number).to.deep.include({
      digits: '90040307309', kind: 'national', birthYear: 1990, birthMonth: 4, birthDay: 3,
    });
  });

  it('should accept 90041306409 written without separators', () => {
    const check = checkNationalNumber('90041306409', TODAY);
    expect(check.valid && check.number.birthDay).to.equal(13);
  });

  it('should accept 03.04.12-123.25 only under the rule for births from 2000', () => {
    const check = checkNationalNumber('03.04.12-123.25', TODAY);
    expect(check.valid && check.number.birthYear).to.equal(2003);
  });

  it('should read 03.04.12-123.93 as a 1903 birth, which 2003-04-12 contradicts', () => {
    const check = checkNationalNumber('03.04.12-123.93', TODAY);
    expect(check.valid && check.number.birthYear).to.equal(1903);
    expect(check.valid && contradictsBirthDate(check.number, '2003-04-12')).to.equal(true);
  });

  it('should refuse 03.04.12-123.26, which fits no century', () => {
    expect(checkNationalNumber('03.04.12-123.26', TODAY)).to.deep.equal({
      valid: false, reason: 'is not valid: the check digits do not match',
    });
  });

  it('should find that 90.04.13-064.09 contradicts a birth on 1990-04-03', () => {
    const check = checkNationalNumber('90.04.13-064.09', TODAY);
    expect(check.valid && contradictsBirthDate(check.number, '1990-04-03')).to.equal(true);
    expect(check.valid && contradictsBirthDate(check.number, '1990-04-13')).to.equal(false);
  });

  it('should refuse the sequence numbers 000 and 999 even with right check digits', () => {
    for (const sequence of ['000', '999']) {
      const check = checkNationalNumber(withCheck(`900403${sequence}`, 1900), TODAY);
      expect(check.valid, sequence).to.equal(false);
    }
  });

  it('should allow day and month 00, and compare only what the number encodes', () => {
    const check = checkNationalNumber(withCheck('900000123', 1900), TODAY);
    expect(check.valid && check.number).to.deep.include({ birthYear: 1990 });
    expect(check.valid && check.number.birthMonth).to.equal(undefined);
    expect(check.valid && contradictsBirthDate(check.number, '1990-11-30')).to.equal(false);
    expect(check.valid && contradictsBirthDate(check.number, '1991-11-30')).to.equal(true);
  });

  it('should accept BIS numbers with month +20 and +40 as their own kind', () => {
    for (const month of ['24', '44']) {
      const check = checkNationalNumber(withCheck(`90${month}03123`, 1900), TODAY);
      expect(check.valid && check.number).to.deep.include({ kind: 'bis', birthMonth: 4 });
    }
  });

  it('should refuse an impossible date, a future birth and a bad month', () => {
    const refused = [
      withCheck('900230123', 1900), // 30 February
      withCheck('300101123', 2000), // 2030: still to come
      withCheck('901503123', 1900), // month 15
      withCheck('906503123', 1900), // month 65
    ];
    for (const number of refused) {
      expect(checkNationalNumber(number, TODAY).valid, number).to.equal(false);
    }
  });

  it('should refuse wrong lengths, letters and stray characters', () => {
    for (const input of ['9004030730', '900403073090', '90.04.03-073.O9', '90/04/03-073.09', '']) {
      expect(checkNationalNumber(input, TODAY).valid, input).to.equal(false);
    }
  });

  it('should format and mask a number the usual way', () => {
    expect(formatNationalNumber('90040307309')).to.equal('90.04.03-073.09');
    expect(maskNationalNumber('09')).to.equal('••.••.••-•••.09');
  });
});

describe('SecretBox', () => {
  const boxWith = (settings: object) => {
    const container = new Container();
    container.bind(TYPES.Settings).toConstantValue(settings);
    container.bind(TYPES.Logger).toConstantValue(pino({ level: 'silent' }));
    container.bind(SecretBox).toSelf().inSingletonScope();
    return () => container.get(SecretBox);
  };

  it('should open what it sealed, only in the same context', () => {
    const key = crypto.randomBytes(32).toString('base64');
    const box = boxWith({ secretKey: key, dataDir: '/nonexistent' })();
    const sealed = box.seal('90040307309', 'person:a');
    expect(sealed).to.match(/^v1\./).and.not.include('90040307309');
    expect(box.open(sealed, 'person:a')).to.equal('90040307309');
    expect(() => box.open(sealed, 'person:b')).to.throw();
  });

  it('should refuse a configured key that is not 32 bytes', () => {
    const make = boxWith({ secretKey: Buffer.from('short').toString('base64'), dataDir: '/x' });
    // Inversify wraps what a @postConstruct method throws; the reason is the cause.
    expect(make).to.throw().that.satisfies((error: Error) =>
      /DOTS_C1002/.test(String((error.cause as Error | undefined)?.message)));
  });
});

describe(`National register numbers over HTTP (${testDatabaseKind()})`, () => {
  let test: TestApp;
  let a: TenantFixture;
  let b: TenantFixture;
  let staff: TestClient;

  before(async () => {
    test = await startTestApp();
    a = await createTenantFixture(test, { slug: 'atelier-noord', name: 'Atelier Noord vzw' });
    b = await createTenantFixture(test, { slug: 'kringloop-zuid', name: 'Kringloop Zuid vzw' });
    staff = await a.client('staff');
  });
  after(async () => {
    await test?.close();
  });

  // Each test its own number: one number belongs to one dossier per tenant.
  const post = (familyName: string, birthDate: string, nationalRegisterNumber: string) =>
    staff.post('/api/people', {
      givenNames: 'Test', familyName, birthDate, nationalRegisterNumber,
    });

  it('should store the valid rows of case C12 and refuse the others naming the field', async () => {
    const rows: Array<[string, string, string, number, string?]> = [
      ['Wójcik', '1990-04-03', '90.04.03-073.09', 201],
      ['Van der Heyden', '1990-04-13', '90041306409', 201],
      ['Ben Saïd', '2003-04-12', '03.04.12-123.25', 201],
      ['Nguyễn', '2003-04-12', '03.04.12-123.93', 400, 'nationalRegisterNumber'],
      ['Brzęczyszczykiewicz', '2003-04-12', '03.04.12-123.26', 400, 'nationalRegisterNumber'],
      ['De Smet', '2001-02-31', '', 400, 'birthDate'],
      ['El Idrissi', '1990-04-03', '90.04.13-064.09', 400, 'nationalRegisterNumber'],
    ];
    for (const [familyName, birthDate, number, status, field] of rows) {
      const answer = await post(familyName, birthDate, number);
      expect(answer.status, familyName).to.equal(status);
      if (field) expect(answer.body.errors.map((e: any) => e.field), familyName).to.include(field);
    }
    const list = await staff.get('/api/people?q=wojcik');
    expect(list.body.items[0].nationalRegisterNumber).to.equal('••.••.••-•••.09');
  });

  it('should never keep the number in plain text, and keep the key in a 0600 file', async () => {
    const created = await post('Claes', '1990-04-03', '90040307507');
    const [row] = await test.em().getConnection().execute(
      'select national_register_number_sealed as sealed, national_register_number_hint as hint ' +
        'from person where id = ?',
      [created.body.id],
    );
    expect(row.sealed).to.be.a('string').and.match(/^v1\./);
    for (const part of ['90040307507', '900403', '075', '90.04.03']) {
      expect(row.sealed).not.to.include(part);
    }
    expect(row.hint).to.equal('07');

    const keyFile = path.join(test.app.settings.dataDir, 'secret.key');
    expect(fs.statSync(keyFile).mode & 0o777).to.equal(0o600);
  });

  it('should show the whole number only to staff on the detail, masked elsewhere', async () => {
    const created = await post('Peeters', '1990-04-03', '90 04 03 077 05');
    expect(created.body.nationalRegisterNumber).to.equal('••.••.••-•••.05');

    const detail = await staff.get(`/api/people/${created.body.id}`);
    expect(detail.body.nationalRegisterNumber).to.equal('90.04.03-077.05');

    const list = await staff.get('/api/people?q=peeters');
    expect(list.body.items.map((p: any) => p.nationalRegisterNumber)).to.deep.equal([
      '••.••.••-•••.05',
    ]);
    const coach = await a.client('coach');
    const seen = await coach.get(`/api/people/${created.body.id}`);
    expect(seen.status).to.equal(200);
    expect(seen.body.nationalRegisterNumber).to.equal('••.••.••-•••.05');
  });

  it('should not search the number', async () => {
    await post('Janssens', '1990-04-03', '90.04.03-079.03');
    for (const q of ['90040307903', '079', '90.04.03-079.03']) {
      const found = await staff.get(`/api/people?q=${encodeURIComponent(q)}`);
      expect(found.body.total, q).to.equal(0);
    }
  });

  it('should refuse a new birth date that the stored number contradicts', async () => {
    const created = await post('Maes', '1990-04-03', '90.04.03-081.01');
    const answer = await staff.patch(`/api/people/${created.body.id}`, {
      version: created.body.version, birthDate: '1990-04-04',
    });
    expect(answer.status).to.equal(400);
    expect(answer.body.errors).to.deep.equal([
      { field: 'nationalRegisterNumber', message: 'encodes another birth date than birthDate' },
    ]);

    const after = await staff.get(`/api/people/${created.body.id}`);
    expect(after.body).to.include({ birthDate: '1990-04-03', version: created.body.version });
  });

  it('should clear the number with null and keep it out of tenant B', async () => {
    const created = await post('Wouters', '1990-04-03', '90.04.03-083.96');
    const outsider = await (await b.client('staff')).get(`/api/people/${created.body.id}`);
    expect(outsider.status).to.equal(404);

    const cleared = await staff.patch(`/api/people/${created.body.id}`, {
      version: created.body.version, nationalRegisterNumber: null,
    });
    expect(cleared.body.nationalRegisterNumber).to.equal(null);
    const detail = await staff.get(`/api/people/${created.body.id}`);
    expect(detail.body.nationalRegisterNumber).to.equal(null);
  });
});

describe(`National register numbers in the log (${testDatabaseKind()})`, () => {
  it('should write no part of the number to the log', async () => {
    const database = createScratchDatabase();
    const log = captureLog('trace');
    const test = await startAppOn(database, { logger: log.logger });
    try {
      const tenant = await createTenantFixture(test, { slug: 'atelier-noord' });
      const staff = await tenant.client('staff');
      const created = await staff.post('/api/people', {
        givenNames: 'Zofia', familyName: 'Wójcik', nationalRegisterNumber: '90.04.03-073.09',
      });
      await staff.get(`/api/people/${created.body.id}`);
      await staff.post('/api/people', {
        givenNames: 'Zofia', familyName: 'Wójcik', nationalRegisterNumber: '90.04.03-073.08',
      });

      expect(log.lines().length).to.be.greaterThan(0);
      for (const part of ['90040307309', '90.04.03', '073.0']) {
        expect(log.text()).not.to.include(part);
      }
    } finally {
      await test.close();
      await database.drop();
    }
  });
});
