#!/usr/bin/env node
// `npm run bench`: Rapport in a real Chromium, at 0, 1,000 and 10,000 people.
//   node scripts/bench.mjs              full run: writes bench/results.json and the figures in BENCHMARKS.md
//   node scripts/bench.mjs --smoke      CI: 0 and 100 people, 3 runs each, writes only to the temp dir
//   node scripts/bench.mjs --n 100      0 and N people (--runs R to change the 15 runs per figure)
// Timings never fail the run (CI must not gate on them); a figure that can't be measured does.
//
// What is measured (every time from the page's navigation start unless said otherwise):
// - popupFirstPaintMs<N>: first contentful paint of popup/index.html with N people saved;
// - popupReadyMs<N>: the popup's mark rapport:list-shown — the frame showing the first rows
//   of the list (or the empty state) with the search box enabled has been rendered;
// - emptyPageMs<N>: first contentful paint of an empty extension page opened the same way in
//   the same browser just before each popup opening (the baseline), and popup…Ratio<N> = the
//   median over the runs of popup figure / that run's empty page (emptyPageMs: all of them);
// - searchKeystrokeMs<N>: one character typed into the search box → the frame with the
//   updated list rendered (handler, render, style, layout, paint; measured in the page);
// - extractMs_<fixture>: src/content/linkedin/extract.ts on each fixture page, in the page;
// - saveRoundTripMs: click on the in-page Save button → the frame showing "Saved";
// - import<N>Ms: a LinkedIn Connections.csv of N rows, preview then commit, as the options
//   page sends them;
// - bundle sizes, raw and gzipped.
// People are stored through the background, as a user's would be: a backup restored with
// the data.restoreBackup message (bench/seed-data.mjs makes it).
import { execFileSync } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { cpus, totalmem, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import * as esbuild from 'esbuild';
import { build } from '../build.mjs';
import { toBackupText, toConnectionsCsv } from '../bench/seed-data.mjs';
import { launchWithExtension } from './extension-browser.mjs';
import { findChromium } from './find-browser.mjs';
import { getLoad, waitForIdleCpu } from '../bench/idle.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

function parseArgs(argv) {
  const options = { smoke: false, n: null, runs: null };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--smoke') options.smoke = true;
    else if (arg === '--n') options.n = Number(argv[++i]);
    else if (arg.startsWith('--n=')) options.n = Number(arg.slice(4));
    else if (arg === '--runs') options.runs = Number(argv[++i]);
    else if (arg.startsWith('--runs=')) options.runs = Number(arg.slice(7));
    else throw new Error(`unknown option ${arg}\nusage: node scripts/bench.mjs [--smoke] [--n N] [--runs R]`);
  }
  if (options.n !== null && !(Number.isInteger(options.n) && options.n > 0)) throw new Error('--n takes a whole number of people');
  if (options.runs !== null && !(Number.isInteger(options.runs) && options.runs > 0)) throw new Error('--runs takes a whole number');
  if (options.smoke) options.n ??= 100;
  return {
    smoke: options.smoke,
    full: options.n === null,
    sizes: options.n === null ? [0, 1000, 10000] : [0, options.n],
    runs: options.runs ?? (options.smoke ? 3 : 15),
    extractIterations: options.smoke ? 20 : 200,
  };
}

const config = parseArgs(process.argv.slice(2));
const largest = config.sizes[config.sizes.length - 1];
const POPUP_VIEWPORT = { width: 380, height: 600 };
const SAVE_FIXTURE = { file: 'sdui-2026-hanna-leino.html', url: 'https://www.linkedin.com/in/hanna-leino-3a8c27/' };

