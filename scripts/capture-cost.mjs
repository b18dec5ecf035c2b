#!/usr/bin/env node
// What capture costs a LinkedIn page, measured in Chromium (printed, never judged):
//   node scripts/capture-cost.mjs            (RUNS=51 by default)
// - extraction (src/content/linkedin/extract.ts) on each fixture page, in the page: the
//   first run (cold code, as at a user's first click) and the median of RUNS more; and
//   getNotProfileReason, which runs each time the content script mounts its button. Real
//   saved pages beside the repository (REAL below) are measured too when present (read
//   locally, never copied);
// - the content script's size, raw and gzipped;
// - its idle cost on a real-size profile page: every timer and animation frame in the page
//   (content script included) caught with DevTools instrumentation breakpoints over 20 s
//   of idle and one pushState; and the script time 2,000 DOM mutations cost, with Rapport
//   and without any extension, and with a whole-page MutationObserver as a control (an
//   observer shows in this figure).
// npm run bench measures extraction and sizes too, with the rest of Rapport.
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import * as esbuild from 'esbuild';
import { chromium } from 'playwright-core';
import { build } from '../build.mjs';
import { launchWithExtension } from './extension-browser.mjs';
import { CHROMIUM_ARGS, findChromium } from './find-browser.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const RUNS = Number(process.env.RUNS ?? 51);
const REAL = join(root, '../shared/linkedin-pages');

const outDir = await mkdtemp(join(tmpdir(), 'rapport-cost-'));
await build({ outDir });
const extDir = join(outDir, 'chrome');

const bundled = await esbuild.build({
  entryPoints: [join(root, 'test/fixtures/index.ts')],
  bundle: true,
  format: 'esm',
  write: false,
  platform: 'neutral',
});
const { FIXTURES } = await import(`data:text/javascript;base64,${Buffer.from(bundled.outputFiles[0].text).toString('base64')}`);
const probe = await esbuild.build({
  stdin: {
    contents:
      "export { extractProfile } from './src/content/linkedin/extract'; export { getNotProfileReason } from './src/content/linkedin/not-profile';",
    resolveDir: root,
    loader: 'ts',
  },
  bundle: true,
  format: 'iife',
  globalName: 'RapportCost',
  write: false,
  minify: true,
  target: 'chrome120',
});

