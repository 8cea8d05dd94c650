import type { EntityMetadata } from '@mikro-orm/core';
import { isTenantOwned } from '../server/entities/tenant-owned-entity.js';
import type { TestApp } from './test-app.js';

/** A row as the database holds it, column by column. */
export type RawRow = Record<string, unknown>;

/** Where one entity keeps its rows, and which column names their tenant. */
export interface TenantTable {
  entityName: string;
  tableName: string;
  /** Column of the primary key (`id` for every BaseEntity). */
  idColumn: string;
  /** Column that names the tenant; for the Tenant entity itself, the id. */
  tenantColumn: string;
  /** Column of the `person` relation, when a row is about one person. */
  personColumn?: string;
}

/**
 * Every row of one tenant in every tenant-owned table, plus its accounts and its own tenant row,
 * read with raw SQL so that no filter can hide a row. The isolation walker takes its ids from
 * here, and compares two of these to prove that nothing of the tenant changed.
 */
export class TenantRows {
  constructor(
    readonly tenantId: string,
    readonly tables: readonly TenantTable[],
    private readonly rows: ReadonlyMap<string, RawRow[]>,
  ) {}

  /** Rows of one entity, by entity name (`Person`, `Reminder`, `Account`, `Tenant`, …). */
  of(entityName: string): RawRow[] {
    return this.rows.get(entityName) ?? [];
  }

  /** Ids of one entity's rows. */
  idsOf(entityName: string): string[] {
    const table = this.tableOf(entityName);
    return this.of(entityName).map((row) => String(row[table.idColumn]));
  }

  /** Every id of every row of the tenant, its own id and its accounts' ids included. */
  allIds(): Set<string> {
    return new Set(this.tables.flatMap((table) => this.idsOf(table.entityName)));
  }

  /** A stable text of every row, for a before/after comparison; `except` names entities to skip. */
  fingerprint(except: string[] = []): string {
    const tables = this.tables.filter((t) => !except.includes(t.entityName));
    return JSON.stringify(tables.map((t) => [t.entityName, this.of(t.entityName)]));
  }

  tableOf(entityName: string): TenantTable {
    const table = this.tables.find((t) => t.entityName === entityName);
    if (!table) throw new Error(`${entityName} is not a table the tenant walkers know.`);
    return table;
  }
}

/** Every entity whose rows belong to one tenant: the tenant-owned ones, Account and Tenant. */
export function tenantTables(test: TestApp): TenantTable[] {
  const all = Object.values(test.app.orm.getMetadata().getAll()) as EntityMetadata[];
  const tables: TenantTable[] = [];

  for (const meta of all) {
    if (meta.abstract || meta.embeddable || !meta.class) continue;
    const idColumn = meta.properties[meta.primaryKeys[0]!]!.fieldNames[0]!;
    if (isTenantOwned(meta.class) || meta.className === 'Account') {
      tables.push({
        entityName: meta.className, tableName: meta.tableName, idColumn,
        tenantColumn: meta.properties.tenant!.fieldNames[0]!,
        personColumn: personColumnOf(meta),
      });
    }
    if (meta.className === 'Tenant') {
      tables.push({
        entityName: 'Tenant', tableName: meta.tableName, idColumn, tenantColumn: idColumn,
      });
    }
  }
  return tables.sort((a, b) => a.entityName.localeCompare(b.entityName));
}

/** Reads every row of `tenantId` from every table of `tenantTables`. */
export async function readTenantRows(test: TestApp, tenantId: string): Promise<TenantRows> {
  const tables = tenantTables(test);
  const connection = test.em().getConnection();
  const rows = new Map<string, RawRow[]>();

  for (const table of tables) {
    const sql = `select * from \`${table.tableName}\` where \`${table.tenantColumn}\` = ? ` +
      `order by \`${table.idColumn}\``;
    rows.set(table.entityName, await connection.execute<RawRow[]>(sql, [tenantId]));
  }
  return new TenantRows(tenantId, tables, rows);
}

function personColumnOf(meta: EntityMetadata): string | undefined {
  const person = meta.properties.person as { type?: string; fieldNames?: string[] } | undefined;
  return person?.type === 'Person' ? person.fieldNames?.[0] : undefined;
}