/** 0 → "0", 1000 → "1k", 10000 → "10k", 100 → "100". */
function sizeLabel(n) {
  return n >= 1000 && n % 1000 === 0 ? `${n / 1000}k` : String(n);
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

const round = (value, digits = 1) => Math.round(value * 10 ** digits) / 10 ** digits;

/** Median, min and max under `name` (ms). `name` has its unit and size, e.g. popupReadyMs10k. */
function putSpread(results, name, values) {
  const [head, tail] = name.split('Ms');
  results[name] = round(median(values), 2);
  results[`${head}MinMs${tail}`] = round(Math.min(...values), 2);
  results[`${head}MaxMs${tail}`] = round(Math.max(...values), 2);
}

function log(line) {
  process.stderr.write(`bench: ${line}\n`);
}

// --- build ---------------------------------------------------------------------------

/** The extension built into a directory of our own, plus the empty page (never shipped). */
async function buildForBench(workDir) {
  await build({ outDir: join(workDir, 'dist') });
  const extDir = join(workDir, 'dist', 'chrome');
  await mkdir(join(extDir, 'bench'), { recursive: true });
  await copyFile(join(root, 'bench/empty.html'), join(extDir, 'bench/empty.html'));
  return extDir;
}

const STATIC_IMPORT = /(?:^|[;}\s])(?:import|export)\s*(?:[\w$*{}\s,]*?from\s*)?["']([^"']+\.js)["']/g;
const DYNAMIC_IMPORT = /import\(\s*["']([^"']+\.js)["']\s*\)/g;

/** The files and every chunk they import statically (what loads before they run); dynamic imports apart. */
async function getModuleGraph(extDir, entries) {
  const loaded = new Set();
  const lazy = new Set();
  const visit = async (file) => {
    if (loaded.has(file)) return;
    loaded.add(file);
    const code = await readFile(join(extDir, file), 'utf8');
    for (const [, spec] of code.matchAll(STATIC_IMPORT)) await visit(join(dirname(file), spec));
    for (const [, spec] of code.matchAll(DYNAMIC_IMPORT)) lazy.add(join(dirname(file), spec));
  };
  for (const entry of entries) await visit(entry);
  for (const file of loaded) lazy.delete(file);
  return { loaded: [...loaded], lazy: [...lazy] };
}

async function getSizes(files, extDir) {
  let raw = 0;
  let gzip = 0;
  for (const file of files) {
    const bytes = await readFile(join(extDir, file));
    raw += bytes.length;
    gzip += gzipSync(bytes, { level: 9 }).length;
  }
  return { raw, gzip };
}

async function measureBundles(extDir, results) {
  // The popup's page loads its early script (popup/early.ts) and its module.
  const entries = {
    contentScript: ['content.js'],
    background: ['background.js'],
    popup: ['popup/early.js', 'popup/popup.js'],
    options: ['options/options.js'],
  };
  for (const [name, files] of Object.entries(entries)) {
    const graph = await getModuleGraph(extDir, files);
    const first = await getSizes(graph.loaded, extDir);
    results[`${name}Bytes`] = first.raw;
    results[`${name}GzipBytes`] = first.gzip;
    if (name === 'popup' || name === 'options') {
      const later = await getSizes(graph.lazy, extDir);
      results[`${name}LazyGzipBytes`] = later.gzip;
    }
  }
}

// --- the browser ---------------------------------------------------------------------

/** An extension page kept open to send the background messages, as the options page does. */
async function openDriver(browser) {
  const page = await browser.context.newPage();
  await page.goto(browser.extensionUrl('bench/empty.html'));
  return page;
}

/** Send a message of src/protocol.ts from an extension page; returns the value and the
 * time from sending to the reply, measured in the page. */
