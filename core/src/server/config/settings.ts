import path from 'node:path';

/** Everything the server reads from its environment, read once at start. */
export interface Settings {
  /**
   * Folder for the embedded database, the secret key and uploads. `DOTS_DATA_DIR`,
   * default `./data`.
   */
  dataDir: string;
  /**
   * `mysql://user:pass@host:3306/db` or `mariadb://…`; undefined means the embedded SQLite
   * file.
   */
  databaseUrl?: string;
  port: number;
  host: string;
  /** Key for field encryption (32 bytes, base64); undefined means a key file in `dataDir`. */
  secretKey?: string;
  /** Password of the demo accounts that the seed creates. */
  demoPassword: string;
  /** Whether `npm start` fills an empty database with demo data. */
  seedDemo: boolean;
  /** Where the built web app lives; the API runs without it. */
  webRoot: string;
  sessionIdleMinutes: number;
  sessionAbsoluteHours: number;
  logLevel: string;
  /** Installed plugins, as package names; default: config/plugins.json. */
  plugins?: string[];
}

export const DEMO_PASSWORD = 'dots-demo-2026';

export function readSettings(env: NodeJS.ProcessEnv = process.env): Settings {
  const root = path.resolve(import.meta.dirname, '../../../..');

  return {
    dataDir: path.resolve(env.DOTS_DATA_DIR ?? path.join(root, 'data')),
    databaseUrl: env.DOTS_DATABASE_URL || undefined,
    port: Number(env.PORT ?? 3000),
    host: env.HOST ?? '0.0.0.0',
    secretKey: env.DOTS_SECRET_KEY || undefined,
    demoPassword: env.DOTS_DEMO_PASSWORD || DEMO_PASSWORD,
    seedDemo: env.DOTS_SEED_DEMO !== 'false',
    webRoot: path.resolve(env.DOTS_WEB_ROOT ?? path.join(root, 'web/.output/public')),
    sessionIdleMinutes: Number(env.DOTS_SESSION_IDLE_MINUTES ?? 60),
    sessionAbsoluteHours: Number(env.DOTS_SESSION_ABSOLUTE_HOURS ?? 12),
    logLevel: env.DOTS_LOG_LEVEL ?? (env.NODE_ENV === 'test' ? 'silent' : 'info'),
  };
}
