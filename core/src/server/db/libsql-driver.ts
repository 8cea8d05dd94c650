import type { Configuration, Dictionary, Transaction } from '@mikro-orm/core';
import { AbstractSqlDriver, type AbstractSqlConnection, type CheckDef } from '@mikro-orm/knex';
import { LibSqlConnection, LibSqlPlatform, LibSqlSchemaHelper } from '@mikro-orm/libsql';

const ENUM_CHECK = /[`"']([^`"']+)[`"'] text check \(\s*[`"']?[^`"'\s]+[`"']? in \((.*?)\)\)/gi;
const QUOTED = /'((?:[^']|'')*)'/g;

/**
 * Reads the values of SQLite enum columns (`text check (x in ('a', 'b', 'c'))`) back from the
 * table definition. MikroORM 6.6.16 keeps only the first and the last value of an enum with more
 * than two (mikro-orm#8139), so the schema diff saw a change in every such table and proposed a
 * rebuild right after migrating. Remove this file once the pinned MikroORM has that fix (6.6.17).
 */
export class DotsLibSqlSchemaHelper extends LibSqlSchemaHelper {
  override async getEnumDefinitions(
    connection: AbstractSqlConnection,
    _checks: CheckDef[],
    tableName: string,
    _schemaName: string,
    ctx?: Transaction,
  ): Promise<Dictionary<string[]>> {
    const table = await connection.execute<{ sql: string }>(
      'select sql from sqlite_master where type = ? and name = ?',
      ['table', tableName],
      'get',
      ctx,
    );
    const enums: Dictionary<string[]> = {};
    for (const [, column, list] of table.sql.matchAll(ENUM_CHECK)) {
      enums[column!] = [...list!.matchAll(QUOTED)].map((m) => m[1]!.replace(/''/g, "'"));
    }
    return enums;
  }
}

class DotsLibSqlPlatform extends LibSqlPlatform {
  protected override readonly schemaHelper: DotsLibSqlSchemaHelper =
    new DotsLibSqlSchemaHelper(this);
}

/** MikroORM's libsql driver with the schema helper above; everything else is unchanged. */
export class DotsLibSqlDriver extends AbstractSqlDriver<LibSqlConnection> {
  constructor(config: Configuration) {
    super(config, new DotsLibSqlPlatform(), LibSqlConnection, ['knex', 'libsql']);
  }
}