async function send(driver, name, payload) {
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

/** Opens an extension page in a new tab, waits for the entries, returns their start times. */
async function openAndTime(browser, path, marks, { keepOpen = false } = {}) {
  const page = await browser.context.newPage();
  await page.setViewportSize(POPUP_VIEWPORT);
  await page.goto(browser.extensionUrl(path), { waitUntil: 'commit' });
  const times = await page.evaluate(async (marks) => {
    const wait = (type, name) =>
      new Promise((done) => {
        const observer = new PerformanceObserver((list) => {
          const entry = list.getEntries().find((e) => e.name === name);
          if (entry) {
            observer.disconnect();
            done(entry.startTime);
          }
        });
        observer.observe({ type, buffered: true });
      });
    const timeout = new Promise((_, fail) => setTimeout(() => fail(new Error(`no ${marks.join(', ')} within 30 s`)), 30_000));
    const [fcp, ...rest] = await Promise.race([Promise.all([wait('paint', 'first-contentful-paint'), ...marks.map((m) => wait('mark', m))]), timeout]);
    return { fcp, marks: Object.fromEntries(marks.map((m, i) => [m, rest[i]])) };
  }, marks);
  if (!keepOpen) await page.close();
  return { ...times, page };
}

/** Empty page and popup, alternately, `runs` times (after one of each to warm up). */
async function measureOpening(browser, size, results, emptyTimes) {
  const popup = { fcp: [], ready: [], empty: [] };
  for (let run = -1; run < config.runs; run++) {
    await waitForIdleCpu();
    const empty = await openAndTime(browser, 'bench/empty.html', []);
    await waitForIdleCpu();
    const opened = await openAndTime(browser, 'popup/index.html', ['rapport:list-shown']);
    if (run < 0) continue; // warm-up
    emptyTimes.push(empty.fcp);
    popup.empty.push(empty.fcp);
    popup.fcp.push(opened.fcp);
    popup.ready.push(opened.marks['rapport:list-shown']);
  }
  const label = sizeLabel(size);
  putSpread(results, `popupFirstPaintMs${label}`, popup.fcp);
  putSpread(results, `popupReadyMs${label}`, popup.ready);
  putSpread(results, `emptyPageMs${label}`, popup.empty);
  // Each popup opening against the empty page opened just before it: the ratio of each pair,
  // then the median, so load that comes and goes on the machine cancels out.
  results[`popupFirstPaintRatio${label}`] = round(median(popup.fcp.map((t, i) => t / popup.empty[i])), 2);
  results[`popupReadyRatio${label}`] = round(median(popup.ready.map((t, i) => t / popup.empty[i])), 2);
}

/** One character typed into the search box → the updated list rendered, in the page. */
async function measureSearch(browser, size, results) {
  const { page, marks } = await openAndTime(browser, 'popup/index.html', ['rapport:list-shown', 'rapport:search-ready'], { keepOpen: true });
  results[`searchReadyMs${sizeLabel(size)}`] = round(marks['rapport:search-ready'], 2);
  await waitForIdleCpu();
  const keys = ['a', 'e', 'o', 'n', 'и', 'α', 's', 'r', 'l', 'm', 't', 'i', 'ا'].slice(0, config.smoke ? 3 : 13);
  const samples = await page.evaluate(async (keys) => {
    const input = document.querySelector('input[type="search"]');
    const list = document.querySelector('section[aria-label="Saved people"]');
    if (!input || !list || input.disabled) throw new Error('no enabled search box in the popup');
    // Type where a user would: with the search box and the list it filters on screen (at
    // 10,000 people "What to do now" pushes them below the fold), so their repaint counts.
    input.scrollIntoView({ block: 'start' });
    // A task posted from a rAF callback runs once that frame's style, layout and paint are done.
    const afterFrame = () =>
      new Promise((done) =>
        requestAnimationFrame(() => {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => done(performance.now());
          channel.port2.postMessage(null);
        }),
      );
    const type = (value) => {
      input.value = value;
      input.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: value || null }));
    };
    const out = [];
    for (const key of keys) {
      type('');
      await afterFrame();
      await afterFrame();
      const sample = await new Promise((done) => {
        requestAnimationFrame(() => {
          let changed = false;
          const observer = new MutationObserver(() => (changed = true));
          observer.observe(list, { childList: true, subtree: true, characterData: true });
          const started = performance.now();
          type(key);
          const channel = new MessageChannel();
          channel.port1.onmessage = async () => {
            // The list rendered later than this frame (it never does in Rapport): measure to
            // the frame that shows it.
            let ended = performance.now();
            while (!changed && performance.now() - started < 5000) ended = await afterFrame();
            observer.disconnect();
            done({ ms: ended - started, changed, status: list.querySelector('[role="status"]')?.textContent ?? '' });
          };
          channel.port2.postMessage(null);
        });
      });
      out.push(sample);
    }
    type('');
    return out;
  }, keys);
  const unchanged = samples.filter((s) => !s.changed || !/ of /.test(s.status));
  if (unchanged.length) throw new Error(`a keystroke did not update the list: ${JSON.stringify(unchanged[0])}`);
  putSpread(results, `searchKeystrokeMs${sizeLabel(size)}`, samples.map((s) => s.ms));
  log(`search: "${keys[0]}" → ${samples[0].status}`);
  return page;
}

