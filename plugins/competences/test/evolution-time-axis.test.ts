import { expect } from 'chai';
import {
  evolutionChartPoints, evolutionDate, evolutionDay, evolutionDayRange, type TimedPoint,
} from '../web/app/utils/evolution-time-axis.js';

/**
 * The evolution chart's x axis (web/app/utils/evolution-time-axis.ts), without a browser: the
 * tester's cases of issue 5, a category axis that drew 6 and 15 months apart as equal steps and
 * a map by date that dropped one of two measurements on one day.
 */
const zone = process.env.TZ ?? Intl.DateTimeFormat().resolvedOptions().timeZone;

const point = (perspective: TimedPoint['perspective'], date: string, value: number | null) =>
  ({ perspective, date, value, text: value === null ? 'niet gezien' : String(value) });

describe(`The evolution chart's time axis (zone ${zone})`, () => {
  it('should put points as far apart as their dates are', () => {
    const points = [point('coach', '2025-01-10', 1), point('coach', '2025-07-10', 2),
      point('coach', '2026-10-10', 3)];

    const [first, second, third] = evolutionChartPoints(points, 'coach').map((p) => p.x);

    expect(second! - first!).to.equal(181);
    expect(third! - second!).to.equal(457);
  });

  it('should draw both of two measurements of one day', () => {
    const points = [point('coach', '2025-03-04', 2), point('self', '2025-03-04', 4),
      point('coach', '2025-03-04', 3), point('coach', '2025-01-02', 1)];

    const coach = evolutionChartPoints(points, 'coach');

    expect(coach.map((p) => [evolutionDate(p.x), p.y])).to.deep.equal([
      ['2025-01-02', 1], ['2025-03-04', 2], ['2025-03-04', 3]]);
    expect(evolutionChartPoints(points, 'self')).to.have.length(1);
  });

  it('should keep a point without a value as a gap, not as 0', () => {
    const points = [point('coach', '2025-01-10', 2), point('coach', '2025-02-10', null),
      point('coach', '2025-03-10', 3)];

    expect(evolutionChartPoints(points, 'coach').map((p) => p.y)).to.deep.equal([2, null, 3]);
  });

  it('should count calendar days, across summer time, whatever the zone', () => {
    expect(evolutionDay('1970-01-01')).to.equal(0);
    expect(evolutionDay('2026-03-30') - evolutionDay('2026-03-29')).to.equal(1);
    expect(evolutionDay('2026-10-26') - evolutionDay('2026-10-25')).to.equal(1);
    for (const date of ['2024-02-29', '2026-03-29', '2026-10-25', '2026-12-31']) {
      expect(evolutionDate(evolutionDay(date))).to.equal(date);
    }
    expect(evolutionDate(evolutionDay('2026-03-29') + 0.4)).to.equal('2026-03-29');
  });

  it('should span every point with room on both sides', () => {
    const range = evolutionDayRange([point('coach', '2025-01-01', 1),
      point('self', '2027-01-01', 2)]);
    const single = evolutionDayRange([point('self', '2025-05-05', 3)]);

    expect(range.min).to.be.below(evolutionDay('2025-01-01'));
    expect(range.max).to.be.above(evolutionDay('2027-01-01'));
    expect(single.max - single.min).to.be.at.least(6);
    expect(single.min).to.be.below(evolutionDay('2025-05-05'));
  });
});
