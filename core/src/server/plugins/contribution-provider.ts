import type { Container, ServiceIdentifier } from 'inversify';

/**
 * Hands out every contribution bound to one extension point. Unlike `@multiInject` it answers an
 * empty list when nothing is bound, and it resolves lazily, after every plugin module is loaded.
 */
export class ContributionProvider<T> {
  private cache?: T[];

  constructor(
    private readonly container: Container,
    private readonly point: ServiceIdentifier<T>,
  ) {}

  getContributions(): T[] {
    this.cache ??= this.container.getAll(this.point, { optional: true });
    return this.cache;
  }
}
