import { Application } from './app/application.js';
import { installedPluginPackages, loadPlugins } from './plugins/plugin-loader.js';
import { readSettings } from './config/settings.js';
import path from 'node:path';

/** `npm start`: migrate, seed an empty database with demo data, serve API and web app. */
async function main(): Promise<void> {
  const settings = readSettings();
  const root = path.resolve(import.meta.dirname, '../../..');
  const plugins = await loadPlugins(settings.plugins ?? installedPluginPackages(root));
  const app = await Application.create({ settings, plugins });

  if (settings.seedDemo) await app.seedDemoIfEmpty();
  const address = await app.listen();
  app.log.info({ address }, 'DOTS is listening');
  process.stdout.write(`\nDOTS is running at ${address}\n\n`);

  const stop = async () => {
    await app.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error) => {
  process.stderr.write(`DOTS could not start: ${(error as Error).stack ?? error}\n`);
  process.exit(1);
});
