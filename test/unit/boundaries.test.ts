// Each folder is an execution context (README.md, "Where things are"). The lines between them
// are lint rules in biome.jsonc, which `npm run lint` runs on the code. This test checks that the
// rules catch what they must: it lints one file per forbidden edge, and files with the imports
// each folder is allowed, in a scratch folder laid out like the repository.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const root = resolve(__dirname, '../..');
const biome = join(root, 'node_modules/@biomejs/biome/bin/biome');

interface Diagnostic {
  file: string;
  line: number;
  column: number;
  rule: string;
  message: string;
}

/** Lints `files` (repository path → source) with the repository's configuration. */
function lint(files: Record<string, string>): Diagnostic[] {
  const dir = mkdtempSync(join(tmpdir(), 'rapport-boundaries-'));
  try {
    copyFileSync(join(root, 'biome.jsonc'), join(dir, 'biome.jsonc'));
    for (const [file, source] of Object.entries(files)) {
      mkdirSync(dirname(join(dir, file)), { recursive: true });
      writeFileSync(join(dir, file), source);
    }
    let output: string;
    try {
      output = execFileSync(process.execPath, [biome, 'lint', '--vcs-enabled=false', '--reporter=json', '--max-diagnostics=none', '.'], {
        cwd: dir,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
      });
    } catch (error) {
      output = (error as { stdout: string }).stdout; // biome exits 1 when it finds errors
    }
    const report = JSON.parse(output) as {
      diagnostics: { category: string; message: string; location: { path: string; start: { line: number; column: number } } }[];
    };
    return report.diagnostics
      .map((d) => ({ file: d.location.path, ...d.location.start, rule: d.category.replace('lint/style/', ''), message: d.message }))
      .sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const imports = (...specifiers: string[]) =>
  `${specifiers.map((s, i) => `import * as m${i} from '${s}';`).join('\n')}\nexport const all = [${specifiers.map((_, i) => `m${i}`).join(', ')}];\n`;

describe('context boundaries', () => {
  let found: Diagnostic[];
  beforeAll(() => {
    found = lint({
      'popup/probe.ts': imports(
        '../src/background/handlers',
        '../src/content/linkedin/pages',
        '../options/app',
        'idb',
        '../src/db/read',
        '../src/browser',
      ),
      'options/probe.ts': imports('../src/background/db', '../popup/app', '../src/formats/backup', '../src/messaging'),
      'src/content/probe.ts': imports('../db/schema', '../../popup/app', '../background/capture', './linkedin/pages', '../messaging'),
      'src/background/probe.ts': imports(
        '../content/linkedin/extract',
        '../content/linkedin/pages',
        '../../popup/app',
        '../db/repository',
        'idb',
      ),
      'src/letter/probe.ts': imports('./compose', '../model', '../browser', '../pipeline/stages', 'preact'),
      'src/pipeline/probe.ts': imports('./stages', '../model', 'ics', '../db/read', '../messaging', 'papaparse'),
      'src/formats/probe.ts': imports('../pipeline/contact', 'papaparse', '../db/schema', '../ui/download', '../browser', 'preact/hooks'),
      'src/db/probe.ts': imports('idb', '../formats/backup', '../browser', 'preact'),
      'src/background/linkedin-urls.ts': imports('../content/linkedin/pages', '../content/linkedin/extract'),
      'src/ui/probe.ts': imports('../model', '../db/read'),
      'src/model.ts': imports('./pipeline/stages'),
      'src/letter/globals.ts': 'export const read = () => [document.title, window.name, navigator.language, chrome.runtime.id];\n',
      'src/formats/globals.ts': 'export const store = () => [localStorage.length, indexedDB.open("x"), browser.runtime.id];\n',
      'popup/globals.ts': 'export const id = () => chrome.runtime.id;\n',
      'src/browser.ts': 'export const api = () => [chrome.runtime, browser.runtime];\n',
    });
  });

  const at = (file: string) => found.filter((d) => d.file === file).map((d) => `${d.line} ${d.rule}: ${d.message}`);
  const BY_MESSAGES = 'The popup talks to the background by messages.';

  it('keeps the popup and the options page to messages', () => {
    expect(at('popup/probe.ts')).toEqual([
      `1 noRestrictedImports: ${BY_MESSAGES}`,
      `2 noRestrictedImports: ${BY_MESSAGES}`,
      `3 noRestrictedImports: ${BY_MESSAGES}`,
      '4 noRestrictedImports: Only src/db/ opens IndexedDB.',
    ]);
    expect(at('options/probe.ts')).toEqual([
      '1 noRestrictedImports: The options page talks to the background by messages.',
      '2 noRestrictedImports: The options page talks to the background by messages.',
    ]);
  });

  it('keeps the content script out of storage, and the background to LinkedIn’s URL rules', () => {
    const content =
      "IndexedDB opened in a content script would belong to LinkedIn's origin; the content script reports to the background by messages.";
    expect(at('src/content/probe.ts')).toEqual([1, 2, 3].map((line) => `${line} noRestrictedImports: ${content}`));
    const background =
      "The background uses LinkedIn's URL rules through src/background/linkedin-urls.ts only, and nothing else of the content script.";
    expect(at('src/background/probe.ts')).toEqual([
      `1 noRestrictedImports: ${background}`,
      `2 noRestrictedImports: ${background}`,
      `3 noRestrictedImports: ${background}`,
      '5 noRestrictedImports: Only src/db/ opens IndexedDB.',
    ]);
    expect(at('src/background/linkedin-urls.ts')).toEqual([`2 noRestrictedImports: ${background}`]);
  });

  it('keeps letters, the pipeline, file formats and the model pure', () => {
    const letters = 'Letters are pure: they import only their own files and the model.';
    expect(at('src/letter/probe.ts')).toEqual([3, 4, 5].map((line) => `${line} noRestrictedImports: ${letters}`));
    const pipeline = 'The pipeline is pure: it imports only its own files, the model and the calendar package (ics).';
    expect(at('src/pipeline/probe.ts')).toEqual([4, 5, 6].map((line) => `${line} noRestrictedImports: ${pipeline}`));
    const formats = 'File formats are pure: the options page reads files with them, the background writes what they parse.';
    expect(at('src/formats/probe.ts')).toEqual([3, 4, 5, 6].map((line) => `${line} noRestrictedImports: ${formats}`));
    expect(at('src/model.ts')).toEqual(['1 noRestrictedImports: The model is plain data any context may import: it imports nothing.']);
  });

  it('keeps storage and the UI helpers to their rooms', () => {
    expect(at('src/db/probe.ts')).toEqual([3, 4].map((line) => `${line} noRestrictedImports: Storage knows nothing of contexts.`));
    expect(at('src/ui/probe.ts')).toEqual(['2 noRestrictedImports: UI helpers serve the extension pages only.']);
  });

  it('lets only src/browser.ts touch the extension API, and no pure module the page', () => {
    const globals = (file: string) =>
      at(file).map((d) => d.replace(/^\d+ noRestrictedGlobals: Do not use the global variable (\w+)\.$/, '$1'));
    expect(globals('src/letter/globals.ts')).toEqual(['document', 'window', 'navigator', 'chrome']);
    expect(globals('src/formats/globals.ts')).toEqual(['localStorage', 'indexedDB', 'browser']);
    expect(globals('popup/globals.ts')).toEqual(['chrome']);
    expect(at('src/browser.ts')).toEqual([]);
  });

  it('reports nothing else', () => {
    expect(found.filter((d) => !d.rule.startsWith('noRestricted'))).toEqual([]);
  });
});

// What the lint rules can't see: the extension API reached as a property (`globalThis.chrome`),
// which is no global variable to Biome.
/** The extension API by its global names, as code (not in a comment) would use it. */
function usesExtensionApi(text: string): boolean {
  const code = text.replace(/\/\*[\s\S]*?\*\/|(^|[^:])\/\/.*$/gm, '$1');
  return /\b(chrome|browser)(\??\.[A-Za-z_$]|\[)|\bglobalThis\s*\.\s*(chrome|browser)\b|['"](chrome|browser)['"]\s*in\b/.test(code);
}

function listSources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return listSources(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

describe('the extension API, however it is written', () => {
  it('is touched by src/browser.ts alone', () => {
    const files = ['src', 'popup', 'options'].flatMap((dir) => listSources(join(root, dir)));
    const uses = files
      .map((path) => relative(root, path).replaceAll('\\', '/'))
      .filter((file) => usesExtensionApi(readFileSync(join(root, file), 'utf8')));
    expect(uses).toEqual(['src/browser.ts']);
  });

  it('is seen in code, and not in comments or words', () => {
    for (const code of [
      'chrome.tabs.query({})',
      'await browser.runtime.sendMessage(m)',
      'globalThis.chrome',
      'chrome?.runtime',
      "browser['tabs']",
    ]) {
      expect([code, usesExtensionApi(code)]).toEqual([code, true]);
    }
    for (const text of [
      '// chrome.tabs is reached through src/browser.ts',
      "const url = 'chrome://extensions';",
      "the browser's clock",
      '/* browser.tabs */',
      '<p>Removes everything from this browser.</p>',
    ]) {
      expect([text, usesExtensionApi(text)]).toEqual([text, false]);
    }
  });
});
