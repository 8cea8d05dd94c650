import { expect } from 'chai';
import { testDatabaseKind, type TestClient } from '@dots/core/testing';
import { DOSSIER_PATHS } from '../src/common/index.js';
import {
  expectStatus, startDossierWorld, weekdays, type DossierWorld,
} from './dossier-fixtures.js';

interface Section {
  section: string; labelNl: string; labelEn: string; data: any;
  records: Array<{ entries: Array<{ labelNl: string; labelEn: string; value: unknown }> }>;
}

describe(`Dossier personal data for the portal and export (${testDatabaseKind()})`, () => {
  let world: DossierWorld;
  let sections: Section[];

  before(async () => {
    world = await startDossierWorld();
    const staff: TestClient = await world.north.client('staff');
    const own = world.north.employeePerson.id;
    expectStatus(await staff.put(DOSSIER_PATHS.contactData(own), {
      street: 'Kerkstraat', houseNumber: '12', postalCode: '9000', city: 'Gent',
      mobilePhone: '+32 470 12 34 56',
    }), 200);
    expectStatus(await staff.post(DOSSIER_PATHS.emergencyContacts(own),
      { name: 'An Peeters', relation: 'moeder', phone: '+32 471 00 00 01' }), 201);
    expectStatus(await staff.post(DOSSIER_PATHS.schedules(own),
      { validFrom: '2026-01-01', days: weekdays() }), 201);
    expectStatus(await staff.post(DOSSIER_PATHS.workplaces(own),
      { site: 'Atelier Noord', supervisor: 'Marc Peeters', validFrom: '2026-01-01' }), 201);

    const employee = await world.north.client('employee');
    sections = expectStatus(await employee.get('/api/me'), 200).sections;
  });
  after(async () => {
    await world?.test.close();
  });

  const section = (id: string) => sections.find((s) => s.section === id)!;
  const value = (s: Section, labelNl: string) =>
    s.records[0]!.entries.find((e) => e.labelNl === labelNl)?.value;

  it('should name each part in plain Dutch and in English', () => {
    expect(section('dossier.contact-data')).to.include({
      labelNl: 'Je adres en hoe we je bereiken', labelEn: 'Your address and how we reach you',
    });
    expect(section('dossier.emergency-contacts'))
      .to.include({ labelNl: 'Wie we bellen als er iets gebeurt' });
    expect(section('dossier.schedules')).to.include({ labelNl: 'Wanneer je werkt' });
    expect(section('dossier.workplaces')).to.include({ labelNl: 'Waar je werkt' });
  });

  it('should hand the values readable and as plain JSON', () => {
    const contact = section('dossier.contact-data');
    expect(value(contact, 'Straat')).to.equal('Kerkstraat');
    expect(contact.data).to.include({ city: 'Gent', mobilePhone: '+32 470 12 34 56' });

    const emergency = section('dossier.emergency-contacts');
    expect(emergency.data).to.deep.equal([{
      name: 'An Peeters', relation: 'moeder', phone: '+32 471 00 00 01', priority: 1, note: null,
    }]);

    const schedules = section('dossier.schedules');
    expect(value(schedules, 'Uren per week')).to.equal(40);
    expect(schedules.data[0]).to.include({ validFrom: '2026-01-01', hoursPerWeek: 40 });

    const workplaces = section('dossier.workplaces');
    expect(value(workplaces, 'Wie je begeleidt op de werkpost')).to.equal('Marc Peeters');
    expect(JSON.parse(JSON.stringify(sections))).to.deep.equal(sections);
  });
});
