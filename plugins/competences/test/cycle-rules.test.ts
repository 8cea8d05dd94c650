import { expect } from 'chai';
import {
  addCalendarMonths, cyclesFor, dueDateOf, dueFor, isStillWorking, todayInBelgium,
  type CyclePerson, type CycleRule,
} from '../src/common/cycle-rules.js';

const TYPE = 'type-a';
const FRAMEWORK = 'framework-1';

function cycle(overrides: Partial<CycleRule> = {}): CycleRule {
  return {
    id: 'cycle-type', frameworkId: FRAMEWORK, employeeTypeId: TYPE, personId: null,
    intervalMonths: 6, startsOn: '2026-01-01', withSelfAssessment: true, ...overrides,
  };
}

function person(overrides: Partial<CyclePerson> = {}): CyclePerson {
  return {
    id: 'person-1', employeeTypeId: TYPE, startDate: null, endDate: null, status: 'active',
    ...overrides,
  };
}

describe('cycle rules', () => {
  describe('#addCalendarMonths', () => {
    it('should follow date-fns addMonths at the end of a month', () => {
      expect(addCalendarMonths('2026-01-31', 1)).to.equal('2026-02-28');
      expect(addCalendarMonths('2028-01-31', 1)).to.equal('2028-02-29');
      expect(addCalendarMonths('2026-08-31', 6)).to.equal('2027-02-28');
      expect(addCalendarMonths('2026-03-31', 1)).to.equal('2026-04-30');
      expect(addCalendarMonths('2025-11-15', 36)).to.equal('2028-11-15');
    });

    it('should not move a day across the summer-time changes', () => {
      expect(addCalendarMonths('2026-03-29', 1)).to.equal('2026-04-29');
      expect(addCalendarMonths('2025-10-26', 5)).to.equal('2026-03-26');
      expect(addCalendarMonths('2026-02-28', 1)).to.equal('2026-03-28');
    });
  });

  describe('#todayInBelgium', () => {
    it('should give the Belgian date around midnight, whatever the server zone', () => {
      expect(todayInBelgium(new Date('2026-03-29T21:59:00Z'))).to.equal('2026-03-29');
      expect(todayInBelgium(new Date('2026-03-29T22:00:00Z'))).to.equal('2026-03-30');
      expect(todayInBelgium(new Date('2026-01-15T22:59:00Z'))).to.equal('2026-01-15');
      expect(todayInBelgium(new Date('2026-01-15T23:00:00Z'))).to.equal('2026-01-16');
    });
  });

  describe('#cyclesFor', () => {
    it("should prefer the person's own cycle on a framework to their type's", () => {
      const own = cycle({ id: 'cycle-own', employeeTypeId: null, personId: 'person-1' });
      const other = cycle({ id: 'cycle-other', frameworkId: 'framework-2' });

      expect(cyclesFor(person(), [cycle(), own, other]).map((c) => c.id).sort())
        .to.deep.equal(['cycle-other', 'cycle-own']);
    });

    it("should ignore another type's and another person's cycles", () => {
      const cycles = [
        cycle({ employeeTypeId: 'type-b' }),
        cycle({ id: 'c2', employeeTypeId: null, personId: 'person-2' }),
      ];
      expect(cyclesFor(person(), cycles)).to.deep.equal([]);
      expect(cyclesFor(person({ employeeTypeId: null }), [cycle()])).to.deep.equal([]);
    });
  });

  describe('#dueDateOf', () => {
    it('should add the interval to the last measurement', () => {
      expect(dueDateOf(cycle(), person(), '2025-08-31')).to.equal('2026-02-28');
    });

    it('should take the later of the start and the first working day when never measured', () => {
      expect(dueDateOf(cycle(), person(), null)).to.equal('2026-01-01');
      expect(dueDateOf(cycle(), person({ startDate: '2026-03-02' }), null))
        .to.equal('2026-03-02');
      expect(dueDateOf(cycle(), person({ startDate: '2019-09-01' }), null))
        .to.equal('2026-01-01');
    });

    it('should never fall before the start of the cycle nor the first working day', () => {
      // Measured 10/12/2024 on a 6-month cycle that starts 01/01/2026: due 01/01/2026, not
      // overdue since 10/06/2025.
      expect(dueDateOf(cycle(), person(), '2024-12-10')).to.equal('2026-01-01');
      expect(dueDateOf(cycle(), person({ startDate: '2026-02-02' }), '2024-12-10'))
        .to.equal('2026-02-02');
      expect(dueDateOf(cycle(), person({ startDate: '2019-09-01' }), '2025-12-31'))
        .to.equal('2026-06-30');
    });
  });

  describe('#isStillWorking', () => {
    it('should count only active people whose end date is not past', () => {
      expect(isStillWorking(person(), '2026-04-01')).to.equal(true);
      expect(isStillWorking(person({ endDate: '2026-04-01' }), '2026-04-01')).to.equal(true);
      expect(isStillWorking(person({ endDate: '2026-03-31' }), '2026-04-01')).to.equal(false);
      for (const status of ['left', 'paused', 'candidate']) {
        expect(isStillWorking(person({ status }), '2026-04-01'), status).to.equal(false);
      }
    });
  });

  describe('#dueFor', () => {
    const dates = new Map([[FRAMEWORK, '2025-09-30']]);

    it('should say when each framework is due and whether that is before today', () => {
      expect(dueFor(person(), [cycle()], dates, '2026-03-30')).to.deep.equal([{
        frameworkId: FRAMEWORK, cycleId: 'cycle-type', intervalMonths: 6,
        lastDate: '2025-09-30', dueDate: '2026-03-30', overdue: false, withSelfAssessment: true,
      }]);
      expect(dueFor(person(), [cycle()], dates, '2026-03-31')[0]!.overdue).to.equal(true);
    });

    it('should give nothing to someone who left, nor a date after the end date', () => {
      expect(dueFor(person({ status: 'left' }), [cycle()], dates, '2026-01-10'))
        .to.deep.equal([]);
      expect(dueFor(person({ endDate: '2026-03-29' }), [cycle()], dates, '2026-01-10'))
        .to.deep.equal([]);
      expect(dueFor(person({ endDate: '2026-03-30' }), [cycle()], dates, '2026-01-10'))
        .to.have.length(1);
    });

    it('should list the frameworks by due date', () => {
      const later = cycle({ id: 'c2', frameworkId: 'framework-0', startsOn: '2026-07-01' });
      expect(dueFor(person(), [later, cycle()], dates, '2026-01-10').map((d) => d.cycleId))
        .to.deep.equal(['cycle-type', 'c2']);
    });
  });
});