/** Click on the in-page Save button → the frame showing "Saved to Rapport". */
async function measureSave(browser, driver, results) {
  browser.servePage(new URL(SAVE_FIXTURE.url).pathname, await readFile(join(root, 'test/fixtures', SAVE_FIXTURE.file), 'utf8'));
  const page = await browser.context.newPage();
  await browser.routePage(page);
  const samples = [];
  const runs = config.smoke ? 2 : config.runs;
  for (let run = -1; run < runs; run++) {
    await send(driver, 'contact.delete', { id: SAVE_FIXTURE.url }).catch(() => undefined);
    await waitForIdleCpu();
    await page.goto(SAVE_FIXTURE.url);
    await page.locator('rapport-save button[data-state="unsaved"]').waitFor();
    await waitForIdleCpu();
    const sample = await page.evaluate(async () => {
      const button = document.querySelector('rapport-save').shadowRoot.querySelector('button');
      return new Promise((done, fail) => {
        const started = performance.now();
        const observer = new MutationObserver(() => {
          if (button.dataset.state !== 'saved') return;
          observer.disconnect();
          requestAnimationFrame(() => {
            const channel = new MessageChannel();
            channel.port1.onmessage = () => done({ ms: performance.now() - started, text: button.textContent });
            channel.port2.postMessage(null);
          });
        });
        observer.observe(button, { attributes: true, attributeFilter: ['data-state'] });
        button.click();
        setTimeout(() => fail(new Error(`not saved within 10 s: ${button.textContent}`)), 10_000);
      });
    });
    if (!/Saved to Rapport/.test(sample.text)) throw new Error(`the button says "${sample.text}" after saving`);
    if (run >= 0) samples.push(sample.ms);
  }
  await page.close();
  putSpread(results, 'saveRoundTripMs', samples);
}

