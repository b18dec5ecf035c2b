// Each folder is an execution context (README.md, "Where things are"); this test reads every
// import line and fails on an edge that crosses a line the design draws.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(__dirname, '../..');

interface Rule {
  from: string; // folder prefix of the importing file
  forbid: string[]; // module prefixes (repo paths or package names) it may not import
  allow?: { file: string; imports: string }; // the one file that may import the one module despite `forbid`
  because: string;
}

const BROWSER_API = ['src/browser', 'src/messaging'];

export const RULES: Rule[] = [
  { from: 'popup/', forbid: ['src/background/', 'src/content/', 'options/', 'idb'], because: 'the popup talks to the background by messages' },
  { from: 'options/', forbid: ['src/background/', 'src/content/', 'popup/', 'idb'], because: 'the options page talks to the background by messages' },
  {
    from: 'src/content/',
    forbid: ['src/background/', 'src/db/', 'popup/', 'options/', 'idb'],
    because: 'IndexedDB opened in a content script would belong to LinkedIn’s origin',
  },
  {
    from: 'src/background/',
    forbid: ['popup/', 'options/', 'src/content/'],
    allow: { file: 'src/background/linkedin-urls.ts', imports: 'src/content/linkedin/pages' },
    because: 'the background may use LinkedIn’s URL rules, through src/background/linkedin-urls.ts only, and nothing else of the content script',
  },
  { from: 'src/letter/', forbid: [...BROWSER_API, 'src/db/', 'src/background/', 'src/content/', 'popup/', 'options/', 'idb', 'preact'], because: 'letters are pure' },
  { from: 'src/pipeline/', forbid: [...BROWSER_API, 'src/db/', 'src/background/', 'src/content/', 'popup/', 'options/', 'idb', 'preact'], because: 'the pipeline is pure' },
  {
    from: 'src/formats/',
    forbid: [...BROWSER_API, 'src/db/', 'src/background/', 'src/content/', 'popup/', 'options/', 'src/ui/', 'idb', 'preact'],
    because: 'file formats are pure: the options page reads files with them, the background writes what they parse',
  },
  { from: 'src/db/', forbid: [...BROWSER_API, 'src/background/', 'src/content/', 'popup/', 'options/', 'preact'], because: 'storage knows nothing of contexts' },
  { from: 'src/ui/', forbid: ['src/background/', 'src/content/', 'src/db/', 'popup/', 'options/', 'idb'], because: 'UI helpers serve the extension pages only' },
  { from: 'src/model', forbid: ['src/', 'idb', 'preact'], because: 'the model is types only' },
];

/** Only src/db/ may import idb. */
const SOLE_IMPORTERS: Record<string, string> = {
  idb: 'src/db/',
};

/** The extension API by its global names, as code (not in a comment) would use it. */
export function usesExtensionApi(text: string): boolean {
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

/** Import targets of a file: repo-relative paths for relative imports, package names otherwise. */
export function getImports(file: string, text: string): string[] {
  const specifiers = [...text.matchAll(/^\s*(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|^\s*import\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/gm)].map(
    (m) => m[1] ?? m[2] ?? m[3],
  );
  return specifiers.map((spec) =>
    spec.startsWith('.') ? relative(root, resolve(dirname(join(root, file)), spec)).replaceAll('\\', '/') : spec,
  );
}

export function findViolations(file: string, imports: string[]): string[] {
  const problems: string[] = [];
  for (const rule of RULES) {
    if (!file.startsWith(rule.from)) continue;
    for (const target of imports) {
      const allowed = rule.allow?.file === file && (target === rule.allow.imports || target.startsWith(rule.allow.imports + '.'));
      if (!allowed && rule.forbid.some((prefix) => target === prefix || target.startsWith(prefix) || target === prefix.replace(/\/$/, ''))) {
        problems.push(`${file} imports ${target}: ${rule.because}`);
      }
    }
  }
  for (const [module, owner] of Object.entries(SOLE_IMPORTERS)) {
    if (imports.includes(module) && !file.startsWith(owner)) problems.push(`${file} imports ${module}: only ${owner} may`);
  }
  return problems;
}

describe('context boundaries', () => {
  it('no file imports across the lines between the folders', () => {
    const files = ['src', 'popup', 'options'].flatMap((dir) => listSources(join(root, dir)));
    const violations = files.flatMap((path) => {
      const file = relative(root, path).replaceAll('\\', '/');
      return findViolations(file, getImports(file, readFileSync(path, 'utf8')));
    });
    expect(violations).toEqual([]);
  });

  it('catches a forbidden edge', () => {
    expect(findViolations('popup/app.tsx', getImports('popup/app.tsx', "import { getDb } from '../src/background/db';"))).toEqual([
      'popup/app.tsx imports src/background/db: the popup talks to the background by messages',
    ]);
    expect(findViolations('src/letter/compose.ts', getImports('src/letter/compose.ts', "import { browser } from '../browser';"))).toEqual([
      'src/letter/compose.ts imports src/browser: letters are pure',
    ]);
    expect(findViolations('src/formats/backup.ts', getImports('src/formats/backup.ts', "import type { RapportDb } from '../db/schema';"))).toEqual([
      'src/formats/backup.ts imports src/db/schema: file formats are pure: the options page reads files with them, the background writes what they parse',
    ]);
    expect(findViolations('src/content/index.ts', getImports('src/content/index.ts', "import { openDB } from 'idb';"))).toHaveLength(2);
    expect(findViolations('src/background/capture.ts', getImports('src/background/capture.ts', "import { isProfileUrl } from '../content/linkedin/pages';"))).toEqual([
      'src/background/capture.ts imports src/content/linkedin/pages: the background may use LinkedIn’s URL rules, through src/background/linkedin-urls.ts only, and nothing else of the content script',
    ]);
    expect(findViolations('src/background/linkedin-urls.ts', getImports('src/background/linkedin-urls.ts', "export { isProfileUrl } from '../content/linkedin/pages';"))).toEqual([]);
    expect(findViolations('src/background/linkedin-urls.ts', getImports('src/background/linkedin-urls.ts', "export { extractProfile } from '../content/linkedin/extract';"))).toHaveLength(1);
  });

  it('lets only src/browser.ts touch the extension API', () => {
    const files = ['src', 'popup', 'options'].flatMap((dir) => listSources(join(root, dir)));
    const uses = files.map((path) => relative(root, path).replaceAll('\\', '/')).filter((file) => usesExtensionApi(readFileSync(join(root, file), 'utf8')));
    expect(uses).toEqual(['src/browser.ts']);
  });

  it('sees the extension API however it is written, and not in comments or words', () => {
    for (const code of ['chrome.tabs.query({})', 'await browser.runtime.sendMessage(m)', 'globalThis.chrome', 'chrome?.runtime', "browser['tabs']"]) {
      expect([code, usesExtensionApi(code)]).toEqual([code, true]);
    }
    for (const text of ['// chrome.tabs is reached through src/browser.ts', "const url = 'chrome://extensions';", "the browser's clock", '/* browser.tabs */', '<p>Removes everything from this browser.</p>']) {
      expect([text, usesExtensionApi(text)]).toEqual([text, false]);
    }
  });

  it('keeps browser globals out of the pure modules', () => {
    const files = ['src/letter', 'src/pipeline', 'src/formats'].flatMap((dir) => listSources(join(root, dir)));
    const uses = files.filter((path) => /\b(chrome|browser)\.\w+|\bdocument\.|\bwindow\./.test(readFileSync(path, 'utf8')));
    expect(uses.map((path) => relative(root, path))).toEqual([]);
  });
});
