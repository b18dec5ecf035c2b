import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { deleteDB } from 'idb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { toCanonicalProfileUrl } from '../../../src/content/linkedin/pages';
import { CsvError, decodeCsvBytes, fromSafeCell, parseContactsCsv, toContactsCsv, toSafeCell } from '../../../src/formats/csv';
import { commitImport, exportContactsCsv, previewImport } from '../../../src/db/data-store';
import { openRapportDb, type RapportDb } from '../../../src/db/schema';
import { dumpDb, fillDb, makeContact } from './fixtures';

const CONNECTIONS = readFileSync(join(__dirname, '../../fixtures/exports/Connections.csv'));
const NAME = 'rapport-csv-test';
const NOW = Date.UTC(2026, 10, 27, 9, 30);
let db: RapportDb;

beforeEach(async () => {
  db = await openRapportDb(NAME);
});
afterEach(async () => {
  db.close();
  await deleteDB(NAME);
});

describe('CSV export', () => {
  it('is UTF-8 with a byte-order mark, CRLF lines, RFC 4180 quoting', () => {
    const csv = toContactsCsv([makeContact('ines-varga', { organization: 'Kvarnby Design, AB', why: 'Said "hello"\non a panel' })]);
    expect(csv.startsWith('\uFEFFName,First Name,Role,Organization,Headline,Location,Email,Profile URL,Stage,')).toBe(true);
    expect(csv).toContain('"Kvarnby Design, AB"');
    expect(csv).toContain('"Said ""hello""\non a panel"');
    expect(csv.split('\r\n')).toHaveLength(2);
    const bytes = new TextEncoder().encode(csv);
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });

  it.each([
    ['=HYPERLINK("http://evil.example","x")', `'=HYPERLINK("http://evil.example","x")`],
    ['+46 70 123 45 67', `'+46 70 123 45 67`],
    ['-2+3', `'-2+3`],
    ['@SUM(A1)', `'@SUM(A1)`],
    ['\tcmd', `'\tcmd`],
    ['\rcmd', `'\rcmd`],
    ["'=already", "''=already"],
    ['Head of Grid = Planning', 'Head of Grid = Planning'],
    ["O'Neil", "O'Neil"],
  ])('makes a formula cell inert: %j → %j', (value, safe) => {
    expect(toSafeCell(value)).toBe(safe);
    expect(fromSafeCell(toSafeCell(value))).toBe(value);
    const csv = toContactsCsv([makeContact('maren-okafor', { headline: value })]);
    const [, row] = Papa.parse<string[]>(csv.slice(1)).data;
    expect(row[4]).toBe(safe);
    expect(row.every((cell) => !/^[=+\-@\t\r]/.test(cell))).toBe(true);
  });

  it('exported, then imported into an empty Rapport, gives the same people', async () => {
    const people = [
      makeContact('maren-okafor', { headline: '=1+1', email: 'maren@example.org' }),
      makeContact('j%C3%B6rgen-b%C3%A4ck', { name: 'Jörgen Bäck', firstName: 'Jörgen', organization: 'Norrsken, "Energi"' }),
    ];
    const csv = toContactsCsv(people);
    const parsed = parseContactsCsv(decodeCsvBytes(new TextEncoder().encode(csv)), toCanonicalProfileUrl);
    expect(parsed.kind).toBe('rapport');
    expect(parsed.skipped).toEqual([]);
    await commitImport(db, csv, toCanonicalProfileUrl, NOW);
    const fields = ['id', 'name', 'firstName', 'role', 'organization', 'headline', 'location', 'email', 'leadSource', 'why', 'notes'] as const;
    for (const person of people) {
      const imported = (await db.get('contacts', person.id))!;
      for (const field of fields) expect(imported[field]).toEqual(person[field]);
    }
  });
});

