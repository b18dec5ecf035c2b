// Shared set-up for the end-to-end tests: Chromium with the built extension (dist/chrome),
// LinkedIn pages served from fixtures, every other request refused and recorded.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page, Worker } from 'playwright-core';
// @ts-expect-error — a plain ES module shared with the demo and the benchmark
import { launchWithExtension } from '../../scripts/extension-browser.mjs';

export interface Harness {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  outsideRequests: string[];
  servePage(path: string, html: string): void;
  extensionUrl(path: string): string;
  close(): Promise<void>;
}

export function launch(pages: Record<string, string> = {}): Promise<Harness> {
  return launchWithExtension({ pages });
}

export function readFixture(file: string): string {
  return readFileSync(join(__dirname, '../fixtures', file), 'utf8');
}

/** The id Chromium gave a tab, as the extension sees it (for ?tab=<id>). */
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

/** The Save button in its shadow root (Playwright's locators pierce open shadow roots). */
export function saveButton(page: Page) {
  return page.locator('rapport-save button');
}
