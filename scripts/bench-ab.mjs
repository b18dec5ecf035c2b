#!/usr/bin/env node
// A/B of the popup's opening: two or more builds of Rapport loaded side by side in one Chromium,
// each with its own 10,000 people (bench/seed-data.mjs), their popups opened in shuffled order,
// warm and cold, each opening paired with that build's empty page opened just before it (as
// scripts/bench.mjs does). Across separate benchmark runs of one build the medians move by more
// than most single changes gain; side by side, in one browser at one time, they can be told apart.
//   node scripts/bench-ab.mjs [--n 10000] [--runs 21] <build dir> <build dir> …
// A build dir is what build.mjs writes (its chrome/ is loaded); e.g. a worktree of another commit:
//   git worktree add /tmp/base main && ln -s "$PWD/node_modules" /tmp/base/ && (cd /tmp/base && node build.mjs)
// Prints, for each build and opening, the median (min–max) of the complete first screen
// (bench/settled.mjs), of the empty page, and of their ratio. Writes nothing.
import { createHash } from 'node:crypto';
import { cp, mkdir, copyFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { toBackupText } from '../bench/seed-data.mjs';
import { waitForIdleCpu } from '../bench/idle.mjs';
import { settledInitScript } from '../bench/settled.mjs';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from './find-browser.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
let n = 10000;
let runs = 21;
const builds = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--n') n = Number(args[++i]);
  else if (args[i] === '--runs') runs = Number(args[++i]);
  else builds.push(resolve(args[i]));
}
if (builds.length < 2 || !(n > 0) || !(runs > 0)) {
  console.error('usage: node scripts/bench-ab.mjs [--n N] [--runs R] <build dir> <build dir> …');
  process.exit(2);
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const round = (value) => Math.round(value * 100) / 100;

const work = await mkdtemp(join(tmpdir(), 'rapport-ab-'));
const dirs = [];
for (const [i, build] of builds.entries()) {
  const dir = join(work, `ext${i}`);
  await cp(join(build, 'chrome'), dir, { recursive: true });
  await mkdir(join(dir, 'bench'), { recursive: true });
  await copyFile(join(root, 'bench/empty.html'), join(dir, 'bench/empty.html'));
  dirs.push(dir);
}
const context = await chromium.launchPersistentContext(join(work, 'profile'), {
  executablePath: findChromium(),
  headless: true,
  args: [...CHROMIUM_ARGS, `--disable-extensions-except=${dirs.join(',')}`, `--load-extension=${dirs.join(',')}`],
});
try {
  // An unpacked extension's id: the first 32 hex digits of the SHA-256 of its path, as a–p.
  const ids = dirs.map((dir) =>
    [...createHash('sha256').update(dir).digest('hex').slice(0, 32)].map((c) => String.fromCharCode(97 + Number.parseInt(c, 16))).join(''),
  );
  const deadline = Date.now() + 10_000;
  while (context.serviceWorkers().length < dirs.length && Date.now() < deadline) {
    await context.waitForEvent('serviceworker', { timeout: 10_000 }).catch(() => null);
  }
  const loaded = context.serviceWorkers().map((w) => new URL(w.url()).host);
  if (!ids.every((id) => loaded.includes(id))) throw new Error(`builds not loaded: ${ids} vs ${loaded}`);

  const blank = context.pages()[0] ?? (await context.newPage());
  const cdp = await context.newCDPSession(blank);
  const running = new Map();
  cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
    for (const version of versions) running.set(version.versionId, version.runningStatus);
  });
  await cdp.send('ServiceWorker.enable');
  const closeExtensionPages = async () => {
    for (const page of context.pages()) if (page.url().startsWith('chrome-extension://')) await page.close();
  };
  // Each build's page that messages its background, kept open between warm openings (as
  // scripts/bench.mjs's driver): a warm popup joins that page's process and its caches.
  const drivers = new Map();
  const send = async (id, name, payload) => {
    let driver = drivers.get(id);
    if (!driver || driver.isClosed()) {
      driver = await context.newPage();
      await driver.goto(`chrome-extension://${id}/bench/empty.html`);
      drivers.set(id, driver);
    }
    const reply = await driver.evaluate(([name, payload]) => chrome.runtime.sendMessage({ rapport: 1, name, payload }), [name, payload]);
    if (!reply?.ok) throw new Error(`${name}: ${reply?.error}`);
  };
  const text = toBackupText(n);
  for (const id of ids) await send(id, 'data.restoreBackup', { text });

  const open = async (id, path, settled) => {
    const page = await context.newPage();
    await page.setViewportSize({ width: 380, height: 600 });
    if (settled) await page.addInitScript(settledInitScript({ requireSearch: true }));
    await page.goto(`chrome-extension://${id}/${path}`, { waitUntil: 'commit' });
    const at = await page.evaluate(async (settled) => {
      if (settled) return (await window.__benchSettled).readyAt;
      return new Promise((done) => {
        new PerformanceObserver((list) => {
          const fcp = list.getEntries().find((e) => e.name === 'first-contentful-paint');
          if (fcp) done(fcp.startTime);
        }).observe({ type: 'paint', buffered: true });
      });
    }, settled);
    await page.close();
    return at;
  };
  const prepare = async (id, mode) => {
    if (mode === 'warm') return send(id, 'settings.get', {}); // an extension page open, its worker running
    await closeExtensionPages();
    await cdp.send('ServiceWorker.stopAllWorkers');
    const deadline = Date.now() + 10_000;
    while ([...running.values()].some((status) => status !== 'stopped')) {
      if (Date.now() > deadline) throw new Error('the service workers did not stop');
      await new Promise((done) => setTimeout(done, 20));
    }
    return null;
  };

  const results = new Map();
  // Every warm opening, then every cold one (as scripts/bench.mjs): a warm popup opens in a
  // process earlier popups have used; each mode starts with one opening of each build not counted.
  for (const mode of ['warm', 'cold']) {
    for (let run = -1; run < runs; run++) {
      const order = ids.map((_, i) => [Math.random(), i]).sort((a, b) => a[0] - b[0]);
      for (const [, i] of order) {
        await prepare(ids[i], mode);
        await waitForIdleCpu();
        const empty = await open(ids[i], 'bench/empty.html', false);
        await prepare(ids[i], mode);
        await waitForIdleCpu();
        const complete = await open(ids[i], 'popup/index.html', true);
        if (run < 0) continue;
        const key = `${i} ${mode}`;
        if (!results.has(key)) results.set(key, { empty: [], complete: [], ratio: [] });
        const r = results.get(key);
        r.empty.push(empty);
        r.complete.push(complete);
        r.ratio.push(complete / empty);
      }
      if (run >= 0) process.stderr.write(`ab: ${mode} run ${run + 1} of ${runs}\n`);
    }
  }
  for (const mode of ['warm', 'cold']) {
    for (const [i, build] of builds.entries()) {
      const r = results.get(`${i} ${mode}`);
      const spread = (v) => `${round(median(v))} (${round(Math.min(...v))}–${round(Math.max(...v))})`;
      console.log(`${mode} ${build}: complete ${spread(r.complete)} ms, empty ${spread(r.empty)} ms, ratio ${spread(r.ratio)}×`);
    }
  }
} finally {
  await context.close();
  await rm(work, { recursive: true, force: true });
}
