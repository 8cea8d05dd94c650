import { expect } from 'chai';
import {
  displayScore, displayScoredCount, gapOf, meanOf, summarise, type FrameworkContent,
  type RuleAnswer,
} from '../src/common/index.js';

const levels = ['a', 'b', 'c', 'd'];

/** Case C10: "Samenwerken" with three indicators on a 1–4 scale. */
const content: FrameworkContent = {
  scale: ['nog niet', 'met veel hulp', 'met wat hulp', 'zelfstandig'],
  groups: [{
    key: 'social', name: 'Sociale vaardigheden',
    competences: [{
      key: 'samenwerken', name: 'Samenwerken',
      indicators: ['i1', 'i2', 'i3'].map((key) => ({ key, text: key, levels })),
    }, {
      key: 'communiceren', name: 'Communiceren',
      indicators: ['i4', 'i5'].map((key) => ({ key, text: key, levels })),
    }],
  }],
};

const coach = (indicatorKey: string, value: number | null): RuleAnswer =>
  ({ indicatorKey, value, perspective: 'coach' });

describe('Competence rules', () => {
  it('should leave a not-observed indicator out of the mean and keep the count (C10)', () => {
    const [samenwerken] = summarise(content, [coach('i1', 4), coach('i2', null), coach('i3', 2)]);

    expect(samenwerken).to.deep.equal({
      competenceKey: 'samenwerken', mean: 3, scored: 2, indicators: 3,
    });
    expect(displayScore(samenwerken!.mean, 'en')).to.equal('3.00');
    expect(displayScoredCount(2, 3, 'en')).to.equal('2 of 3 scored');
    expect(displayScoredCount(2, 3, 'nl')).to.equal('2 van 3 gescoord');
  });

  it('should give no score, never 0 or NaN, when nothing is scored (C10)', () => {
    const summaries = summarise(content, [coach('i1', 4), coach('i4', null)]);
    const communiceren = summaries.find((s) => s.competenceKey === 'communiceren')!;

    expect(communiceren).to.deep.equal({
      competenceKey: 'communiceren', mean: null, scored: 0, indicators: 2,
    });
    expect(displayScore(communiceren.mean, 'en')).to.equal('no score');
    expect(displayScore(communiceren.mean, 'nl')).to.equal('geen score');
    expect(meanOf([])).to.deep.equal({ mean: null, scored: 0, indicators: 0 });
  });

  it('should keep the mean unrounded and round only for display (C10)', () => {
    const [samenwerken] = summarise(content, [coach('i1', 3), coach('i2', 3), coach('i3', 2)]);

    expect(samenwerken!.mean).to.equal(8 / 3);
    expect(displayScore(samenwerken!.mean, 'en')).to.equal('2.67');
    expect(displayScore(samenwerken!.mean, 'nl')).to.equal('2,67');
    expect(displayScore(2.675, 'en')).to.equal('2.68');
    expect(displayScore(1.005, 'en')).to.equal('1.01');
  });

  it('should refuse to average self and coach together (C10)', () => {
    const mixed = [coach('i1', 4), { indicatorKey: 'i2', value: 1, perspective: 'self' as const }];
    expect(() => summarise(content, mixed)).to.throw(/never averaged together/);
  });

  it('should compare self and coach as a gap, and give none when one side is missing', () => {
    const coachView = summarise(content, [coach('i1', 4), coach('i3', 2)])[0]!;
    const selfView = summarise(content, [
      { indicatorKey: 'i1', value: 1, perspective: 'self' },
      { indicatorKey: 'i2', value: 2, perspective: 'self' },
    ])[0]!;
    const noSelf = summarise(content, [])[0]!;

    expect(gapOf(selfView, coachView)).to.equal(-1.5);
    expect(gapOf(noSelf, coachView)).to.equal(null);
  });
});
