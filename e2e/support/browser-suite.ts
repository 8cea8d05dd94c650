import { expect } from 'chai';
import type { Page } from 'playwright-core';
import type { Credentials } from './app.js';
import { openBrowser, type BrowserSession, type Viewport } from './browser.js';
import { saveScreenshot } from './screenshots.js';
import { startE2eServer, type E2eServer } from './test-server.js';

export interface BrowserSuiteOptions {
  /**
   * The screenshot name of a browser a test left open, from the test's title and the browser's
   * viewport; a number is added when the test opened more than one. Without it, the file takes
   * the screenshots it wants itself.
   */
  screenshot?: (title: string, viewport: Viewport) => string;
}

export interface BrowserSuite {
  /** The file's server, started before its first test. */
  readonly server: E2eServer;
  /** The sign-in of one of the main tenant's demo accounts. */
  as(login: string): Credentials;
  /** A fresh browser, closed (and checked) after the test. */
  open(viewport: Viewport): Promise<BrowserSession>;
  /** The page of a fresh browser, as `open` gives it. */
  browse(viewport: Viewport): Promise<Page>;
}

/**
 * What every browser test file sets up, registered in the `describe` that calls it: one server
 * for the file, and after each test a screenshot of each browser the test opened, its closing,
 * and the check that no page threw an error or asked another host for anything.
 */
export function browserSuite(options: BrowserSuiteOptions = {}): BrowserSuite {
  let server: E2eServer | undefined;
  const opened: Array<{ session: BrowserSession; viewport: Viewport }> = [];

  before(async () => {
    server = await startE2eServer();
  });
  after(async () => {
    await server?.close();
  });

  afterEach(async function () {
    const title = this.currentTest?.title ?? 'test';
    const { screenshot } = options;
    if (screenshot) {
      for (const [index, { session, viewport }] of opened.entries()) {
        const suffix = opened.length > 1 ? `-${index + 1}` : '';
        await saveScreenshot(session.page, `${screenshot(title, viewport)}${suffix}`)
          .catch(() => undefined);
      }
    }

    const problems = opened.flatMap(({ session }) => session.problems);
    await Promise.all(opened.splice(0).map(({ session }) => session.close()));
    expect(problems, 'page errors and requests to other hosts').to.deep.equal([]);
  });

  const started = (): E2eServer => {
    if (!server) throw new Error('The browser suite\'s server is not started yet.');
    return server;
  };

  const open = async (viewport: Viewport): Promise<BrowserSession> => {
    const session = await openBrowser(started().url, viewport);
    opened.push({ session, viewport });
    return session;
  };

  return {
    get server() {
      return started();
    },
    as: (login) => ({ tenant: started().main.slug, login, password: started().main.password }),
    open,
    browse: async (viewport) => (await open(viewport)).page,
  };
}
