// Malformed and random import files: each one either imports correctly or is refused with
// the database exactly as it was. The generator is seeded, so a failure names its case.
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { deleteDB } from 'idb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toCanonicalProfileUrl } from '../../../src/content/linkedin/pages';
import { CsvError, decodeCsvBytes } from '../../../src/formats/csv-text';
import { commitImport, previewImport } from '../../../src/db/data-store';
import { openRapportDb, type RapportDb } from '../../../src/db/schema';
import type { Contact } from '../../../src/model';
import { dumpDb, fillDb } from './fixtures';

const CONNECTIONS = readFileSync(join(__dirname, '../../fixtures/exports/Connections.csv'), 'utf8');
const NOW = Date.UTC(2026, 10, 27, 9, 30);

/** mulberry32: a small seeded generator, so every case is reproducible. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const utf8 = (text: string) => new TextEncoder().encode(text);
function utf16(text: string, littleEndian: boolean, bom: boolean): Uint8Array {
  const out = new Uint8Array((bom ? 2 : 0) + text.length * 2);
  const view = new DataView(out.buffer);
  if (bom) view.setUint16(0, 0xfeff, littleEndian);
  for (let i = 0; i < text.length; i++) view.setUint16((bom ? 2 : 0) + i * 2, text.charCodeAt(i), littleEndian);
  return out;
}
const latin1 = (text: string) => Uint8Array.from(text, (ch) => Math.min(ch.charCodeAt(0), 0xff));

function connectionsRows(count: number, rand: () => number): string {
  const header = 'First Name,Last Name,URL,Email Address,Company,Position,Connected On\n';
  let body = '';
  for (let i = 0; i < count; i++) {
    const org = rand() < 0.2 ? `"Firm ${i}, ""Quoted"" AB"` : `Firm ${i % 97}`;
    body += `Person${i},Family ${i},https://www.linkedin.com/in/person-${i}-${Math.floor(rand() * 1e6)},,${org},Role ${i % 13},01 Jan 2024\n`;
  }
  return header + body;
}

type Case = [label: string, make: () => Uint8Array];

function generateCases(): Case[] {
  const cases: Case[] = [];
  const base = CONNECTIONS;
  for (let seed = 1; seed <= 12; seed++) {
    const rand = random(seed);
    const bytes = utf8(base);
    cases.push([`truncated at a random byte (seed ${seed})`, () => bytes.slice(0, Math.floor(rand() * bytes.length))]);
    cases.push([
      `one random byte changed (seed ${seed})`,
      () => {
        const copy = bytes.slice();
        copy[Math.floor(rand() * copy.length)] = Math.floor(rand() * 256);
        return copy;
      },
    ]);
    cases.push([
      `a quote inserted at random (seed ${seed})`,
      () => {
        const at = Math.floor(rand() * base.length);
        return utf8(`${base.slice(0, at)}"${base.slice(at)}`);
      },
    ]);
    cases.push([
      `random lines dropped (seed ${seed})`,
      () =>
        utf8(
          base
            .split('\r\n')
            .filter(() => rand() > 0.3)
            .join('\r\n'),
        ),
    ]);
    cases.push([`commas removed at random (seed ${seed})`, () => utf8(base.replace(/,/g, (c) => (rand() < 0.15 ? '' : c)))]);
    cases.push([
      `binary junk (seed ${seed})`,
      () => Uint8Array.from({ length: 200 + Math.floor(rand() * 4000) }, () => Math.floor(rand() * 256)),
    ]);
    cases.push([`printable junk (seed ${seed})`, () => Uint8Array.from({ length: 2000 }, () => 32 + Math.floor(rand() * 95))]);
    cases.push([
      `columns shuffled (seed ${seed})`,
      () => {
        const lines = base.split('\r\n');
        const header = lines[3].split(',');
        for (let i = header.length - 1; i > 0; i--) {
          const j = Math.floor(rand() * (i + 1));
          [header[i], header[j]] = [header[j], header[i]];
        }
        lines[3] = header.join(',');
        return utf8(lines.join('\r\n'));
      },
    ]);
  }
  cases.push(
    ['empty file', () => new Uint8Array()],
    ['only a byte-order mark', () => utf8('\uFEFF')],
    ['UTF-16 LE with BOM', () => utf16(base, true, true)],
    ['UTF-16 BE with BOM', () => utf16(base, false, true)],
    ['UTF-16 LE without BOM', () => utf16(base, true, false)],
    ['Latin-1 bytes', () => latin1(base)],
    ['LF line ends', () => utf8(base.replace(/\r\n/g, '\n'))],
    ['CR line ends', () => utf8(base.replace(/\r\n/g, '\r'))],
    ['header only', () => utf8('First Name,Last Name,URL\n')],
    ['URL column missing', () => utf8(base.replace('URL,', 'Website,'))],
    ['names missing', () => utf8(base.replace('First Name,Last Name', 'Given,Family'))],
    ['wrong delimiter in rows', () => utf8(base.replace(/(\r\n[^\r\n]+)/g, (line) => line.replaceAll(',', '|')))],
    ['unterminated quote on the last line', () => utf8(`${base}"Zed,Last,https://www.linkedin.com/in/zed,,,,\r\n`)],
    ['a JSON file', () => utf8('{"format":"rapport-backup"}')],
    ['a 1 MB cell', () => utf8(`${base}Mega,Cell,https://www.linkedin.com/in/mega-cell,,${'x'.repeat(1 << 20)},CEO,01 Jan 2024\r\n`)],
    [
      'markup and right-to-left overrides in names',
      () =>
        utf8(
          `${base}Eve<img src=x onerror=alert(1)>,\u202Egnp.exe,https://www.linkedin.com/in/eve-rtl,,<script>alert(1)</script>,=1+1,01 Jan 2024\r\n`,
        ),
    ],
  );
  return cases;
}

const NAME = 'rapport-fuzz-test';
let db: RapportDb;
let pristine: Map<string, Contact>;

beforeAll(async () => {
  db = await openRapportDb(NAME);
  await fillDb(db);
  pristine = new Map((await db.getAll('contacts')).map((c) => [c.id, c]));
});
afterAll(async () => {
  db.close();
  await deleteDB(NAME);
});

async function importOrRefuse(bytes: Uint8Array): Promise<'imported' | 'refused'> {
  const before = await dumpDb(db);
  let text: string;
  try {
    text = decodeCsvBytes(bytes);
    const preview = await previewImport(db, text, toCanonicalProfileUrl, NOW);
    expect(await dumpDb(db)).toBe(before); // a preview writes nothing
    const counts = await commitImport(db, text, toCanonicalProfileUrl, NOW);
    expect(counts).toEqual(preview.counts); // the preview said exactly what happened
  } catch (error) {
    if (!(error instanceof CsvError)) throw error; // anything else is a bug, not a refusal
    expect(error.message).toMatch(/^(Line \d+, column \d+: )?\S/);
    expect(await dumpDb(db)).toBe(before);
    return 'refused';
  }
  // Imported: nobody lost, nothing the user edited overwritten, every new record well formed.
  const after = await db.getAll('contacts');
  for (const [id, original] of pristine) {
    const now = after.find((c) => c.id === id);
    expect(now, `${id} is still there`).toBeDefined();
    for (const field of original.edited) expect(now![field]).toBe(original[field]);
    expect(now!.history.slice(0, original.history.length)).toEqual(original.history);
    expect(now!.notes.person).toBe(original.notes.person);
  }
  for (const contact of after) {
    expect(toCanonicalProfileUrl(contact.id)).toBe(contact.id);
    expect(contact.name.trim()).not.toBe('');
    expect(contact.organization.length).toBeLessThanOrEqual(2000);
  }
  return 'imported';
}

describe('generated import files: imported correctly or refused with nothing changed', () => {
  const outcomes: Record<string, number> = { imported: 0, refused: 0 };
  it.each(generateCases())('%s', async (_label, make) => {
    outcomes[await importOrRefuse(make())]++;
  });

  it('some cases of each outcome were generated', () => {
    expect(outcomes.imported).toBeGreaterThan(10);
    expect(outcomes.refused).toBeGreaterThan(10);
  });

  it('imports a 5 MB Connections.csv in one transaction', async () => {
    const text = connectionsRows(50_000, random(99));
    expect(text.length).toBeGreaterThan(5_000_000);
    const counts = await commitImport(db, decodeCsvBytes(utf8(text)), toCanonicalProfileUrl, NOW);
    expect(counts.added).toBe(50_000);
    expect(await db.count('contacts')).toBeGreaterThanOrEqual(50_000);
  }, 120_000);
});
