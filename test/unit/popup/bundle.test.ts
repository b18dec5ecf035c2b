// The calendar library (`ics`, about 170 KB with its dependencies) belongs to the
// background, which writes .ics files; a popup that opens instantly must not carry it, nor
// webextension-polyfill (~10 KB: the popup's few API calls go through src/browser.ts's
// polyfill-free functions).
import * as esbuild from 'esbuild';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error build.mjs is plain JavaScript, without types
import { bundleOptions } from '../../../build.mjs';

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

  it('does not include webextension-polyfill, as build.mjs bundles it', async () => {
    const root = resolve(__dirname, '../../..');
    const options = bundleOptions('chrome', { entryPoints: { 'popup/popup': resolve(root, 'popup/index.tsx') }, format: 'esm' }, '/nonexistent');
    const result = await esbuild.build({ ...options, write: false, absWorkingDir: root });
    const output = Object.values(result.metafile!.outputs).find((o) => o.entryPoint?.endsWith('popup/index.tsx'));
    const included = Object.entries(output?.inputs ?? {}).filter(([, input]) => input.bytesInOutput > 0).map(([path]) => path);
    expect(included.some((path) => path.endsWith('popup/app.tsx'))).toBe(true);
    expect(included.filter((path) => path.includes('webextension-polyfill'))).toEqual([]);
  });
});