const pages = FIXTURES.map((f) => ({
  name: f.file.replace('.html', ''),
  // The interstitial must not reload itself, nor share its address with another fixture.
  url: f.file.startsWith('antibot') ? 'https://www.linkedin.com/in/antibot-check/' : f.url,
  html: readFileSync(join(root, 'test/fixtures', f.file), 'utf8')
    .replace(/<script[\s\S]*?<\/script>/, '')
    .replace('content="5;', 'content="3600;'),
}));
// The real pages and their addresses come from that folder's own README table, so that no
// one's name is written here.
function readRealPages() {
  if (!existsSync(join(REAL, 'README.md'))) return [];
  const rows = readFileSync(join(REAL, 'README.md'), 'utf8').matchAll(/^\| `([^`]+\.html)` \|[^|]*\| (https:\/\/\S+) \|/gm);
  return [...rows].filter(([, file]) => existsSync(join(REAL, file))).map(([, file, url]) => ({ file, url }));
}
const real = readRealPages();
for (const { file, url } of real)
  pages.push({ name: `real: ${file.replace('.html', '')}`, url, html: readFileSync(join(REAL, file), 'utf8') });
const served = Object.fromEntries(pages.map((p) => [new URL(p.url).pathname, p.html]));
// Idle cost on the largest real logged-in profile there is, else a fixture's.
const largest = real
  .filter(({ file }) => file.startsWith('loggedin-'))
  .sort((a, b) => served[new URL(b.url).pathname].length - served[new URL(a.url).pathname].length)[0];
const IDLE_URL = largest?.url ?? 'https://www.linkedin.com/in/j%C3%B6rgen-b%C3%A4ckstr%C3%B6m-4a1b2c/';
served['/feed/'] = '<!doctype html><title>Feed | LinkedIn</title><main>feed</main>';

function measureInPage({ url, runs }) {
  const { extractProfile, getNotProfileReason } = globalThis.RapportCost;
  const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
  let t = performance.now();
  const result = extractProfile(document, url);
  const first = performance.now() - t;
  const times = [];
  const reasons = [];
  for (let i = 0; i < runs; i++) {
    t = performance.now();
    extractProfile(document, url);
    times.push(performance.now() - t);
    t = performance.now();
    getNotProfileReason(document, url);
    reasons.push(performance.now() - t);
  }
  return {
    elements: document.getElementsByTagName('*').length,
    first,
    median: median(times),
    reason: median(reasons),
    result: result.kind === 'profile' ? result.capture.name : `not a profile: ${result.reason.slice(0, 48)}…`,
  };
}

const ms = (value) => value.toFixed(1);
const harness = await launchWithExtension({ extensionDir: extDir, pages: served });
try {
  console.log(`Extraction in Chromium, ms (performance.now() is coarsened to 0.1 ms here). Median of ${RUNS} after the first run.`);
  console.log('| page | elements | first run | median | not-a-profile check (mount) | result |\n|---|---|---|---|---|---|');
  for (const p of pages) {
    const page = await harness.context.newPage();
    await page.goto(p.url);
    await page.waitForTimeout(500); // after load, as a click would be
    await page.evaluate(probe.outputFiles[0].text);
    const r = await page.evaluate(measureInPage, { url: p.url, runs: RUNS });
    console.log(`| ${p.name} | ${r.elements} | ${ms(r.first)} | ${ms(r.median)} | ${ms(r.reason)} | ${r.result} |`);
    await page.close();
  }

  const content = readFileSync(join(extDir, 'content.js'));
  console.log(`\ncontent.js: ${content.length} B raw, ${gzipSync(content, { level: 9 }).length} B gzipped (budget 10,240 B)`);

  console.log(`\nIdle, on ${IDLE_URL}:`);
  for (const url of [IDLE_URL, 'https://www.linkedin.com/feed/']) {
    const page = await harness.context.newPage();
    const cdp = await harness.context.newCDPSession(page);
    await cdp.send('Debugger.enable');
    for (const eventName of [
      'setTimeout',
      'setInterval',
      'setTimeout.callback',
      'setInterval.callback',
      'requestAnimationFrame',
      'requestAnimationFrame.callback',
    ]) {
      await cdp.send('EventBreakpoints.setInstrumentationBreakpoint', { eventName });
    }
    let events = 0;
    cdp.on('Debugger.paused', () => {
      events++;
      void cdp.send('Debugger.resume');
    });
    await page.goto(url);
    if (url === IDLE_URL) await page.locator('rapport-save button').waitFor();
    await page.waitForTimeout(10_000);
    await page.evaluate((to) => history.pushState({}, '', to), url === IDLE_URL ? '/feed/' : new URL(IDLE_URL).pathname);
    await page.waitForTimeout(10_000);
    const idle = events;
    await page.evaluate(() => new Promise((done) => setTimeout(done, 10))); // the breakpoints work: this one is caught
    console.log(
      `  ${new URL(url).pathname}: timer and animation-frame events from load through 20 s idle and one pushState: ${idle} (control, one setTimeout: ${events - idle})`,
    );
    await page.close();
  }
  await churn(harness.context, 'with Rapport');
} finally {
  await harness.close();
}

const bare = await chromium.launch({ executablePath: findChromium(), headless: true, args: CHROMIUM_ARGS });
try {
  const context = await bare.newContext();
  await context.route('**/*', (route) => {
    const body = served[new URL(route.request().url()).pathname];
    if (body && route.request().resourceType() === 'document') return route.fulfill({ contentType: 'text/html; charset=utf-8', body });
    return route.abort();
  });
  await churn(context, 'without any extension');
  await churn(context, 'control: no extension, one whole-page MutationObserver doing a tiny query', true);
} finally {
  await bare.close();
  await rm(outDir, { recursive: true, force: true });
}

/** Script and task time of the page over 10 s idle, then over 2,000 DOM mutations. The
 * control shows the measure sees an observer: what an extension watching the page costs. */
async function churn(context, label, withObserver = false) {
  const rows = [];
  for (let run = 0; run < 3; run++) {
    const page = await context.newPage();
    await page.goto(IDLE_URL);
    await page.waitForTimeout(2000);
    if (withObserver) {
      await page.evaluate(() =>
        new MutationObserver(() => (globalThis.rapportCostHeadings = document.querySelectorAll('h1').length)).observe(
          document.documentElement,
          {
            subtree: true,
            childList: true,
            characterData: true,
          },
        ),
      );
    }
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const metrics = async () => Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
    const a = await metrics();
    await page.waitForTimeout(10_000);
    const b = await metrics();
    await page.evaluate(async () => {
      const main = document.querySelector('main') ?? document.body;
      for (let i = 0; i < 2000; i++) {
        const div = document.createElement('div');
        div.textContent = `churn ${i}`;
        main.append(div);
        if (i % 2) div.remove();
        if (i % 100 === 0) await new Promise((done) => setTimeout(done, 0));
      }
    });
    await page.waitForTimeout(500);
    const c = await metrics();
    const d = (x, y, key) => ms((y[key] - x[key]) * 1000);
    rows.push(
      `idle 10 s: tasks ${d(a, b, 'TaskDuration')} ms, script ${d(a, b, 'ScriptDuration')} ms; 2,000 mutations: script ${d(b, c, 'ScriptDuration')} ms`,
    );
    await page.close();
  }
  console.log(`  ${label}:\n    ${rows.join('\n    ')}`);
}
