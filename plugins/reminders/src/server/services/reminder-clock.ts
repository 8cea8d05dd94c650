import { injectable } from 'inversify';

/**
 * Where the plugin reads the time. "Due today" depends on the moment of the request; a test
 * replaces `now` to stand just before or after midnight in Brussels.
 */
@injectable()
export class ReminderClock {
  now(): Date {
    return new Date();
  }
}
