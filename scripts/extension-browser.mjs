// Launches Chromium with the built extension loaded, LinkedIn served from local pages and
// every other request refused. Shared by the end-to-end tests, the demo and the benchmark.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from './find-browser.mjs';

/**
 * @param {{ extensionDir?: string, headless?: boolean, pages?: Record<string, string>, routeEveryPage?: boolean }} options
 *   pages: LinkedIn URL path (e.g. "/in/jane-doe/") → HTML served there.
 *   extensionDir: defaults to $RAPPORT_EXTENSION_DIR, else dist/chrome (a private copy keeps
 *   a test run steady while someone else rebuilds dist/).
 *   routeEveryPage: true (tests): every request of every page passes through the router, so
 *   none can reach the network unseen. false (the benchmark): only pages given to routePage()
 *   are routed — Playwright's routing sends each request through Node, the extension's own
 *   files included, which would slow the popup's every file in a way no user's browser does.
 */
export async function launchWithExtension({
  extensionDir = process.env.RAPPORT_EXTENSION_DIR ?? 'dist/chrome',
  headless = true,
  pages = {},
  routeEveryPage = true,
} = {}) {
  const extDir = resolve(extensionDir); // must be absolute, or nothing loads
  const userDataDir = await mkdtemp(join(tmpdir(), 'rapport-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: findChromium(),
    headless,
    viewport: { width: 1280, height: 800 },
    // Playwright always passes --disable-extensions; this is the flag that overrides it.
    args: [...CHROMIUM_ARGS, `--disable-extensions-except=${extDir}`, `--load-extension=${extDir}`],
  });
  /** Every request made outside the routed LinkedIn pages, for tests that check for none. */
  const outsideRequests = [];
  const servedPages = new Map(Object.entries(pages));
  const router = (route) => {
    const url = new URL(route.request().url());
    // Chromium routes the extension's own files through here too; they are not the network.
    if (url.protocol === 'chrome-extension:') return route.continue();
    if (url.protocol === 'https:' && (url.hostname === 'linkedin.com' || url.hostname.endsWith('.linkedin.com'))) {
      const body = servedPages.get(url.pathname) ?? servedPages.get(`${url.pathname}/`);
      if (body !== undefined && route.request().resourceType() === 'document') {
        return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body });
      }
      return route.fulfill({ status: 404, contentType: 'text/plain', body: '' });
    }
    outsideRequests.push(url.href);
    return route.abort();
  };
  if (routeEveryPage) await context.route('**/*', router);
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    worker,
    extensionId,
    outsideRequests,
    /** Route this page's requests (LinkedIn served from `pages`, the rest refused); needed
     * only with routeEveryPage: false. */
    async routePage(page) {
      await page.route('**/*', router);
    },
    /** Serve (or replace) a LinkedIn page at this path. */
    servePage(path, html) {
      servedPages.set(path, html);
    },
    extensionUrl(path) {
      return `chrome-extension://${extensionId}/${path}`;
    },
    async close() {
      await context.close();
      await rm(userDataDir, { recursive: true, force: true });
    },
  };
}
