import { inject, injectable, postConstruct, type Container } from 'inversify';
import type { MikroORM } from '@mikro-orm/core';
import type { Logger } from 'pino';
import { Account } from '../entities/account.js';
import { Tenant } from '../entities/tenant.js';
import { Person } from '../entities/person.js';
import type { Settings } from '../config/settings.js';
import { AccountService } from '../accounts/account-service.js';
import { TenantService } from '../tenants/tenant-service.js';
import { PersonService } from '../people/person-service.js';
import { ContributionProvider } from '../plugins/contribution-provider.js';
import { SeedContribution } from '../plugins/extension-points.js';
import { enabledFor } from '../plugins/contribution-filter.js';
import type { DotsPluginDefinition } from '../plugins/plugin-definition.js';
import { forkForTenant } from '../db/tenant-filter.js';
import { TYPES } from '../tokens.js';
import {
  DEMO_TENANT_SETTINGS, DEMO_TENANTS, PLATFORM_ADMIN_USERNAME, type DemoTenantInput,
} from './demo-tenant-data.js';
import { DemoTenantBuilder, type DemoAccounts } from './demo-tenant-builder.js';
import { seededRandom } from './seeded-random.js';
import type { SeedContext } from './seed-context.js';

/** One seeded demo tenant, for tests that need two full tenants. */
export interface DemoTenant {
  tenant: Tenant;
  accounts: DemoAccounts;
  people: Person[];
}

/**
 * The demo data of `npm start`: a platform admin and two demo tenants with every installed
 * plugin enabled, their lists, fields, people and accounts, then each plugin's own demo rows
 * (SeedContribution). Runs only on a database without any tenant, so it never touches real data.
 */
@injectable()
export class DemoSeeder {
  @inject(TYPES.Orm) private readonly orm!: MikroORM;
  @inject(TYPES.Settings) private readonly settings!: Settings;
  @inject(TYPES.Plugins) private readonly plugins!: DotsPluginDefinition[];
  @inject(TYPES.Container) private readonly container!: Container;
  @inject(TYPES.Logger) private readonly rootLog!: Logger;
  @inject(TenantService) private readonly tenants!: TenantService;
  @inject(AccountService) private readonly accounts!: AccountService;
  @inject(PersonService) private readonly people!: PersonService;

  private log!: Logger;

  @postConstruct()
  protected init(): void {
    this.log = this.rootLog.child({ name: 'core:DemoSeeder' });
  }

  /**
   * Seeds when the database holds no tenant at all; answers whether it did. When one demo tenant
   * fails, the ones made before it are removed too, so the next start finds an empty database
   * and makes the whole demo again.
   */
  async seedIfEmpty(): Promise<boolean> {
    if ((await this.orm.em.fork().count(Tenant, {})) > 0) return false;

    await this.ensurePlatformAdmin();
    const seeded: Tenant[] = [];
    try {
      for (const demo of DEMO_TENANTS) seeded.push((await this.seedTenant(demo)).tenant);
    } catch (error) {
      for (const tenant of seeded) await this.remove(tenant);
      throw error;
    }
    return true;
  }

  /**
   * Builds one demo tenant with everything a demo tenant has. A failure half-way removes the
   * tenant again (its rows go with it), so the next start seeds it afresh.
   */
  async seedTenant(input: DemoTenantInput): Promise<DemoTenant> {
    const tenant = await this.tenants.create(this.orm.em.fork(), {
      ...input, enabledPlugins: this.plugins.map((plugin) => plugin.id),
      settings: structuredClone(DEMO_TENANT_SETTINGS),
    });
    try {
      const random = seededRandom(tenant.slug);
      const em = forkForTenant(this.orm.em.fork(), tenant.id);
      const { people, accounts } = await new DemoTenantBuilder({
        em, tenant, random, accounts: this.accounts, people: this.people, log: this.log,
        password: this.settings.demoPassword,
      }).build();

      await this.runContributions(tenant, random);
      this.log.info(
        { tenantId: tenant.id, slug: tenant.slug, people: people.length }, 'demo tenant seeded',
      );
      return { tenant, accounts, people };
    } catch (error) {
      await this.remove(tenant);
      throw error;
    }
  }

  /** Deletes a tenant; every row that belongs to it goes with it (foreign keys cascade). */
  private async remove(tenant: Tenant): Promise<void> {
    await this.orm.em.fork().nativeDelete(Tenant, { id: tenant.id });
  }

  private async ensurePlatformAdmin(): Promise<void> {
    const em = this.orm.em.fork();
    const existing = await em.findOne(
      Account, { tenant: null, username: PLATFORM_ADMIN_USERNAME }, { filters: false },
    );
    if (existing) return;

    await this.accounts.create(em, {
      role: 'platform-admin', username: PLATFORM_ADMIN_USERNAME, displayName: 'Platformbeheerder',
      password: this.settings.demoPassword,
    });
    await em.flush();
  }

  /**
   * Each plugin's demo rows, in an entity manager of its own: a plugin whose seed fails is
   * logged and left out, and the rest of the demo stands.
   */
  private async runContributions(tenant: Tenant, random: () => number): Promise<void> {
    const provider = new ContributionProvider<SeedContribution>(this.container, SeedContribution);
    const contributions = provider.getContributions()
      .filter((contribution) => enabledFor(tenant, contribution));

    for (const contribution of contributions) {
      const context = await this.contextFor(tenant, random);
      try {
        await contribution.seed(context);
        await context.em.flush();
      } catch (error) {
        this.log.error(
          { err: error, pluginId: contribution.pluginId, tenantId: tenant.id },
          'demo seed of a plugin failed; the demo goes on without it',
        );
      }
    }
  }

  private async contextFor(tenant: Tenant, random: () => number): Promise<SeedContext> {
    const em = forkForTenant(this.orm.em.fork(), tenant.id);
    const scopedTenant = await em.findOneOrFail(Tenant, { id: tenant.id });
    const people = await em.find(Person, {}, { orderBy: { sortKey: 'asc', id: 'asc' } });
    const rows = await em.find(Account, { tenant: tenant.id });
    const accounts = Object.fromEntries(rows.map((row) => [row.role, row])) as DemoAccounts;
    return { em, tenant: scopedTenant, people, accounts, random, log: this.log };
  }
}
