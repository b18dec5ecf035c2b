// The calendar library (`ics`, about 170 KB with its dependencies) belongs to the
// background, which writes .ics files; a popup that opens instantly must not carry it.
import * as esbuild from 'esbuild';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

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
});
