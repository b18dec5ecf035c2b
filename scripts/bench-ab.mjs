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
import { median, openAndTime, openSession, send } from '../bench/session.mjs';
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

  // One session per build (bench/session.mjs): its driver page, warm and cold openings. A cold
  // opening closes every extension page and stops every worker, each build's included.
  const sessions = await Promise.all(ids.map((id) => openSession({ context, extensionUrl: (path) => `chrome-extension://${id}/${path}` })));
  const text = toBackupText(n);
  for (const session of sessions) await send(session, 'data.restoreBackup', { text });
  const prepare = (session, mode) => (mode === 'warm' ? session.makeWarm() : session.makeCold());

  const results = new Map();
  // Every warm opening, then every cold one (as scripts/bench.mjs): a warm popup opens in a
  // process earlier popups have used; each mode starts with one opening of each build not counted.
  for (const mode of ['warm', 'cold']) {
    for (let run = -1; run < runs; run++) {
      const order = ids.map((_, i) => [Math.random(), i]).sort((a, b) => a[0] - b[0]);
      for (const [, i] of order) {
        const session = sessions[i];
        await prepare(session, mode);
        await waitForIdleCpu();
        const empty = (await openAndTime(session.browser, 'bench/empty.html')).fcp;
        await prepare(session, mode);
        await waitForIdleCpu();
        const complete = (await openAndTime(session.browser, 'popup/index.html', { settled: { requireSearch: true } })).screen.readyAt;
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
