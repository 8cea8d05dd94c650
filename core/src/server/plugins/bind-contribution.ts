import type { ContainerModuleLoadOptions, Newable, ServiceIdentifier } from 'inversify';

/**
 * Binds a class once, as a singleton, and attaches it to each extension point it serves, so one
 * instance answers for all of them.
 */
export function bindContribution<T>(
  options: Pick<ContainerModuleLoadOptions, 'bind'>,
  implementation: Newable<T>,
  points: ServiceIdentifier<unknown>[],
): void {
  options.bind(implementation).toSelf().inSingletonScope();
  for (const point of points) options.bind(point).toService(implementation);
}
