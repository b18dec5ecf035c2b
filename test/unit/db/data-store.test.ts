// Backup, restore, CSV export and import against a database: what each writes, and that a
// file refused or previewed changes nothing. The file formats themselves: test/unit/formats/.
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { deleteDB } from 'idb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { toCanonicalProfileUrl } from '../../../src/content/linkedin/pages';
import {
  commitImport,
  deleteEverything,
  exportBackup,
  exportContactsCsv,
  holdsBackup,
  previewImport,
  previewRestore,
  restoreBackup,
} from '../../../src/db/data-store';
import { DB_VERSION, openRapportDb, type RapportDb } from '../../../src/db/schema';
import { BackupError, stringifyBackup, toBackup } from '../../../src/formats/backup';
import { toContactsCsv } from '../../../src/formats/csv-export';
import { decodeCsvBytes } from '../../../src/formats/csv-text';
import { dumpDb, fillDb, makeContact, PROFILE, SETTINGS, TEMPLATES } from './fixtures';

const CONNECTIONS = readFileSync(join(__dirname, '../../fixtures/exports/Connections.csv'));
const NAME = 'rapport-data-store-test';
const NOW = Date.UTC(2026, 10, 27, 9, 30);
let db: RapportDb;

beforeEach(async () => {
  db = await openRapportDb(NAME);
});
afterEach(async () => {
  db.close();
  await deleteDB(NAME);
});

