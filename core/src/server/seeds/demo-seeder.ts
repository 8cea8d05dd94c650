import { injectable } from 'inversify';

/** The demo data of `npm start`. */
@injectable()
export class DemoSeeder {
  async seedIfEmpty(): Promise<void> {}
}
