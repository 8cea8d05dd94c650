import type { Logger } from 'pino';
import type { RegisteredRoute, RouteDefinition } from './route-registrar.js';
import type { RouteContribution } from '../plugins/extension-points.js';
import type { ContributionProvider } from '../plugins/contribution-provider.js';

/**
 * Collects every route of every contribution once at start. The OpenAPI document, the Express
 * mounting and the isolation test all read this one list.
 */
export class RouteRegistry {
  private readonly routes: RegisteredRoute[] = [];

  constructor(
    private readonly contributions: ContributionProvider<RouteContribution>,
    private readonly log: Logger,
  ) {}

  collect(): RegisteredRoute[] {
    for (const contribution of this.contributions.getContributions()) {
      const mount = contribution.pluginId === 'core' ? '/api' : `/api/${contribution.pluginId}`;

      contribution.registerRoutes({
        add: (definition: RouteDefinition<any, any, any>) => {
          const fullPath = `${mount}${definition.path === '/' ? '' : definition.path}`;
          this.assertUnique(definition.method, fullPath, contribution.pluginId);
          this.routes.push({ ...definition, pluginId: contribution.pluginId, fullPath });
        },
      });
    }
    this.log.debug({ count: this.routes.length }, 'routes collected');
    return this.routes;
  }

  all(): readonly RegisteredRoute[] {
    return this.routes;
  }

  private assertUnique(method: string, fullPath: string, pluginId: string): void {
    const clash = this.routes.find((r) => r.method === method && r.fullPath === fullPath);
    if (clash) {
      throw new Error(
        `[DOTS_P1002] ${method.toUpperCase()} ${fullPath} is registered by both ` +
          `'${clash.pluginId}' and '${pluginId}'. Give one of them another path.`,
      );
    }
  }
}