describe('backup', () => {
  it('holds every contact with everything in it, the profile, settings and templates, under a versioned header', async () => {
    await fillDb(db);
    const backup = JSON.parse(await exportBackup(db, NOW));
    expect(backup).toMatchObject({
      format: 'rapport-backup',
      version: 1,
      exportedAt: '2026-11-27T09:30:00.000Z',
      schemaVersion: DB_VERSION,
    });
    expect(backup.contacts).toHaveLength(3);
    const maren = backup.contacts.find((c: { name: string }) => c.name === 'Maren Okafor');
    expect(maren).toEqual(makeContact('maren-okafor'));
    expect(backup.meta).toEqual({ profile: PROFILE, settings: SETTINGS, templates: TEMPLATES });
  });

  it('has a place for every store in the database but the derived summary (a new store must be added to backup and restore)', async () => {
    const backup = JSON.parse(await exportBackup(db, NOW));
    // The summary is made from the contacts: a restore rebuilds it (test/unit/db/summary.test.ts).
    const derived = ['summary'];
    expect([...db.objectStoreNames].filter((store) => !(store in backup) && !derived.includes(store))).toEqual([]);
    expect(backup).not.toHaveProperty('summary');
  });

  it('export → restore → export gives identical output', async () => {
    await fillDb(db);
    const first = await exportBackup(db, NOW);
    await deleteEverything(db);
    expect(await db.count('contacts')).toBe(0);
    expect(await restoreBackup(db, first)).toEqual({ contacts: 3 });
    expect(await exportBackup(db, NOW)).toBe(first);
  });

  it('tells whether the database holds exactly a backup (whether a cut-off restore landed)', async () => {
    await fillDb(db);
    const backup = await exportBackup(db, NOW);
    expect(await holdsBackup(db, backup)).toBe(true);
    // Another export date, the same records: still held.
    expect(await holdsBackup(db, backup.replace(/"exportedAt": "[^"]+"/, '"exportedAt": "2020-01-01T00:00:00.000Z"'))).toBe(true);
    const other = stringifyBackup(toBackup([makeContact('ana-brandt')], {}, DB_VERSION, NOW));
    expect(await holdsBackup(db, other)).toBe(false);
    await restoreBackup(db, other);
    expect(await holdsBackup(db, other)).toBe(true);
    expect(await holdsBackup(db, backup)).toBe(false);
  });

  it('keeps a property this version does not know (a backup is lossless)', async () => {
    const contact = { ...makeContact('maren-okafor'), futureField: { a: [1, 2] } };
    const text = stringifyBackup(toBackup([contact], { profile: PROFILE, reminders: { lastRun: 5 } }, DB_VERSION, NOW));
    await restoreBackup(db, text);
    expect(await exportBackup(db, NOW)).toBe(text);
  });

  it('restore replaces what is there, and previews counts first without writing', async () => {
    await fillDb(db);
    const text = stringifyBackup(toBackup([makeContact('ana-brandt')], {}, 1, NOW));
    const before = await dumpDb(db);
    expect(await previewRestore(db, text)).toEqual({
      exportedAt: '2026-11-27T09:30:00.000Z',
      schemaVersion: 1,
      contacts: 1,
      hasProfile: false,
      hasSettings: false,
      hasTemplates: false,
      currentContacts: 3,
    });
    expect(await dumpDb(db)).toBe(before);
    await restoreBackup(db, text);
    expect((await db.getAll('contacts')).map((c) => c.name)).toEqual(['Ana Brandt']);
    expect(await db.getAll('meta')).toEqual([]);
  });
});

describe('a file that is not a whole backup is refused, and nothing changes', () => {
  const good = () => stringifyBackup(toBackup([makeContact('maren-okafor'), makeContact('ines-varga')], { profile: PROFILE }, 1, NOW));

  it.each([
    ['cut short', () => good().slice(0, 700)],
    ['a newer database version', () => good().replace(`"schemaVersion": 1`, `"schemaVersion": ${DB_VERSION + 1}`)],
    ['an unknown stage', () => good().replace('"stage": "meeting-scheduled"', '"stage": "hired"')],
    ['the same person twice', () => good().replace('ines-varga', 'maren-okafor').replace('ines-varga', 'maren-okafor')],
  ])('%s', async (_label, make) => {
    await fillDb(db);
    const before = await dumpDb(db);
    const text = make();
    await expect(previewRestore(db, text)).rejects.toThrow(BackupError);
    await expect(restoreBackup(db, text)).rejects.toThrow(BackupError);
    expect(await dumpDb(db)).toBe(before);
  });
});

describe('CSV export', () => {
  it('exports what is in the database, newest saved first', async () => {
    await fillDb(db);
    await db.put('contacts', makeContact('zed-newest', { createdAt: 1_800_000_000_000 }));
    const rows = Papa.parse<string[]>((await exportContactsCsv(db)).slice(1)).data;
    expect(rows).toHaveLength(5);
    expect(rows[1][0]).toBe('Zed Newest');
    expect(rows.find((r) => r[0] === 'Jörgen Bäck')![4]).toBe(`'=HYPERLINK("http://evil.example","click")`);
  });

  it('exported, then imported into an empty Rapport, gives the same people', async () => {
    const people = [
      makeContact('maren-okafor', { headline: '=1+1', email: 'maren@example.org' }),
      makeContact('j%C3%B6rgen-b%C3%A4ck', { name: 'Jörgen Bäck', firstName: 'Jörgen', organization: 'Norrsken, "Energi"' }),
    ];
    await commitImport(db, toContactsCsv(people), toCanonicalProfileUrl, NOW);
    const fields = [
      'id',
      'name',
      'firstName',
      'role',
      'organization',
      'headline',
      'location',
      'email',
      'leadSource',
      'why',
      'notes',
    ] as const;
    for (const person of people) {
      const imported = (await db.get('contacts', person.id))!;
      for (const field of fields) expect(imported[field]).toEqual(person[field]);
    }
  });
});

describe("importing LinkedIn's Connections.csv", () => {
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
    expect(preview.skipped).toEqual([{ line: 9, reason: 'no LinkedIn profile address', label: 'Tomasz Lee' }]);
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
    expect(priya).toMatchObject({
      name: 'Priya Raman',
      firstName: 'Priya',
      organization: '=cmd|calc!A0',
      role: '-Chief Curious Officer',
      stage: 'saved',
    });
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
    await db.put(
      'contacts',
      makeContact('priya-raman', { name: 'Priya Raman', role: 'Typed by me', edited: ['role'], stage: 'request-sent' }),
    );
    expect(await commitImport(db, text, toCanonicalProfileUrl, NOW)).toEqual({ added: 4, updated: 1, skipped: 1 });
    expect(await db.get('contacts', 'https://www.linkedin.com/in/priya-raman/')).toMatchObject({
      role: 'Typed by me',
      stage: 'request-sent',
    });
  });

  it('a commit of another file than the one previewed imports that file', async () => {
    await previewImport(db, decodeCsvBytes(CONNECTIONS), toCanonicalProfileUrl, NOW);
    const other =
      'First Name,Last Name,URL,Email Address,Company,Position,Connected On\nÅsa,Öberg,https://www.linkedin.com/in/asa-oberg,,Göta Älv AB,Ingenjör,01 Jan 2024\n';
    expect(await commitImport(db, other, toCanonicalProfileUrl, NOW)).toEqual({ added: 1, updated: 0, skipped: 0 });
    expect((await db.getAll('contacts')).map((c) => c.name)).toEqual(['Åsa Öberg']);
  });

  it('importing the same file twice changes nothing the second time', async () => {
    await commitImport(db, decodeCsvBytes(CONNECTIONS), toCanonicalProfileUrl, NOW);
    const once = await dumpDb(db);
    expect(await commitImport(db, decodeCsvBytes(CONNECTIONS), toCanonicalProfileUrl, NOW + 1000)).toEqual({
      added: 0,
      updated: 0,
      skipped: 6,
    });
    expect(await dumpDb(db)).toBe(once);
  });
});
