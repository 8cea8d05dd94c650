import { expect } from 'chai';
import { startDemoApp, testDatabaseKind, type DemoApp } from '@dots/core/testing';
import { COMPETENCE_PATHS as PATHS } from '../src/common/competence-permissions.js';
import { addCalendarMonths, todayInBelgium } from '../src/common/cycle-rules.js';

describe(`CycleSeed (${testDatabaseKind()})`, () => {
  let test: DemoApp;

  before(async () => {
    test = await startDemoApp();
  });
  after(async () => {
    await test?.close();
  });

  it("should give the demo a type's cycle and the employee's own one", async () => {
    const staff = await test.signIn('demo-maatwerk', 'staff');
    const cycles = (await staff.get(PATHS.cycles)).body.items;
    const today = todayInBelgium();

    expect(cycles).to.have.length(2);
    const [ofType, own] = cycles;
    expect(ofType).to.include({ intervalMonths: 6, startsOn: today, personId: null });
    expect(ofType.employeeTypeName).to.be.a('string');
    expect(own).to.include({ intervalMonths: 3, employeeTypeId: null });

    // Measured last year, three months on is before the own cycle starts on 1 January: due
    // then, not since last June.
    const due = (await staff.get(PATHS.dueOf(own.personId))).body.items;
    const lastYear = Number(today.slice(0, 4)) - 1;
    const startsOn = `${today.slice(0, 4)}-01-01`;
    expect(own.startsOn).to.equal(startsOn);
    expect(addCalendarMonths(`${lastYear}-03-10`, 3) < startsOn).to.equal(true);
    expect(due).to.deep.equal([{
      frameworkId: own.frameworkId, frameworkName: own.frameworkName, cycleId: own.id,
      intervalMonths: 3, lastDate: `${lastYear}-03-10`, dueDate: startsOn,
      overdue: startsOn < today, withSelfAssessment: false,
    }]);
  });
});
