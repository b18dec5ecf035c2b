// src/pipeline is pure: the background, the popup and tests all run it, so it may import
// only the shared model, its own files, and pure npm libraries.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '../../../src/pipeline');
const ALLOWED_PACKAGES = new Set(['ics']);
const BROWSER_GLOBALS = /\b(chrome|browser|document|window|indexedDB|localStorage|navigator)\s*\./;

function getImports(source: string): string[] {
  return [...source.matchAll(/(?:^|\n)\s*(?:import|export)\b[^'"]*?from\s+['"]([^'"]+)['"]/g)].map((m) => m[1]);
}

describe('src/pipeline', () => {
  const files = readdirSync(ROOT).filter((f) => f.endsWith('.ts'));

  it.each(files)('%s imports only the model, pipeline files and pure packages', (file) => {
    const source = readFileSync(join(ROOT, file), 'utf8');
    const forbidden = getImports(source).filter(
      (spec) => spec !== '../model' && !/^\.\/[\w-]+$/.test(spec) && !ALLOWED_PACKAGES.has(spec),
    );
    expect(forbidden).toEqual([]);
    expect(source).not.toMatch(BROWSER_GLOBALS);
  });
});
