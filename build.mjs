// Builds Rapport for Chrome and Firefox from one manifest.json, reading top to bottom:
// clean → bundle each context → write manifests → copy static files → (zip).
//   node build.mjs            build dist/chrome and dist/firefox
//   node build.mjs --watch    rebuild on change
//   node build.mjs --package  build, then write store-ready zips to dist/packages
import * as esbuild from 'esbuild';
import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { contactViewApart } from './build/contact-view-apart.mjs';
import { preactFromPopup } from './build/preact-from-popup.mjs';
import { preactWithoutInnerHtml } from './build/preact-without-innerhtml.mjs';
import { treeShakable } from './build/tree-shakable.mjs';

const root = dirname(fileURLToPath(import.meta.url));
const dist = join(root, 'dist');
const targets = ['chrome', 'firefox'];
const watch = process.argv.includes('--watch');
const pack = process.argv.includes('--package');

/** One entry per execution context. */
const scripts = [
  // Content script and background: classic scripts, one self-contained file each.
  { entryPoints: { content: 'src/content/index.ts', background: 'src/background/index.ts' }, format: 'iife' },
  // The popup's first script (popup/early.ts): classic, so it runs before the module arrives.
  // It opens and reads with IndexedDB's own API; idb's module code stays out of it.
  { entryPoints: { 'popup/early': 'popup/early.ts' }, format: 'iife', plugins: [treeShakable('idb')] },
  // The popup: popup.js has what the first screen needs; the contact view is
  // popup/contact-view.js, fetched when first needed, and runs on popup.js's Preact (one
  // Preact, and no shared chunk for every opening to fetch). BENCHMARKS.md has the figures.
  { entryPoints: { 'popup/popup': 'popup/index.tsx' }, format: 'esm', plugins: [contactViewApart()] },
  { entryPoints: { 'popup/contact-view': 'popup/contact-view.tsx' }, format: 'esm', plugins: [preactFromPopup()] },
  // The options page: an ES module, with chunks for what it would load on demand.
  {
    entryPoints: { 'options/options': 'options/index.tsx' },
    format: 'esm',
    splitting: true,
    chunkNames: 'chunks/[name]-[hash]',
  },
];

// The options page builds on the popup's stylesheet (its colours, type, fields, buttons) and
// links it as ../popup/popup.css; the popup itself has it inline (getPopupHtml).
const staticFiles = ['options/index.html', 'options/options.css', 'popup/popup.css', 'icons'];

async function clean(out) {
  await rm(out, { recursive: true, force: true });
}

export function bundleOptions(target, group, out = dist) {
  return {
    ...group,
    bundle: true,
    outdir: join(out, target),
    target: ['chrome120', 'firefox140'],
    minify: true,
    sourcemap: false,
    legalComments: 'none',
    jsx: 'automatic',
    jsxImportSource: 'preact',
    define: { 'process.env.NODE_ENV': '"production"' },
    plugins: [...(group.plugins ?? []), preactWithoutInnerHtml],
    logLevel: 'silent',
    metafile: true,
  };
}

/** A warning can hide a broken bundle (a missing export, a bad import): treat it as an error. */
function failOnWarnings(result) {
  if (result.warnings.length > 0) {
    const text = esbuild.formatMessagesSync(result.warnings, { kind: 'warning' }).join('\n');
    throw new Error(`esbuild warnings:\n${text}`);
  }
}

async function bundle(out) {
  for (const target of targets) {
    for (const group of scripts) failOnWarnings(await esbuild.build(bundleOptions(target, group, out)));
  }
}

/** Chrome takes manifest.json as it is; Firefox gets a small patch. */
export function toFirefoxManifest(manifest) {
  const { minimum_chrome_version: _chrome, background, ...rest } = manifest;
  return {
    ...rest,
    // Firefox runs MV3 backgrounds as event pages, not service workers.
    background: { scripts: [background.service_worker] },
    browser_specific_settings: {
      gecko: {
        id: 'rapport@rapport.invalid',
        // 140 (the current ESR) is the first Firefox that reads data_collection_permissions.
        strict_min_version: '140.0',
        data_collection_permissions: { required: ['none'] },
      },
      gecko_android: { strict_min_version: '142.0' },
    },
  };
}

async function writeManifests(out = dist) {
  const manifest = JSON.parse(await readFile(join(root, 'manifest.json'), 'utf8'));
  const pkg = JSON.parse(await readFile(join(root, 'package.json'), 'utf8'));
  manifest.version = pkg.version;
  const variants = { chrome: manifest, firefox: toFirefoxManifest(manifest) };
  for (const target of targets) {
    await writeFile(join(out, target, 'manifest.json'), JSON.stringify(variants[target], null, 2) + '\n');
  }
}

async function copyStatic(out = dist) {
  const popupHtml = await getPopupHtml();
  for (const target of targets) {
    for (const file of staticFiles) {
      await mkdir(dirname(join(out, target, file)), { recursive: true });
      await cp(join(root, file), join(out, target, file), { recursive: true });
    }
    await writeFile(join(out, target, 'popup/index.html'), popupHtml);
  }
}

/**
 * The popup's page with its stylesheet inside it: a stylesheet holds up the first paint and
 * the module until it has arrived, and each file an extension page loads is a round trip to
 * the browser process. (Extension pages may have inline styles; never inline scripts.)
 */
async function getPopupHtml() {
  const html = await readFile(join(root, 'popup/index.html'), 'utf8');
  const css = await readFile(join(root, 'popup/popup.css'), 'utf8');
  const link = '<link rel="stylesheet" href="popup.css" />';
  if (!html.includes(link) || css.includes('</style'))
    throw new Error('build: popup/index.html must link popup.css once, and the CSS must not close a <style>');
  return html.replace(link, `<style>\n${css}</style>`);
}

async function zip() {
  const { default: webExt } = await import('web-ext');
  const pkg = JSON.parse(await readFile(join(root, 'package.json'), 'utf8'));
  for (const target of targets) {
    await webExt.cmd.build(
      {
        sourceDir: join(dist, target),
        artifactsDir: join(dist, 'packages'),
        filename: `rapport-${pkg.version}-${target}.zip`,
        overwriteDest: true,
      },
      { showReadyMessage: false },
    );
  }
}

/** `outDir`: somewhere other than dist/ (the benchmark builds its own copy, so a build or
 * test running meanwhile never sees a half-written dist/). */
export async function build({ outDir = dist } = {}) {
  await clean(outDir);
  await bundle(outDir);
  await writeManifests(outDir);
  await copyStatic(outDir);
}

async function watchAndRebuild() {
  await build();
  const contexts = [];
  for (const target of targets) {
    for (const group of scripts) {
      const options = bundleOptions(target, group);
      const ctx = await esbuild.context({
        ...options,
        logLevel: 'info',
        plugins: [...options.plugins, { name: 'statics', setup: (b) => b.onEnd(() => Promise.all([writeManifests(), copyStatic()])) }],
      });
      await ctx.watch();
      contexts.push(ctx);
    }
  }
  console.log('Watching for changes… (Ctrl+C to stop)');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    if (watch) await watchAndRebuild();
    else {
      await build();
      if (pack) await zip();
      console.log(`Built ${targets.map((t) => `dist/${t}`).join(' and ')}${pack ? ', zips in dist/packages' : ''}.`);
    }
  } catch (error) {
    console.error(error.message ?? error);
    process.exit(1);
  }
}
