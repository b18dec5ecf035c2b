// The benchmark's browser session, shared by scripts/bench.mjs and scripts/bench-ab.mjs: warm
// and cold openings of an extension's pages, messages to its background, and a page opened and
// timed (first contentful paint; with `settled`, the complete first screen of bench/settled.mjs).
// `browser` is { context, extensionUrl(path) } (scripts/extension-browser.mjs gives one; several
// extensions in one context each get their own).
import { settledInitScript } from './settled.mjs';

/** The popup's size: the page is opened as a tab of this viewport. */
export const POPUP_VIEWPORT = { width: 380, height: 600 };

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/**
 * The browser's extension pages and worker, for warm and cold openings. Messages to the
 * background go from an extension page (bench/empty.html, "the driver"), as the options page
 * sends them; a cold opening closes every extension page and stops the service worker first
 * (DevTools' ServiceWorker.stopAllWorkers, from a session on the browser's blank first tab).
 */
export async function openSession(browser) {
  const blank = browser.context.pages().find((p) => !p.url().startsWith('chrome-extension://')) ?? (await browser.context.newPage());
  const cdp = await browser.context.newCDPSession(blank);
  const running = new Map();
  cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
    for (const version of versions) running.set(version.versionId, version.runningStatus);
  });
  await cdp.send('ServiceWorker.enable');
  let driver = null;
  const session = {
    browser,
    async driver() {
      if (!driver || driver.isClosed()) {
        driver = await browser.context.newPage();
        await driver.goto(browser.extensionUrl('bench/empty.html'));
      }
      return driver;
    },
    /** An extension page open and the worker running, as after any use of the extension. */
    async makeWarm() {
      await send(session, 'settings.get', {});
    },
    /** No extension page open, the worker stopped (checked: DevTools reports it stopped). */
    async makeCold() {
      for (const page of browser.context.pages()) if (page.url().startsWith('chrome-extension://')) await page.close();
      await cdp.send('ServiceWorker.stopAllWorkers');
      const deadline = Date.now() + 10_000;
      while ([...running.values()].some((status) => status !== 'stopped')) {
        if (Date.now() > deadline) throw new Error(`the service worker did not stop: ${JSON.stringify([...running.values()])}`);
        await new Promise((done) => setTimeout(done, 20));
      }
      if (running.size === 0) throw new Error('DevTools reported no service worker to stop');
    },
  };
  return session;
}

/** Send a message of src/protocol.ts from the driver page; returns the value and the time
 * from sending to the reply, measured in the page. */
export async function send(session, name, payload) {
  const driver = await session.driver();
  const { reply, ms } = await driver.evaluate(
    async ([name, payload]) => {
      const started = performance.now();
      const reply = await chrome.runtime.sendMessage({ rapport: 1, name, payload });
      return { reply, ms: performance.now() - started };
    },
    [name, payload],
  );
  if (!reply?.ok) throw new Error(`${name}: ${reply?.error ?? 'no answer'}`);
  return { value: reply.value, ms };
}

/**
 * Opens an extension page in a new tab and waits for its first contentful paint and, with
 * `settled`, for the complete first screen (bench/settled.mjs, injected before the page's own
 * scripts); then for the marks in `waitFor`. `marks` are read if the page made them.
 */
export async function openAndTime(browser, path, { settled = null, waitFor = [], marks = [], keepOpen = false } = {}) {
  const page = await browser.context.newPage();
  await page.setViewportSize(POPUP_VIEWPORT);
  if (settled) await page.addInitScript(settledInitScript(settled));
  await page.goto(browser.extensionUrl(path), { waitUntil: 'commit' });
  const times = await page.evaluate(
    async ({ settled, waitFor, marks }) => {
      const entry = (type, name) =>
        new Promise((done) => {
          const observer = new PerformanceObserver((list) => {
            const found = list.getEntries().find((e) => e.name === name);
            if (found) {
              observer.disconnect();
              done(found.startTime);
            }
          });
          observer.observe({ type, buffered: true });
        });
      const within = (promise, ms, what) =>
        Promise.race([promise, new Promise((_, fail) => setTimeout(() => fail(new Error(`no ${what} within ${ms / 1000} s`)), ms))]);
      const fcp = await within(entry('paint', 'first-contentful-paint'), 30_000, 'first contentful paint');
      const screen = settled ? await window.__benchSettled : null;
      const waited = await Promise.all(waitFor.map((name) => within(entry('mark', name), 10_000, name)));
      const present = marks.map((name) => performance.getEntriesByName(name, 'mark')[0]?.startTime ?? null);
      return {
        fcp,
        screen: screen && { readyAt: screen.readyAt, changes: screen.changes.length, shifts: screen.shifts, text: screen.screen },
        marks: {
          ...Object.fromEntries(marks.map((name, i) => [name, present[i]])),
          ...Object.fromEntries(waitFor.map((name, i) => [name, waited[i]])),
        },
      };
    },
    { settled, waitFor, marks },
  );
  if (!keepOpen) await page.close();
  return { ...times, page };
}
