import type { MikroORM } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import type { Logger } from 'pino';
import crypto from 'node:crypto';
import type { Migration } from './migration.js';

export interface MigrationSet {
  /** `core` or a plugin id; sets run in the order given (core first, then by `requires`). */
  owner: string;
  migrations: Migration[];
}

/** A migration stopped; the message names it, the step and the statement. */
export class MigrationError extends Error {
  constructor(
    readonly owner: string,
    readonly migration: string,
    readonly step: number,
    statement: string,
    cause: unknown,
  ) {
    super(
      `Migration ${owner}/${migration} failed at step ${step + 1}: ` +
        `${(cause as Error)?.message ?? cause}. Statement: ${statement.slice(0, 300)}`,
      { cause },
    );
  }
}

/** A step that already ran was edited or moved afterwards: the database no longer matches it. */
export class MigrationChangedError extends Error {
  constructor(owner: string, migration: string, step: number) {
    super(
      `[DOTS_M1001] Migration ${owner}/${migration} step ${step + 1} ran in this database, but ` +
        'its statement has changed since. A migration that ran is never edited: restore it and ' +
        'put the change in a new migration.',
    );
  }
}

/** The table that records every completed migration step. */
export const MIGRATION_LEDGER = 'dots_migration';

/**
 * Runs migrations and records each completed statement in `dots_migration`. On MySQL and MariaDB
 * DDL commits at once, so a transaction protects nothing there: recording per step lets a
 * migration that failed half-way resume at the failed step, with nothing done by hand. SQLite
 * rolls DDL back, so there each migration runs in one transaction.
 */
export class MigrationRunner {
  constructor(
    private readonly orm: MikroORM,
    private readonly dialect: 'sqlite' | 'mysql',
    private readonly log: Logger,
  ) {}

  async run(sets: MigrationSet[]): Promise<number> {
    const em = this.orm.em.fork() as EntityManager;
    await this.ensureLedger(em);

    let applied = 0;
    for (const set of sets) {
      for (const migration of set.migrations) {
        applied += await this.apply(em, set.owner, migration);
      }
    }
    return applied;
  }

  private async apply(em: EntityManager, owner: string, migration: Migration): Promise<number> {
    const statements = this.statementsOf(migration);
    const done = await this.doneSteps(em, owner, migration.name);
    for (const [step, checksum] of done) {
      if (checksum !== checksumOf(statements[step])) {
        throw new MigrationChangedError(owner, migration.name, step);
      }
    }
    if (done.size >= statements.length) return 0;

    const runSteps = async (tx: EntityManager) => {
      for (const [step, statement] of statements.entries()) {
        if (done.has(step)) continue;
        try {
          await tx.getConnection().execute(statement, [], 'run', tx.getTransactionContext());
        } catch (error) {
          throw new MigrationError(owner, migration.name, step, statement, error);
        }
        await tx.getConnection().execute(
          `insert into ${MIGRATION_LEDGER} (owner, name, step, checksum, applied_at) ` +
            'values (?, ?, ?, ?, ?)',
          [owner, migration.name, step, checksumOf(statement), new Date().toISOString()],
          'run',
          tx.getTransactionContext(),
        );
      }
    };

    if (this.dialect === 'sqlite') await em.transactional((tx) => runSteps(tx as EntityManager));
    else await runSteps(em);

    this.log.info({ owner, migration: migration.name }, 'migration applied');
    return 1;
  }

  private statementsOf(migration: Migration): string[] {
    return this.dialect === 'sqlite' ? migration.sqlite : migration.mysql;
  }

  /** The steps of a migration that ran, with the checksum of the statement each one ran. */
  private async doneSteps(em: EntityManager, owner: string, name: string) {
    const rows = await em.getConnection().execute<Array<{ step: number; checksum: string }>>(
      `select step, checksum from ${MIGRATION_LEDGER} where owner = ? and name = ?`,
      [owner, name],
    );
    return new Map(rows.map((row) => [Number(row.step), row.checksum]));
  }

  private async ensureLedger(em: EntityManager): Promise<void> {
    await em.getConnection().execute(
      `create table if not exists ${MIGRATION_LEDGER} (owner varchar(100) not null, ` +
        'name varchar(150) not null, step int not null, checksum varchar(64) not null, ' +
        'applied_at varchar(30) not null, ' +
        'primary key (owner, name, step))',
    );
  }
}

/** Absent for a step past the end: a migration that lost statements has changed too. */
function checksumOf(statement: string | undefined): string {
  return statement === undefined ? '' : crypto.createHash('sha256').update(statement).digest('hex');
}