/** Each fixture page at its URL; the content script's extraction run in it, many times. */
async function measureExtraction(browser, results) {
  const fixtures = await loadFixtures();
  const bundle = await esbuild.build({
    entryPoints: [join(root, 'src/content/linkedin/extract.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    globalName: 'RapportBenchExtract',
    minify: true,
    target: ['chrome120'],
    logLevel: 'silent',
  });
  const code = bundle.outputFiles[0].text;
  const page = await browser.context.newPage();
  await browser.routePage(page);
  const medians = [];
  const firsts = [];
  for (const fixture of fixtures) {
    const html = await readFile(join(root, 'test/fixtures', fixture.file), 'utf8');
    browser.servePage(new URL(fixture.url).pathname, html);
    let sample;
    // The anti-bot interstitial reloads itself after a second: try again if it did meanwhile.
    for (let attempt = 0; attempt < 3 && !sample; attempt++) {
      await page.goto(fixture.url, { waitUntil: 'domcontentloaded' });
      sample = await page
        .evaluate(`${code};(${runExtraction.toString()})(${JSON.stringify(fixture.url)}, ${config.extractIterations})`)
        .catch((error) => (/context was destroyed|navigat/i.test(error.message) ? null : Promise.reject(error)));
    }
    if (!sample) throw new Error(`could not run extraction on ${fixture.file}`);
    if (sample.kind !== fixture.expected.kind || (sample.kind === 'profile' && sample.name !== fixture.expected.profile.name)) {
      throw new Error(`extraction on ${fixture.file} in Chromium gave ${JSON.stringify(sample)}, not what the fixture expects`);
    }
    results[`extractMs_${toFixtureName(fixture.file)}`] = round(sample.median, 3);
    medians.push(sample.median);
    firsts.push(sample.first);
  }
  await page.close();
  results.extractMsMedian = round(median(medians), 3);
  results.extractMsMax = round(Math.max(...medians), 3);
  results.extractFirstMsMax = round(Math.max(...firsts), 3);
}

/** Runs in the page (as a string, after the bundle defines RapportBenchExtract). */
function runExtraction(url, iterations) {
  const times = [];
  let result;
  for (let i = 0; i < iterations; i++) {
    const started = performance.now();
    result = RapportBenchExtract.extractProfile(document, url); // eslint-disable-line no-undef
    times.push(performance.now() - started);
  }
  const first = times[0];
  times.sort((a, b) => a - b);
  return { kind: result.kind, name: result.kind === 'profile' ? result.capture.name : null, median: times[times.length >> 1], first };
}

/** "sdui-2026-hanna-leino.html" → "sdui2026HannaLeino". */
function toFixtureName(file) {
  return file.replace(/\.html$/, '').replace(/-([a-z0-9])/g, (_, c) => c.toUpperCase());
}

async function loadFixtures() {
  const bundle = await esbuild.build({ entryPoints: [join(root, 'test/fixtures/index.ts')], bundle: true, write: false, format: 'esm', platform: 'node', logLevel: 'silent' });
  const { FIXTURES } = await import(`data:text/javascript;base64,${Buffer.from(bundle.outputFiles[0].text).toString('base64')}`);
  return FIXTURES;
}

/** Connections.csv of `rows` people: preview, then commit, as the options page does. */
async function measureImport(driver, rows, results) {
  const csv = toConnectionsCsv(rows);
  const preview = [];
  const commit = [];
  const runs = config.smoke ? 1 : 3;
  for (let run = 0; run < runs; run++) {
    await send(driver, 'data.deleteAll', { confirm: 'DELETE' });
    await waitForIdleCpu();
    const planned = await send(driver, 'data.previewImport', { text: csv });
    if (planned.value.counts.added !== rows) throw new Error(`the import preview would add ${planned.value.counts.added} of ${rows}`);
    const done = await send(driver, 'data.commitImport', { text: csv });
    if (done.value.added !== rows) throw new Error(`the import added ${done.value.added} of ${rows}`);
    preview.push(planned.ms);
    commit.push(done.ms);
  }
  const label = sizeLabel(rows);
  putSpread(results, `import${label}Ms`, preview.map((p, i) => p + commit[i]));
  results[`importPreview${label}Ms`] = round(median(preview));
  results[`importCommit${label}Ms`] = round(median(commit));
}

// --- report ----------------------------------------------------------------------------

/** The issue's budgets (never loosened). */
function getBudgets(results) {
  const big = sizeLabel(largest);
  return [
    { name: `popup usable at ${big}, vs empty page`, key: `popupReadyRatio${big}`, max: 1.5, unit: '×' },
    { name: `popup usable at ${big}`, key: `popupReadyMs${big}`, max: 150, unit: 'ms' },
    { name: `search keystroke at ${big}`, key: `searchKeystrokeMs${big}`, max: 16, unit: 'ms' },
    { name: 'extraction, median', key: 'extractMsMedian', max: 5, unit: 'ms' },
    { name: 'save round trip', key: 'saveRoundTripMs', max: 100, unit: 'ms' },
    { name: `import of ${big} rows`, key: `import${big}Ms`, max: 3000, unit: 'ms' },
    { name: 'content script, gzipped', key: 'contentScriptGzipBytes', max: 10 * 1024, unit: 'B' },
    { name: 'popup script, gzipped', key: 'popupGzipBytes', max: 40 * 1024, unit: 'B' },
  ].map((b) => ({ ...b, value: results[b.key], pass: results[b.key] < b.max }));
}

function formatValue(value, unit) {
  if (value === undefined) return 'not measured';
  if (unit === 'B') return `${(value / 1024).toFixed(1)} KB`;
  if (unit === '×') return `${value.toFixed(2)}×`;
  return `${value} ms`;
}

function toTable(results) {
  const rows = [['figure', ...config.sizes.map((n) => `${n.toLocaleString('en')} people`)]];
  const bySize = (name, key, suffix = '') =>
    rows.push([name, ...config.sizes.map((n) => {
      const label = sizeLabel(n);
      const value = results[key(label)];
      if (value === undefined) return '—';
      const hasSpread = key(label).includes('Ms');
      const min = results[key(label).replace('Ms', 'MinMs')];
      const max = results[key(label).replace('Ms', 'MaxMs')];
      return hasSpread && min !== undefined ? `${value}${suffix} (${min}–${max})` : `${value}${suffix}`;
    })]);
  bySize('popup first paint, ms (min–max)', (l) => `popupFirstPaintMs${l}`);
  bySize('popup list usable, ms (min–max)', (l) => `popupReadyMs${l}`);
  bySize('empty extension page, first paint, ms (min–max)', (l) => `emptyPageMs${l}`);
  bySize('popup usable ÷ empty page (median of pairs)', (l) => `popupReadyRatio${l}`, '×');
  bySize('popup first paint ÷ empty page', (l) => `popupFirstPaintRatio${l}`, '×');
  bySize('search covers everyone, ms', (l) => `searchReadyMs${l}`);
  bySize('search keystroke → list shown, ms', (l) => `searchKeystrokeMs${l}`);
  const single = [
    ['empty extension page, first paint, all sizes (min–max)', `${results.emptyPageMs} ms (${results.emptyPageMinMs}–${results.emptyPageMaxMs})`],
    ['extraction, median of fixture medians', `${results.extractMsMedian} ms (slowest fixture ${results.extractMsMax} ms, first run at most ${results.extractFirstMsMax} ms)`],
    ['save round trip, click → "Saved" shown', `${results.saveRoundTripMs} ms (${results.saveRoundTripMinMs}–${results.saveRoundTripMaxMs})`],
    [
      `import of ${largest.toLocaleString('en')} rows (preview + commit)`,
      `${results[`import${sizeLabel(largest)}Ms`]} ms (preview ${results[`importPreview${sizeLabel(largest)}Ms`]}, commit ${results[`importCommit${sizeLabel(largest)}Ms`]})`,
    ],
    [`restore of a ${largest.toLocaleString('en')}-person backup (seeding)`, `${results[`restore${sizeLabel(largest)}Ms`]} ms`],
    ...['contentScript', 'background', 'popup', 'options'].map((name) => [
      `${name} bundle${name === 'popup' ? ' (early script + module, + chunks loaded with them)' : name === 'options' ? ' (+ chunks loaded with it)' : ''}`,
      `${(results[`${name}Bytes`] / 1024).toFixed(1)} KB raw, ${(results[`${name}GzipBytes`] / 1024).toFixed(1)} KB gzipped` +
        (results[`${name}LazyGzipBytes`] ? `; loaded later: ${(results[`${name}LazyGzipBytes`] / 1024).toFixed(1)} KB gzipped` : ''),
    ]),
  ];
  const md = (cells) => `| ${cells.join(' | ')} |`;
  const sep = (n) => md(Array(n).fill('---'));
  return [
    md(rows[0]),
    sep(rows[0].length),
    ...rows.slice(1).map(md),
    '',
    md(['figure', 'value']),
    sep(2),
    ...single.map(md),
  ].join('\n');
}

function toBudgetTable(budgets) {
  return [
    '| budget | limit | measured | |',
    '| --- | --- | --- | --- |',
    ...budgets.map((b) => `| ${b.name} | < ${formatValue(b.max, b.unit)} | ${formatValue(b.value, b.unit)} | ${b.pass ? 'met' : '**missed**'} |`),
  ].join('\n');
}

function getMachine(chromium) {
  return {
    date: new Date().toISOString(),
    cpuCount: cpus().length,
    cpuModel: cpus()[0]?.model ?? 'unknown',
    memoryBytes: totalmem(),
    chromiumVersion: execFileSync(chromium, ['--version'], { encoding: 'utf8' }).trim(),
    nodeVersion: process.version,
    runs: config.runs,
  };
}

const START = '<!-- bench:start (written by scripts/bench.mjs) -->';
const END = '<!-- bench:end -->';

async function writeBenchmarksMd(results, budgets) {
  const path = join(root, 'BENCHMARKS.md');
  const existing = await readFile(path, 'utf8').catch(() => `# Benchmarks\n\n${START}\n${END}\n`);
  const block = [
    START,
    `Latest full run: ${results.date.slice(0, 16).replace('T', ' ')} UTC on ${results.cpuCount} × ${results.cpuModel}, ` +
      `${(results.memoryBytes / 2 ** 30).toFixed(1)} GiB memory, ${results.chromiumVersion} (headless), Node ${results.nodeVersion}; ` +
      `each timing the median of ${results.runs} runs (min–max in brackets). ` +
      `Load average (1 min) at start ${results.loadAtStart}, at end ${results.loadAtEnd}: other work on the machine ` +
      'slows both the popup and the empty page it is compared with.',
    '',
    toBudgetTable(budgets),
    '',
    toTable(results),
    '',
    'Per fixture (extraction median, ms): ' +
      Object.keys(results)
        .filter((k) => k.startsWith('extractMs_'))
        .map((k) => `${k.slice('extractMs_'.length)} ${results[k]}`)
        .join(', ') +
      '.',
    END,
  ].join('\n');
  const at = existing.indexOf(START);
  const end = existing.indexOf(END);
  const next = at >= 0 && end > at ? existing.slice(0, at) + block + existing.slice(end + END.length) : `${existing.trimEnd()}\n\n${block}\n`;
  await writeFile(path, next);
}

// --- main ------------------------------------------------------------------------------

async function main() {
  const started = Date.now();
  const workDir = await mkdtemp(join(tmpdir(), 'rapport-bench-'));
  const results = { loadAtStart: getLoad() };
  let browser;
  try {
    log(`building into ${workDir}`);
    const extDir = await buildForBench(workDir);
    await measureBundles(extDir, results);
    // Only the LinkedIn pages are routed: routing every page would send each of the popup's
    // files through Node, a cost no user's browser has (BENCHMARKS.md, "What each figure is").
    browser = await launchWithExtension({ extensionDir: extDir, routeEveryPage: false });
    const driver = await openDriver(browser);

    log('extraction on each fixture page');
    await measureExtraction(browser, results);

    const emptyTimes = [];
    for (const size of config.sizes) {
      const label = sizeLabel(size);
      if (size === 0) await send(driver, 'data.deleteAll', { confirm: 'DELETE' });
      else {
        const restored = await send(driver, 'data.restoreBackup', { text: toBackupText(size) });
        if (restored.value.contacts !== size) throw new Error(`restored ${restored.value.contacts} of ${size}`);
        results[`restore${label}Ms`] = round(restored.ms);
      }
      log(`${size} people stored; opening the popup ${config.runs} times`);
      await measureOpening(browser, size, results, emptyTimes);
      if (size === largest) {
        log(`search at ${size}`);
        const popup = await measureSearch(browser, size, results);
        const shot = join(config.smoke ? workDir : tmpdir(), `rapport-popup-${label}.png`);
        await popup.screenshot({ path: shot });
        await popup.evaluate(() => document.querySelector('section[aria-label="Saved people"]').scrollIntoView());
        await popup.waitForTimeout(100);
        await popup.screenshot({ path: shot.replace('.png', '-list.png') });
        results.screenshot = shot;
        await popup.close();
        log(`save round trip at ${size}`);
        await measureSave(browser, driver, results);
      }
    }
    putSpread(results, 'emptyPageMs', emptyTimes);

    log(`import of ${largest} rows`);
    await measureImport(driver, largest, results);
    Object.assign(results, getMachine(findChromium()), { loadAtEnd: getLoad() });
  } finally {
    await browser?.close();
  }

  const budgets = getBudgets(results);
  const ordered = Object.fromEntries(Object.keys(results).sort().map((k) => [k, results[k]]));
  console.log(`\n${toBudgetTable(budgets)}\n\n${toTable(results)}\n`);
  console.log(`Screenshots of the popup at ${largest.toLocaleString('en')} people: ${results.screenshot} (top), ${results.screenshot.replace('.png', '-list.png')} (the list)`);
  if (config.full) {
    delete ordered.screenshot;
    await writeFile(join(root, 'bench/results.json'), JSON.stringify(ordered, null, 2) + '\n');
    await writeBenchmarksMd(results, budgets);
    console.log('Wrote bench/results.json and the figures in BENCHMARKS.md.');
  } else {
    const out = join(workDir, 'results.json');
    await writeFile(out, JSON.stringify(ordered, null, 2) + '\n');
    console.log(`Not a full run: wrote ${out} only (bench/results.json and BENCHMARKS.md keep the last full run).`);
  }
  const missed = budgets.filter((b) => !b.pass);
  console.log(missed.length ? `Budgets missed: ${missed.map((b) => b.name).join('; ')} (reported, not failed).` : 'Every budget met.');
  console.log(`Took ${Math.round((Date.now() - started) / 1000)} s.`);
  await rm(join(workDir, 'dist'), { recursive: true, force: true });
  if (config.full) await rm(workDir, { recursive: true, force: true });
}

main().catch((error) => {
  console.error(`bench: ${error.stack ?? error}`);
  process.exit(1);
});
