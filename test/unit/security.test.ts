// Least privilege and no code from data: the manifest asks only for what the README
// justifies, touches only LinkedIn, exposes nothing to web pages; no source (and no built
// bundle) turns text into code or markup.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error build.mjs is plain JavaScript, without types
import { build } from '../../build.mjs';

const root = resolve(__dirname, '../..');

/** Built here, not read from dist/: the checks of built files must not depend on whether (or
 * when) someone ran the build — `npm test` runs the unit tests before it. */
let built = '';
beforeAll(async () => {
  built = mkdtempSync(join(tmpdir(), 'rapport-security-'));
  await build({ outDir: built });
}, 60_000);
afterAll(() => {
  if (built) rmSync(built, { recursive: true, force: true });
});

function listFiles(dir: string, pattern: RegExp): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return listFiles(path, pattern);
    return pattern.test(name) ? [path] : [];
  });
}

const CODE_FROM_TEXT = [
  /\binnerHTML\b/,
  /\bouterHTML\b/,
  /\binsertAdjacentHTML\b/,
  /\beval\s*\(/,
  /\bnew\s+Function\b/,
  /\bdangerouslySetInnerHTML\b/,
  /document\.write\s*\(/,
  /\bsetTimeout\s*\(\s*['"`]/,
];
const LINKEDIN_PATTERN = /^https:\/\/\*\.linkedin\.com\/\*$/;

function findUses(files: string[], patterns: RegExp[]): string[] {
  return files.flatMap((file) => {
    const text = readFileSync(file, 'utf8');
    return patterns.filter((p) => p.test(text)).map((p) => `${relative(root, file)}: ${p.source}`);
  });
}

describe('no code or markup from text', () => {
  it('sources never use innerHTML, eval, new Function or dangerouslySetInnerHTML', () => {
    const sources = ['src', 'popup', 'options'].flatMap((dir) => listFiles(join(root, dir), /\.(ts|tsx|js|mjs|html)$/));
    expect(sources.length).toBeGreaterThan(10);
    expect(findUses(sources, CODE_FROM_TEXT)).toEqual([]);
  });

  it('built bundles contain no eval or new Function; the content script and background no innerHTML', () => {
    const bundles = ['chrome', 'firefox'].flatMap((target) => listFiles(join(built, target), /\.js$/));
    expect(bundles.length).toBeGreaterThan(8);
    expect(findUses(bundles, [/\beval\s*\(/, /\bnew\s+Function\b/, /\bimportScripts\s*\(/])).toEqual([]);
    // No bundle can set markup: build.mjs cuts Preact's one innerHTML assignment out.
    expect(findUses(bundles, [/\binnerHTML\s*=/, /\bouterHTML\s*=/, /\binsertAdjacentHTML\b/])).toEqual([]);
    const contextScripts = bundles.filter((file) => /(content|background)\.js$/.test(file));
    expect(contextScripts.length).toBeGreaterThan(0);
    expect(findUses(contextScripts, [/\binnerHTML\b/, /\bouterHTML\b/, /\binsertAdjacentHTML\b/])).toEqual([]);
  });

  it('pages load only their own scripts', () => {
    const pages = ['popup', 'options', join(built, 'chrome/popup'), join(built, 'firefox/popup')].flatMap((dir) =>
      listFiles(resolve(root, dir), /\.html$/),
    );
    expect(pages.length).toBe(4);
    for (const page of pages) {
      const text = readFileSync(page, 'utf8');
      expect([...text.matchAll(/<script[^>]*src="([^"]+)"/g)].map((m) => m[1]).filter((src) => /^(https?:)?\/\//.test(src))).toEqual([]);
      expect(text).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/); // no inline script
    }
  });
});

describe('manifest: least privilege', () => {
  const manifests: [string, () => string][] = [
    ['manifest.json', () => join(root, 'manifest.json')],
    ['the built Chrome manifest', () => join(built, 'chrome/manifest.json')],
    ['the built Firefox manifest', () => join(built, 'firefox/manifest.json')],
  ];

  it.each(manifests)('%s exposes nothing to web pages and reaches only LinkedIn', (_name, path) => {
    const manifest = JSON.parse(readFileSync(path(), 'utf8'));
    expect(manifest.web_accessible_resources).toBeUndefined();
    expect(manifest.externally_connectable).toBeUndefined();
    expect(manifest.optional_permissions ?? []).toEqual([]);
    expect(manifest.optional_host_permissions ?? []).toEqual([]);
    expect(manifest.host_permissions.length).toBeGreaterThan(0);
    for (const host of manifest.host_permissions) expect(host).toMatch(LINKEDIN_PATTERN);
    for (const script of manifest.content_scripts ?? []) {
      for (const match of script.matches) expect(match).toMatch(LINKEDIN_PATTERN);
    }
    for (const permission of manifest.permissions ?? []) expect(permission).not.toMatch(/:\/\/|<all_urls>/);
    const csp = manifest.content_security_policy?.extension_pages ?? '';
    expect(csp).toMatch(/script-src 'self'/);
    expect(csp).not.toMatch(/unsafe-eval|unsafe-inline|https?:/);
  });

  it('every permission is justified in the README', () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    const section = /^## Permissions\n([\s\S]*?)(?=^## |(?![\s\S]))/m.exec(readme)?.[1] ?? '';
    expect(section, 'README.md has a "## Permissions" section').not.toBe('');
    const manifest = JSON.parse(readFileSync(join(root, 'manifest.json'), 'utf8'));
    const undocumented = [...(manifest.permissions ?? []), ...manifest.host_permissions].filter(
      (p: string) => !section.includes(`\`${p}\``),
    );
    expect(undocumented).toEqual([]);
  });
});
