#!/usr/bin/env node
// Diagnostic for a page that fails: runs the content script's own extraction on a saved
// page and prints one JSON object.
//   node scripts/extract.mjs <file.html> --url <page-url>
// Exit 0 for a profile and for "not a profile"; 2 for bad arguments; 1 for a file that
// can't be read. The code is src/content/linkedin/extract.ts itself, bundled on the fly.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { JSDOM, VirtualConsole } from 'jsdom';

const USAGE = 'usage: node scripts/extract.mjs <file.html> --url <page-url>';

function fail(message, code) {
  process.stderr.write(`extract: ${message}\n`);
  process.exit(code);
}

function parseArgs(argv) {
  let file = null;
  let url = null;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--url') url = argv[++i] ?? null;
    else if (arg.startsWith('--url=')) url = arg.slice('--url='.length);
    else if (arg.startsWith('-')) fail(`unknown option ${arg}\n${USAGE}`, 2);
    else if (file === null) file = arg;
    else fail(`unexpected argument ${arg}\n${USAGE}`, 2);
  }
  if (!file || !url) fail(USAGE, 2);
  try {
    new URL(url);
  } catch {
    fail(`not a URL: ${url}`, 2);
  }
  return { file, url };
}

async function loadExtractor() {
  const entry = fileURLToPath(new URL('../src/content/linkedin/extract.ts', import.meta.url));
  const bundle = await build({ entryPoints: [entry], bundle: true, write: false, platform: 'node', format: 'esm', logLevel: 'silent' });
  const code = bundle.outputFiles[0].text;
  return import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
}

const { file, url } = parseArgs(process.argv.slice(2));
let html;
try {
  html = await readFile(file, 'utf8');
} catch (error) {
  fail(`can't read ${file}: ${error.message}`, 1);
}
const { extractProfile } = await loadExtractor();
// Scripts stay off (jsdom's default) and its CSS parser's complaints about LinkedIn's
// stylesheets are dropped: neither says anything about extraction.
const { document } = new JSDOM(html, { url, virtualConsole: new VirtualConsole() }).window;
const result = extractProfile(document, url);

const output =
  result.kind === 'profile'
    ? {
        kind: 'profile',
        profile: {
          name: result.capture.name,
          firstName: result.capture.firstName,
          headline: result.capture.headline,
          role: result.capture.role,
          organization: result.capture.organization,
          location: result.capture.location,
          profileUrl: result.capture.profileUrl,
        },
        sources: result.capture.sources,
        missing: result.capture.missing,
      }
    : { kind: 'not-profile', reason: result.reason };
process.stdout.write(`${JSON.stringify(output)}\n`);
