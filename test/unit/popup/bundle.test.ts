// The calendar library (`ics`, the largest dependency) belongs to the background, which
// writes .ics files; a popup that opens instantly must not carry it. Its early script
// carries no idb.
import * as esbuild from 'esbuild';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error build.mjs is plain JavaScript, without types
import { build } from '../../../build.mjs';

describe('the popup bundle', () => {
  it('does not include the ics library', async () => {
    const result = await esbuild.build({
      entryPoints: [resolve(__dirname, '../../../popup/index.tsx')],
      bundle: true,
      write: false,
      metafile: true,
      format: 'esm',
      jsx: 'automatic',
      jsxImportSource: 'preact',
      logLevel: 'silent',
    });
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs.some((path) => path.includes('src/pipeline/due.ts'))).toBe(true);
    expect(inputs.filter((path) => /node_modules\/(ics|yup|runes2)\//.test(path) || path.includes('src/pipeline/calendar'))).toEqual([]);
  });

  it('is an early script without idb, the first screen, and the contact view fetched later, which runs on the first one’s Preact', async () => {
    const out = mkdtempSync(join(tmpdir(), 'rapport-bundle-'));
    try {
      await build({ outDir: out });
      for (const target of ['chrome', 'firefox']) {
        const popup = readFileSync(join(out, target, 'popup/popup.js'), 'utf8');
        const view = readFileSync(join(out, target, 'popup/contact-view.js'), 'utf8');
        // The early script (popup/early.ts) opens and reads with IndexedDB's own API: no idb
        // (its cursor wrapper names continuePrimaryKey), and its migrations are in it.
        const early = readFileSync(join(out, target, 'popup/early.js'), 'utf8');
        expect(early).not.toContain('continuePrimaryKey');
        expect(popup).toContain('continuePrimaryKey');
        expect(early).toContain('deleteIndex("nameKey")');
        expect(popup.match(/import\("[^"]+"\)/g)).toEqual(['import("./contact-view.js")']);
        // The contract's validators run in the background only: the pages and the content
        // script, which only send, carry none of them.
        const content = readFileSync(join(out, target, 'content.js'), 'utf8');
        const background = readFileSync(join(out, target, 'background.js'), 'utf8');
        const validatorWords = 'Rapport received a request it cannot read.';
        expect([popup, view, early, content].map((code) => code.includes(validatorWords))).toEqual([false, false, false, false]);
        expect(background).toContain(validatorWords);
        expect(popup).not.toContain('letter-body'); // the letter panel's editor is in the view
        expect(view).toContain('letter-body');
        // One Preact: the build's marker in Preact's code is in popup.js only, and the view
        // imports from popup.js and nothing else.
        expect(popup.split('Rapport never sets innerHTML')).toHaveLength(2);
        expect(view).not.toContain('Rapport never sets innerHTML');
        const imports = [...view.matchAll(/\bimport\s*(?:\{[^}]*\}|\*\s*as\s*[\w$]+|[\w$]+)\s*from\s*"([^"]+)"/g)].map((m) => m[1]);
        expect(new Set(imports)).toEqual(new Set(['./popup.js']));
      }
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }, 60_000);
});
