// The benchmark's own "usable" mark (bench/settled.mjs) on real pages in Chromium (the browser
// the benchmark runs): a page whose list is pushed down after its first frames is ready only
// after the push; a page complete at once is ready at its first frame with content. Nothing
// here depends on how fast the machine is: only on the order of what happens.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';
// @ts-expect-error — a plain ES module shared with the benchmark
import { settledInitScript } from '../../bench/settled.mjs';
// @ts-expect-error — a plain ES module shared with the benchmark and the tests
import { CHROMIUM_ARGS, findChromium } from '../../scripts/find-browser.mjs';
import { browserName } from './harness';

interface Settled {
  readyAt: number;
  changes: { at: number; search: string; lines: number }[];
  shifts: { at: number; value: number }[];
  screen: string;
}

const LIST = `
  <h2>Saved people</h2>
  <input type="search" aria-label="Search people" SEARCH_STATE />
  <ul>${Array.from({ length: 12 }, (_, i) => `<li style="height: 52px">Person ${i + 1}</li>`).join('')}</ul>`;

function toPage(body: string, script = '', search = ''): string {
  return `<!doctype html><html><head><meta charset="utf-8"><title>Fixture</title></head>
    <body style="margin: 0; font: 16px sans-serif">${body.replace('SEARCH_STATE', search)}<script>${script}</script></body></html>`;
}

const PAGES: Record<string, string> = {
  '/complete': toPage(LIST),
  // "What to do now" filled in 100 ms after the script runs, above the list: the list moves down.
  '/shifts': toPage(
    `<main>${LIST}</main>`,
    `setTimeout(() => {
      const section = document.createElement('section');
      const title = document.createElement('h2');
      title.textContent = 'What to do now';
      const item = document.createElement('p');
      item.textContent = 'Follow up with Person 3';
      section.append(title, item);
      document.querySelector('main').prepend(section);
      window.insertedAt = performance.now();
    }, 100);`,
  ),
  // More rows added below the fold 100 ms after the script runs: the list grows where no one
  // sees it.
  '/grows-below': toPage(
    LIST,
    `setTimeout(() => {
      const list = document.querySelector('ul');
      for (let i = 13; i <= 200; i++) {
        const row = document.createElement('li');
        row.style.height = '52px';
        row.textContent = 'Person ' + i;
        list.append(row);
      }
      window.grownAt = performance.now();
    }, 100);`,
  ),
  // Rows the browser lays out only near the viewport (content-visibility: auto): those on
  // screen are drawn in the first frame, in the browser's own work for that frame, after the
  // page's rAF callbacks.
  '/content-visibility': toPage(
    `<h2>Saved people</h2>
    <input type="search" aria-label="Search people" />
    <ul>${Array.from({ length: 200 }, (_, i) => `<li style="height: 52px; content-visibility: auto; contain-intrinsic-block-size: 52px"><span>Person ${i + 1}</span></li>`).join('')}</ul>`,
  ),
  // The search box enabled 100 ms after the rows are shown; nothing moves.
  '/enables-search': toPage(
    LIST,
    `setTimeout(() => {
      document.querySelector('input').disabled = false;
      window.enabledAt = performance.now();
    }, 100);`,
    'disabled',
  ),
};

let browser: Browser;
beforeAll(async () => {
  if (browserName !== 'chromium') return;
  browser = await chromium.launch({ executablePath: findChromium(), headless: true, args: CHROMIUM_ARGS });
});
afterAll(() => browser?.close());

async function open(path: string, requireSearch = false): Promise<{ page: Page; settled: Settled }> {
  const page = await browser.newPage({ viewport: { width: 380, height: 600 } });
  await page.route('**/*', (route) => {
    const url = new URL(route.request().url());
    const body = url.hostname === 'bench.test' ? PAGES[url.pathname] : undefined;
    return body ? route.fulfill({ contentType: 'text/html; charset=utf-8', body }) : route.abort();
  });
  await page.addInitScript(settledInitScript({ requireSearch }));
  await page.goto(`https://bench.test${path}`);
  const settled = (await page.evaluate(() => (window as unknown as { __benchSettled: Promise<Settled> }).__benchSettled)) as Settled;
  return { page, settled };
}

/** The frames that showed something (the first may come before the body is parsed). */
const shown = (settled: Settled) => settled.changes.filter((c) => c.lines > 0 && c.search !== 'none');

describe.skipIf(browserName !== 'chromium')("the benchmark's complete-first-screen mark", () => {
  it('a page complete at once is ready at its first frame with content', async () => {
    const { page, settled } = await open('/complete', true);
    expect(shown(settled)).toHaveLength(1);
    expect(settled.readyAt).toBe(shown(settled)[0].at);
    expect(settled.screen).toContain('Saved people');
    expect(settled.screen).toContain('Person 1');
    expect(settled.shifts).toEqual([]);
    await page.close();
  });

  it('a page whose list is pushed down after 100 ms is ready only after the push, with the pushed list', async () => {
    const { page, settled } = await open('/shifts', true);
    const insertedAt = await page.evaluate(() => (window as unknown as { insertedAt: number }).insertedAt);
    expect(insertedAt).toBeGreaterThan(0);
    expect(settled.readyAt).toBeGreaterThan(insertedAt);
    expect(shown(settled)).toHaveLength(2);
    expect(settled.readyAt).toBe(shown(settled)[1].at);
    expect(settled.screen).toContain('What to do now');
    expect(settled.screen).toContain('Follow up with Person 3');
    // Chromium saw the same shift, before the frame counted as ready.
    expect(settled.shifts.length).toBeGreaterThan(0);
    for (const shift of settled.shifts) expect(shift.at).toBeLessThan(settled.readyAt);
    await page.close();
  });

  it('a page whose list grows below the fold only is ready at its first frame with content', async () => {
    const { page, settled } = await open('/grows-below', true);
    expect(await page.evaluate(() => (window as unknown as { grownAt: number }).grownAt)).toBeGreaterThan(0);
    expect(shown(settled)).toHaveLength(1);
    expect(settled.readyAt).toBe(shown(settled)[0].at);
    expect(settled.screen).not.toContain('Person 13');
    await page.close();
  });

  it('a page whose rows on screen are laid out in the frame itself (content-visibility: auto) is ready at its first frame with content', async () => {
    const { page, settled } = await open('/content-visibility', true);
    expect(shown(settled)).toHaveLength(1);
    expect(settled.readyAt).toBe(shown(settled)[0].at);
    expect(settled.screen).toMatch(/^SPAN .* Person 1$/m); // a row's text, where it is drawn
    expect(settled.screen).toMatch(/^SPAN .* Person 10$/m);
    expect(settled.screen).not.toContain('Person 13');
    await page.close();
  });

  it('a page whose search box is enabled after 100 ms is ready only once it is enabled', async () => {
    const { page, settled } = await open('/enables-search', true);
    const enabledAt = await page.evaluate(() => (window as unknown as { enabledAt: number }).enabledAt);
    expect(settled.readyAt).toBeGreaterThan(enabledAt);
    expect(settled.changes.map((c) => c.search).filter((s) => s !== 'none')).toEqual(['disabled', 'enabled']);
    await page.close();
  });
});
