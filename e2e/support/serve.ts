import { startE2eServer } from './test-server.js';

/**
 * The browser tests' server on its own, for looking at the app by hand or with a debugger:
 * `node --import tsx e2e/support/serve.ts` prints the address and the tenants; Ctrl-C stops it.
 */
const server = await startE2eServer();
process.stdout.write(
  `${server.url}\ntenants: ${server.main.slug}, ${server.other.slug} ` +
    `(accounts admin, staff, coach, employee; password ${server.main.password})\n`,
);
const stop = async () => {
  await server.close();
  process.exit(0);
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