describe("LinkedIn's Connections.csv", () => {
  it('finds the header after the notes and previews added / updated / skipped before writing', async () => {
    await fillDb(db);
    const before = await dumpDb(db);
    const text = decodeCsvBytes(CONNECTIONS);
    const preview = await previewImport(db, text, toCanonicalProfileUrl, NOW);
    expect(await dumpDb(db)).toBe(before);
    expect(preview.kind).toBe('linkedin-connections');
    expect(preview.counts).toEqual({ added: 2, updated: 3, skipped: 1 });
    expect(preview.added.map((r) => [r.line, r.name, r.profileUrl])).toEqual([
      [8, 'Ana María Brandt Ruiz', 'https://www.linkedin.com/in/ana-brandt-ruiz/'],
      [10, 'Priya Raman', 'https://www.linkedin.com/in/priya-raman/'],
    ]);
    expect(preview.updated.map((r) => [r.line, r.name, r.changes])).toEqual([
      [5, 'Maren Okafor', 'role'],
      [6, 'Ines Varga', 'organization, email'],
      [7, 'Jörgen Bäck', 'role, organization'],
    ]);
    expect(preview.skipped).toEqual([
      { line: 9, reason: 'no LinkedIn profile address', label: 'Tomasz Lee' },
    ]);
  });

  it('commits in one go, keeping what the user edited, history, notes, drafts and stage', async () => {
    await fillDb(db);
    const ines = (await db.get('contacts', 'https://www.linkedin.com/in/ines-varga/'))!;
    const counts = await commitImport(db, decodeCsvBytes(CONNECTIONS), toCanonicalProfileUrl, NOW);
    expect(counts).toEqual({ added: 2, updated: 3, skipped: 1 });
    const after = (await db.get('contacts', ines.id))!;
    expect(after.role).toBe('Typed by me'); // edited by the user: the file's "Service Designer" is not used
    expect(after.organization).toBe('Kvarnby Design, AB');
    expect(after.email).toBe('ines.varga@example.org');
    expect(after.notes).toEqual(ines.notes);
    expect(after.drafts).toEqual(ines.drafts);
    expect(after.stage).toBe(ines.stage);
    expect(after.history.slice(0, -1)).toEqual(ines.history);
    expect(after.history.at(-1)).toMatchObject({ at: NOW, kind: 'imported' });

    const priya = (await db.get('contacts', 'https://www.linkedin.com/in/priya-raman/'))!;
    expect(priya).toMatchObject({ name: 'Priya Raman', firstName: 'Priya', organization: '=cmd|calc!A0', role: '-Chief Curious Officer', stage: 'saved' });
    expect(priya.history).toEqual([{ at: NOW, kind: 'imported', detail: 'LinkedIn connections export (connected on 09 Sep 2024)' }]);
    const ana = (await db.get('contacts', 'https://www.linkedin.com/in/ana-brandt-ruiz/'))!;
    expect(ana.firstName).toBe('Ana María');
    expect(await db.count('contacts')).toBe(5);
  });

  it('a commit after its preview plans again against what is saved by then', async () => {
    const text = decodeCsvBytes(CONNECTIONS);
    const preview = await previewImport(db, text, toCanonicalProfileUrl, NOW);
    expect(preview.counts).toEqual({ added: 5, updated: 0, skipped: 1 });
    // Meanwhile the user saved one of them from LinkedIn.
    await db.put('contacts', makeContact('priya-raman', { name: 'Priya Raman', role: 'Typed by me', edited: ['role'], stage: 'request-sent' }));
    expect(await commitImport(db, text, toCanonicalProfileUrl, NOW)).toEqual({ added: 4, updated: 1, skipped: 1 });
    expect(await db.get('contacts', 'https://www.linkedin.com/in/priya-raman/')).toMatchObject({ role: 'Typed by me', stage: 'request-sent' });
  });

  it('a commit of another file than the one previewed imports that file', async () => {
    await previewImport(db, decodeCsvBytes(CONNECTIONS), toCanonicalProfileUrl, NOW);
    const other = 'First Name,Last Name,URL,Email Address,Company,Position,Connected On\nÅsa,Öberg,https://www.linkedin.com/in/asa-oberg,,Göta Älv AB,Ingenjör,01 Jan 2024\n';
    expect(await commitImport(db, other, toCanonicalProfileUrl, NOW)).toEqual({ added: 1, updated: 0, skipped: 0 });
    expect((await db.getAll('contacts')).map((c) => c.name)).toEqual(['Åsa Öberg']);
  });

  it('importing the same file twice changes nothing the second time', async () => {
    await commitImport(db, decodeCsvBytes(CONNECTIONS), toCanonicalProfileUrl, NOW);
    const once = await dumpDb(db);
    expect(await commitImport(db, decodeCsvBytes(CONNECTIONS), toCanonicalProfileUrl, NOW + 1000)).toEqual({ added: 0, updated: 0, skipped: 6 });
    expect(await dumpDb(db)).toBe(once);
  });
});

