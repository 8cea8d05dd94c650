import { expect } from 'chai';
import { Tenant } from '@dots/core';
import { startDemoApp, testDatabaseKind, type DemoApp } from '@dots/core/testing';
import { DOSSIER_PATHS } from '../src/common/index.js';
import { DossierConfidentialNote } from '../src/server/dossier-module.js';

describe(`ConversationSeed (${testDatabaseKind()})`, () => {
  let test: DemoApp;

  before(async () => {
    test = await startDemoApp();
  });
  after(async () => {
    await test?.close();
  });

  for (const slug of ['demo-maatwerk', 'demo-arbeidszorg']) {
    it(`should give ${slug}'s employee conversations, agreements and a PDF`, async () => {
      const employee = await test.signIn(slug, 'employee');
      const staff = await test.signIn(slug, 'staff');
      const session = (await staff.get('/api/session')).body;
      const personId = (await employee.get('/api/session')).body.account.personId as string;

      const talks = (await employee.get(DOSSIER_PATHS.conversations(personId))).body;
      const owners = talks.flatMap((t: { agreements: Array<{ owner: { id: string } }> }) =>
        t.agreements.map((a) => a.owner.id));
      expect(talks.length).to.be.greaterThanOrEqual(3);
      expect(owners).to.include(session.account.id);
      expect(talks.map((t: { type: { labelNl: string } }) => t.type.labelNl))
        .to.include('Werkpostbezoek');
    });

    it(`should store ${slug}'s demo PDF where downloads find it`, async () => {
      const staff = await test.signIn(slug, 'staff');
      const people = (await staff.get('/api/people?limit=100')).body.items as Array<{ id: string }>;
      let served = 0;
      for (const person of people) {
        const talks = (await staff.get(DOSSIER_PATHS.conversations(person.id))).body;
        for (const file of talks.flatMap((t: { attachments: Array<{ id: string }> }) =>
          t.attachments)) {
          const bytes = await staff.get(DOSSIER_PATHS.attachmentContent(file.id));
          expect(bytes.status).to.equal(200);
          expect(bytes.text.startsWith('%PDF-')).to.equal(true);
          served += 1;
        }
      }
      expect(served).to.equal(1);
    });
  }

  it('should hold a confidential note in each demo tenant', async () => {
    for (const slug of ['demo-maatwerk', 'demo-arbeidszorg']) {
      const tenant = await test.em().findOneOrFail(Tenant, { slug });
      const notes = await test.emFor(tenant.id).count(DossierConfidentialNote, {});
      expect(notes, slug).to.be.greaterThan(0);
    }
  });
});
