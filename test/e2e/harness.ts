// Shared set-up for the end-to-end tests: a real browser with the built extension, LinkedIn
// pages served from fixtures, every other request refused and recorded. One harness, two
// browsers: RAPPORT_BROWSER=chromium (Playwright, dist/chrome) or firefox (puppeteer-core over
// WebDriver BiDi, dist/firefox; see browsers/firefox.ts). The tests use Playwright's API, which
// the Firefox side provides for what they need, so each test file runs unchanged in both.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page, Worker } from 'playwright-core';
// @ts-expect-error — a plain ES module shared with the demo and the benchmark
import { launchWithExtension } from '../../scripts/extension-browser.mjs';
import { launchFirefox } from './browsers/firefox';

export type BrowserName = 'chromium' | 'firefox';

export const browserName: BrowserName = process.env.RAPPORT_BROWSER === 'firefox' ? 'firefox' : 'chromium';

export interface Harness {
  browserName: BrowserName;
  context: BrowserContext;
  /** Runs code with the extension's API (Chromium: in the service worker). */
  worker: Pick<Worker, 'evaluate'>;
  extensionId: string;
  outsideRequests: string[];
  servePage(path: string, html: string): void;
  extensionUrl(path: string): string;
  /** Stops the background as the browser does when it is idle; the next event starts it again. */
  stopBackground(): Promise<void>;
  close(): Promise<void>;
}

export async function launch(pages: Record<string, string> = {}): Promise<Harness> {
  if (browserName === 'firefox') {
    const session = await launchFirefox({ pages });
    return Object.assign(session, { browserName }) as unknown as Harness;
  }
  const chromium = await launchWithExtension({ pages });
  return {
    ...chromium,
    browserName,
    async stopBackground() {
      const page = chromium.context.pages()[0] ?? (await chromium.context.newPage());
      const cdp = await chromium.context.newCDPSession(page);
      await cdp.send('ServiceWorker.enable');
      await cdp.send('ServiceWorker.stopAllWorkers');
      await cdp.detach();
    },
  };
}

export function readFixture(file: string): string {
  return readFileSync(join(__dirname, '../fixtures', file), 'utf8');
}

/** The id the browser gave a tab, as the extension sees it (for ?tab=<id>). */
export async function getTabId(harness: Harness, url: string): Promise<number> {
  return harness.worker.evaluate(async (pattern) => {
    const tabs = await chrome.tabs.query({});
    const tab = tabs.find((t) => t.url === pattern);
    if (!tab?.id) throw new Error(`no tab at ${pattern}`);
    return tab.id;
  }, url);
}

/** Open the popup as a page, over the given LinkedIn tab if any. */
export async function openPopup(harness: Harness, overTab?: Page): Promise<Page> {
  const query = overTab ? `?tab=${await getTabId(harness, overTab.url())}` : '';
  const popup = await harness.context.newPage();
  await popup.setViewportSize({ width: 380, height: 600 });
  await popup.goto(harness.extensionUrl(`popup/index.html${query}`));
  return popup;
}

/** The settings page at "Your data", in a tab of its own. */
export async function openDataSettings(harness: Harness): Promise<Page> {
  const page = await harness.context.newPage();
  await page.setViewportSize({ width: 900, height: 1000 });
  await page.goto(harness.extensionUrl('options/index.html#data'));
  await page.getByRole('heading', { name: 'Your data' }).waitFor();
  return page;
}

/** The Save button in its shadow root (the locators of both browsers pierce open shadow roots). */
export function saveButton(page: Page) {
  return page.locator('rapport-save button');
}
