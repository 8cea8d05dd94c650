import { expect } from 'chai';
import { planDeadlines, type DeadlineFacts } from '../src/server/services/plan-deadlines.js';
import { addDays, addMonths } from '../src/server/services/calendar-arithmetic.js';

/** A maatwerk plan of a person who started on 2026-01-15, with nothing done yet. */
function facts(overrides: Partial<DeadlineFacts> = {}): DeadlineFacts {
  return {
    kind: 'maatwerk', today: '2026-06-01', personStartDate: '2026-01-15',
    periodFrom: '2026-01-15', evaluationDate: null, versionDates: [], handOvers: [],
    reviewDates: [], nextPlanFrom: null, ...overrides,
  };
}

describe('Calendar arithmetic', () => {
  it('should keep the last day of a shorter month, in leap years too', () => {
    expect(addMonths('2026-01-31', 1)).to.equal('2026-02-28');
    expect(addMonths('2028-01-31', 1)).to.equal('2028-02-29');
    expect(addMonths('2028-02-29', 12)).to.equal('2029-02-28');
    expect(addMonths('2026-12-15', 1)).to.equal('2027-01-15');
  });

  it('should count days back over a month and a year boundary', () => {
    expect(addDays('2026-03-05', -10)).to.equal('2026-02-23');
    expect(addDays('2027-01-03', -10)).to.equal('2026-12-24');
    // The last Sunday of March: summer time starts, the calendar does not notice.
    expect(addDays('2026-03-29', 1)).to.equal('2026-03-30');
  });
});

describe('Plan deadlines: maatwerk', () => {
  it('should want the POP at VDAB within a month of the start', () => {
    const [first] = planDeadlines(facts());
    expect(first).to.deep.equal({
      rule: 'maatwerk-pop-first-month', dueDate: '2026-02-15', met: false, doneOn: null,
    });
  });

  it('should count a hand-over on the due day as met, a day later as late', () => {
    const onTime = planDeadlines(facts({ handOvers: ['2026-02-15'] }))[0]!;
    expect(onTime).to.include({ met: true, doneOn: '2026-02-15' });

    const late = planDeadlines(facts({ handOvers: ['2026-02-16'] }))[0]!;
    expect(late).to.include({ met: false, doneOn: '2026-02-16' });
  });

  it('should end the first month on the last day of February for a start on 31 January', () => {
    const start = '2026-01-31';
    const [first] = planDeadlines(facts({ personStartDate: start, periodFrom: start }));
    expect(first!.dueDate).to.equal('2026-02-28');
  });

  it('should not hold a later plan, or a person without a start date, to the first month', () => {
    expect(planDeadlines(facts({ periodFrom: '2026-02-16' }))).to.deep.equal([]);
    expect(planDeadlines(facts({ personStartDate: null }))).to.deep.equal([]);
    // A plan drawn up before the first working day is the hire's plan too.
    expect(planDeadlines(facts({ periodFrom: '2026-01-01' }))).to.have.length(1);
  });

  it('should want the updated POP 10 days before the evaluation', () => {
    const deadlines = planDeadlines(facts({ evaluationDate: '2026-03-05' }));
    expect(deadlines[1]).to.deep.equal({
      rule: 'maatwerk-pop-before-evaluation', dueDate: '2026-02-23', met: false, doneOn: null,
    });
  });

  it('should not count the hire hand-over again as the update before the evaluation', () => {
    const once = planDeadlines(facts({ evaluationDate: '2026-12-10', handOvers: ['2026-02-01'] }));
    expect(once[0]).to.include({ met: true, doneOn: '2026-02-01' });
    expect(once[1]).to.include({ dueDate: '2026-11-30', met: false, doneOn: null });

    const twice = planDeadlines(facts({
      evaluationDate: '2026-12-10', handOvers: ['2026-11-30', '2026-02-01'],
    }));
    expect(twice[1]).to.include({ met: true, doneOn: '2026-11-30' });

    const tooLate = planDeadlines(facts({
      evaluationDate: '2026-12-10', handOvers: ['2026-02-01', '2026-12-01'],
    }));
    expect(tooLate[1]).to.include({ met: false, doneOn: '2026-12-01' });
  });

  it('should count any hand-over of a later plan for its evaluation', () => {
    const later = planDeadlines(facts({
      periodFrom: '2027-01-01', evaluationDate: '2027-06-20', handOvers: ['2027-06-10'],
    }));
    expect(later).to.deep.equal([{
      rule: 'maatwerk-pop-before-evaluation', dueDate: '2027-06-10', met: true,
      doneOn: '2027-06-10',
    }]);
  });
});

describe('Plan deadlines: lokale diensteneconomie', () => {
  const lde = (overrides: Partial<DeadlineFacts> = {}) => facts({
    kind: 'local-services', periodFrom: '2026-01-01', evaluationDate: '2026-06-01', ...overrides,
  });

  it('should want a new POP a year after the plan starts, and ignore maatwerk rules', () => {
    expect(planDeadlines(lde())).to.deep.equal([{
      rule: 'lde-yearly-pop', dueDate: '2027-01-01', met: false, doneOn: null,
    }]);
  });

  it('should count a version as the renewal and start the next year from it', () => {
    const deadlines = planDeadlines(lde({ versionDates: ['2026-01-01', '2026-12-20'] }));
    expect(deadlines).to.deep.equal([
      { rule: 'lde-yearly-pop', dueDate: '2027-01-01', met: true, doneOn: '2026-12-20' },
      { rule: 'lde-yearly-pop', dueDate: '2027-12-20', met: false, doneOn: null },
    ]);
  });

  it('should mark a late renewal late and go on from it', () => {
    const deadlines = planDeadlines(lde({ versionDates: ['2027-03-01'] }));
    expect(deadlines[0]).to.include({ met: false, doneOn: '2027-03-01' });
    expect(deadlines[1]).to.include({ dueDate: '2028-03-01', met: false });
  });

  it('should hand the cycle to the next plan when it starts', () => {
    const deadlines = planDeadlines(lde({ nextPlanFrom: '2027-01-01' }));
    expect(deadlines).to.deep.equal([
      { rule: 'lde-yearly-pop', dueDate: '2027-01-01', met: true, doneOn: '2027-01-01' },
    ]);
  });
});

describe('Plan deadlines: arbeidszorg and other kinds', () => {
  const ama = (overrides: Partial<DeadlineFacts> = {}) => facts({
    kind: 'arbeidszorg', periodFrom: '2025-03-01', today: '2026-06-01', ...overrides,
  });

  it('should want an evaluation every year, counting reviews held, not those planned', () => {
    const deadlines = planDeadlines(ama({ reviewDates: ['2026-02-20', '2026-09-01'] }));
    expect(deadlines).to.deep.equal([
      { rule: 'ama-yearly-evaluation', dueDate: '2026-03-01', met: true, doneOn: '2026-02-20' },
      { rule: 'ama-yearly-evaluation', dueDate: '2027-02-20', met: false, doneOn: null },
    ]);
  });

  it('should leave the years after the next plan starts to that plan', () => {
    const deadlines = planDeadlines(ama({
      reviewDates: ['2026-02-20'], nextPlanFrom: '2026-12-31',
    }));
    expect(deadlines.map((d) => d.dueDate)).to.deep.equal(['2026-03-01']);
  });

  it('should give no deadlines to an organisation of another kind', () => {
    expect(planDeadlines(facts({ kind: 'other', evaluationDate: '2026-05-01' }))).to.deep.equal([]);
  });
});
