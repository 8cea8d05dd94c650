import { injectable } from 'inversify';
import { todayInBelgium } from '../../common/cycle-rules.js';

/**
 * Where the cycles read today's date, to tell what is overdue and who has left. A test replaces
 * `now` to stand on a chosen day.
 */
@injectable()
export class CycleClock {
  now(): Date {
    return new Date();
  }

  /** Today in Belgium, `YYYY-MM-DD`. */
  today(): string {
    return todayInBelgium(this.now());
  }
}
