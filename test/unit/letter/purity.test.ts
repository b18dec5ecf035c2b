// src/letter runs in the popup, the options page and Node alike: it may import only its
// own files and the shared model, and may touch no browser global.
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test } from 'vitest';

const dir = resolve(__dirname, '../../../src/letter');

test.each(readdirSync(dir).filter((f) => f.endsWith('.ts')))('src/letter/%s is pure', (file) => {
  const text = readFileSync(resolve(dir, file), 'utf8');
  const imports = [...text.matchAll(/(?:from|import)\s*\(?\s*['"]([^'"]+)['"]/g)].map((m) => m[1]);
  expect(imports.filter((spec) => !/^\.\/[\w-]+$/.test(spec) && spec !== '../model')).toEqual([]);
  expect(text.match(/\b(?:window|document|navigator|chrome|browser|localStorage|indexedDB)\s*\./g)).toBeNull();
});
