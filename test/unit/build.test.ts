// What the build ships is whole: every file an extension page links (stylesheets, scripts,
// icons) exists in both builds, so no page loads unstyled or without its code in either browser.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { JSDOM } from 'jsdom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error build.mjs is plain JavaScript, without types
import { build } from '../../build.mjs';

let built = '';
beforeAll(async () => {
  built = mkdtempSync(join(tmpdir(), 'rapport-build-'));
  await build({ outDir: built });
}, 60_000);
afterAll(() => {
  if (built) rmSync(built, { recursive: true, force: true });
});

function listHtml(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return listHtml(path);
    return name.endsWith('.html') ? [path] : [];
  });
}

/** Each `link href` and `script src` of a built page, as a path inside the build (or outside it). */
function getReferences(page: string, target: string): string[] {
  const { document } = new JSDOM(readFileSync(page, 'utf8')).window;
  const urls = [
    ...[...document.querySelectorAll('link[href]')].map((link) => link.getAttribute('href')!),
    ...[...document.querySelectorAll('script[src]')].map((script) => script.getAttribute('src')!),
  ];
  return urls.map((url) => relative(join(built, target), resolve(dirname(page), url.split(/[?#]/)[0])));
}

describe.each(['chrome', 'firefox'])('the %s build', (target) => {
  it('has every file its pages link', () => {
    const pages = listHtml(join(built, target));
    expect(pages.map((page) => relative(join(built, target), page)).sort()).toEqual(['options/index.html', 'popup/index.html']);
    const references = pages.flatMap((page) =>
      getReferences(page, target).map((file) => ({ page: relative(join(built, target), page), file })),
    );
    expect(references.length).toBeGreaterThan(3);
    expect(references.filter(({ file }) => file.startsWith('..') || !existsSync(join(built, target, file)))).toEqual([]);
  });
});