describe('reading files', () => {
  const header = 'First Name,Last Name,URL,Email Address,Company,Position,Connected On\n';
  const row = 'Åsa,Öberg,https://www.linkedin.com/in/asa-oberg,,Göta Älv AB,Ingenjör,01 Jan 2024\n';

  it('reads UTF-16 with a byte-order mark and Latin-1 (Windows-1252) bytes', () => {
    const text = header + row;
    const utf16 = new Uint8Array(2 + text.length * 2);
    utf16.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) utf16[2 + i * 2] = text.charCodeAt(i);
    expect(decodeCsvBytes(utf16)).toBe(text);
    const latin1 = Uint8Array.from(text, (ch) => ch.charCodeAt(0));
    expect(decodeCsvBytes(latin1)).toBe(text);
    expect(parseContactsCsv(decodeCsvBytes(latin1), toCanonicalProfileUrl).rows[0]).toMatchObject({ name: 'Åsa Öberg', organization: 'Göta Älv AB' });
  });

  it('refuses binary data and says where', () => {
    const bytes = new TextEncoder().encode(header + 'A,B,\u0000junk');
    expect(() => decodeCsvBytes(bytes)).toThrow(/^Line 2, column 5: This file is not a text CSV file/);
  });

  it('refuses a quoted cell that is never closed, with its line and column', () => {
    const text = header + row + 'Bo,Ek,https://www.linkedin.com/in/bo-ek,,"Acme,CTO,01 Jan 2024\nCy,Ng,https://www.linkedin.com/in/cy-ng,,X,Y,Z\n';
    expect(() => parseContactsCsv(text, toCanonicalProfileUrl)).toThrow(CsvError);
    expect(() => parseContactsCsv(text, toCanonicalProfileUrl)).toThrow(/^Line 3, column 42: a quoted cell is never closed/);
  });

  it('refuses a file without a header it understands', () => {
    expect(() => parseContactsCsv('Vorname,Nachname,Firma\nA,B,C\n', toCanonicalProfileUrl)).toThrow(/^Line 1, column 1: No header row found/);
  });

  it('skips rows with the wrong number of cells, addresses that are not profiles, repeats and absurd lengths', () => {
    const text =
      header +
      row +
      'Bo,Ek,https://www.linkedin.com/in/bo-ek,,Acme, Inc.,CTO,01 Jan 2024\n' +
      'Cy,Ng,https://www.linkedin.com/company/acme/,,Acme,CTO,01 Jan 2024\n' +
      'Åsa,Öberg,https://se.linkedin.com/in/ASA-OBERG/,,Göta Älv AB,Ingenjör,01 Jan 2024\n' +
      `Di,Fox,https://www.linkedin.com/in/di-fox,,${'x'.repeat(3000)},CTO,01 Jan 2024\n` +
      ',,https://www.linkedin.com/in/no-name,,Acme,CTO,01 Jan 2024\n' +
      'Ed,Ng,https://www.linkedin.com/in/ed-ng,,Acme,CTO\n';
    const parsed = parseContactsCsv(text, toCanonicalProfileUrl);
    expect(parsed.rows.map((r) => r.name)).toEqual(['Åsa Öberg']);
    expect(parsed.skipped.map(({ line, reason }) => `${line}: ${reason}`)).toEqual([
      '3: has 8 cells; the header has 7',
      '4: not a LinkedIn profile address: https://www.linkedin.com/company/acme/',
      '5: the same person as line 2',
      '6: the Company cell is too long to be real (over 2,000 characters)',
      '7: no name',
      '8: has 6 cells; the header has 7',
    ]);
  });

  it('reads a semicolon-separated sheet with a "Name" and "LinkedIn" column', () => {
    const parsed = parseContactsCsv('Name;LinkedIn;Company\nDana Whit;https://linkedin.com/in/dana-whit;Fjord\n', toCanonicalProfileUrl);
    expect(parsed.kind).toBe('spreadsheet');
    expect(parsed.rows).toMatchObject([{ name: 'Dana Whit', firstName: '', profileUrl: 'https://www.linkedin.com/in/dana-whit/', organization: 'Fjord' }]);
  });

  it('exports what is in the database, newest saved first', async () => {
    await fillDb(db);
    await db.put('contacts', makeContact('zed-newest', { createdAt: 1_800_000_000_000 }));
    const rows = Papa.parse<string[]>((await exportContactsCsv(db)).slice(1)).data;
    expect(rows).toHaveLength(5);
    expect(rows[1][0]).toBe('Zed Newest');
    expect(rows.find((r) => r[0] === 'Jörgen Bäck')![4]).toBe(`'=HYPERLINK("http://evil.example","click")`);
  });
});
