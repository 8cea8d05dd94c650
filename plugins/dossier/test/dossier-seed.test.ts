import { expect } from 'chai';
import { startDemoApp, testDatabaseKind, type DemoApp } from '@dots/core/testing';
import { DOSSIER_PATHS } from '../src/common/index.js';

describe(`DossierSeed (${testDatabaseKind()})`, () => {
  let test: DemoApp;

  before(async () => {
    test = await startDemoApp();
  });
  after(async () => {
    await test?.close();
  });

  it("should fill every section of the demo employee's own dossier", async () => {
    for (const tenant of ['demo-maatwerk', 'demo-arbeidszorg']) {
      const employee = await test.signIn(tenant, 'employee');
      const personId = (await employee.get('/api/session')).body.account.personId as string;

      expect((await employee.get(DOSSIER_PATHS.contactData(personId))).body.contactData)
        .to.not.equal(null);
      expect((await employee.get(DOSSIER_PATHS.emergencyContacts(personId))).body.items)
        .to.have.length(2);
      const schedules = (await employee.get(DOSSIER_PATHS.schedules(personId))).body.items;
      expect(schedules.map((s: { validTo: string | null }) => s.validTo))
        .to.deep.equal([null, '2025-12-31']);
      const workplaces = (await employee.get(DOSSIER_PATHS.workplaces(personId))).body.items;
      expect(workplaces[0].teamId, tenant).to.be.a('string');
    }
  });
});
