import { injectable } from 'inversify';

/**
 * Where the agenda reads the time. The default week depends on the moment of the request; a
 * test replaces `now` to stand just before or after midnight in Brussels.
 */
@injectable()
export class AgendaClock {
  now(): Date {
    return new Date();
  }
}
