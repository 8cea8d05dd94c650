/** Which database to open, read from `DOTS_DATABASE_URL` or the embedded default. */
export type DatabaseTarget =
  | { dialect: 'sqlite'; file: string }
  | {
      dialect: 'mysql';
      host: string;
      port: number;
      user: string;
      password?: string;
      dbName: string;
      /** Set when the server is MariaDB, which needs its own driver (see docs/architecture.md). */
      mariadb: boolean;
    };

export function parseDatabaseUrl(
  url: string,
): Omit<Extract<DatabaseTarget, { dialect: 'mysql' }>, 'mariadb'> {
  const parsed = new URL(url);
  if (!['mysql:', 'mariadb:'].includes(parsed.protocol)) {
    throw new Error(
      `DOTS_DATABASE_URL must start with mysql:// or mariadb://, not ${parsed.protocol}//. ` +
        'Leave it unset to use the embedded SQLite database.',
    );
  }
  const dbName = decodeURIComponent(parsed.pathname.replace(/^\//, ''));
  if (!dbName) {
    throw new Error('DOTS_DATABASE_URL must name a database: mysql://user:pass@host:3306/dots');
  }

  return {
    dialect: 'mysql',
    host: parsed.hostname,
    port: Number(parsed.port || 3306),
    user: decodeURIComponent(parsed.username || 'root'),
    password: parsed.password ? decodeURIComponent(parsed.password) : undefined,
    dbName,
  };
}
