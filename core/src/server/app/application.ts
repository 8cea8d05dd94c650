import 'reflect-metadata';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Container } from 'inversify';
import type { EntityClass, MikroORM } from '@mikro-orm/core';
import pino, { type Logger } from 'pino';
import type { Express } from 'express';
import { readSettings, type Settings } from '../config/settings.js';
import { CORE_ENTITIES } from '../entities/index.js';
import { createOrm, ensureDatabase, resolveTarget } from '../db/orm-factory.js';
import { MigrationRunner, type MigrationSet } from '../db/migration-runner.js';
import type { DatabaseTarget } from '../db/database-url.js';
import { CORE_MIGRATIONS } from '../migrations/index.js';
import type { DotsPluginDefinition } from '../plugins/plugin-definition.js';
import { coreModule } from './core-module.js';
import { RouteRegistry } from '../http/route-registry.js';
import { openApiDocument } from '../http/openapi.js';
import { createExpressApp } from './express-app.js';
import { SessionService } from '../auth/session-service.js';
import { PermissionService } from '../auth/permission-service.js';
import { TYPES } from '../tokens.js';
import { DemoSeeder } from '../seeds/demo-seeder.js';
import { SectionAccess } from '../plugins/section-access.js';

export interface ApplicationOptions {
  settings?: Partial<Settings>;
  /** The installed plugins, ordered by requirements (see plugins/plugin-loader.ts). */
  plugins: DotsPluginDefinition[];
  logger?: Logger;
}

/**
 * The running server: container, database, migrations and the Express app, built in that order.
 * `create` never throws for a failed migration: the server then answers 503 with the reason, so
 * an operator sees what broke instead of a process that will not start.
 */
export class Application {
  private migrationFailure?: string;
  private server?: http.Server;

  private constructor(
    readonly settings: Settings,
    readonly container: Container,
    readonly orm: MikroORM,
    readonly target: DatabaseTarget,
    readonly plugins: DotsPluginDefinition[],
    readonly log: Logger,
  ) {}

  express!: Express;

  static async create(options: ApplicationOptions): Promise<Application> {
    const settings = { ...readSettings(), ...options.settings };
    const log = options.logger ?? pino({ level: settings.logLevel, base: { service: 'dots' } });

    const target = await resolveTarget(settings.databaseUrl, settings.dataDir);
    await ensureDatabase(target);
    const entities = [
      ...CORE_ENTITIES,
      ...options.plugins.flatMap((p) => p.entities ?? []),
    ] as EntityClass<unknown>[];
    const orm = await createOrm(target, entities, log);

    const container = new Container({ defaultScope: 'Singleton' });
    container.bind(TYPES.Settings).toConstantValue(settings);
    container.bind(TYPES.Logger).toConstantValue(log);
    container.bind(TYPES.Orm).toConstantValue(orm);
    container.bind(TYPES.DatabaseTarget).toConstantValue(target);
    container.bind(TYPES.Plugins).toConstantValue(options.plugins);
    container.bind(TYPES.Container).toConstantValue(container);
    container.load(coreModule);
    for (const plugin of options.plugins) if (plugin.module) container.load(plugin.module);

    const app = new Application(settings, container, orm, target, options.plugins, log);
    await app.migrate();
    app.express = app.buildExpress();
    return app;
  }

  migrationSets(): MigrationSet[] {
    return [
      { owner: 'core', migrations: CORE_MIGRATIONS },
      ...this.plugins.map((p) => ({ owner: p.id, migrations: p.migrations ?? [] })),
    ];
  }

  private async migrate(): Promise<void> {
    const runner = new MigrationRunner(this.orm, this.target.dialect, this.log);
    try {
      const applied = await runner.run(this.migrationSets());
      this.log.info({ applied, dialect: this.target.dialect }, 'database migrated');
    } catch (error) {
      this.migrationFailure = (error as Error).message;
      this.log.error({ err: error }, 'migration failed; the API answers 503 until it is fixed');
    }
  }

  private buildExpress(): Express {
    const routes = this.container.get(RouteRegistry).collect();
    const version = '0.1.0';

    return createExpressApp({
      orm: this.orm,
      log: this.log,
      sessions: this.container.get(SessionService),
      permissions: this.container.get(PermissionService),
      routes,
      sections: this.container.get(SectionAccess),
      webRoot: this.settings.webRoot,
      openApi: () => openApiDocument(routes, version),
      unavailable: () =>
        this.migrationFailure && `The database is not up to date: ${this.migrationFailure}`,
      health: () => this.health(),
    });
  }

  private async health(): Promise<{ status: number; body: object }> {
    if (this.migrationFailure) {
      return { status: 503, body: { status: 'unavailable', reason: this.migrationFailure } };
    }
    try {
      await this.orm.em.fork().getConnection().execute('select 1');
      return { status: 200, body: { status: 'ok', database: this.target.dialect } };
    } catch (error) {
      return {
        status: 503,
        body: { status: 'unavailable', reason: `database: ${(error as Error).message}` },
      };
    }
  }

  /** Fills an empty database with the demo of `npm start`; does nothing once a tenant exists. */
  async seedDemoIfEmpty(): Promise<void> {
    if (this.migrationFailure) return;
    await this.container.get(DemoSeeder).seedIfEmpty();
  }

  async listen(port = this.settings.port, host = this.settings.host): Promise<string> {
    this.server = http.createServer(this.express);
    await new Promise<void>((resolve) => this.server!.listen(port, host, resolve));
    const address = this.server.address() as AddressInfo;
    const shownHost = host === '0.0.0.0' ? 'localhost' : host;
    return `http://${shownHost}:${address.port}`;
  }

  async close(): Promise<void> {
    if (this.server) {
      this.server.closeAllConnections();
      await new Promise((resolve) => this.server!.close(resolve));
    }
    await this.orm.close(true);
  }
}
