import 'fake-indexeddb/auto';
import { deleteDB } from 'idb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BackupError, parseBackup, stringifyBackup, toBackup } from '../../../src/formats/backup';
import { deleteEverything, exportBackup, holdsBackup, previewRestore, restoreBackup } from '../../../src/db/data-store';
import { DB_VERSION, openRapportDb, type RapportDb } from '../../../src/db/schema';
import { dumpDb, fillDb, makeContact, PROFILE, SETTINGS, TEMPLATES } from './fixtures';

const NAME = 'rapport-backup-test';
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
    expect(backup).toMatchObject({ format: 'rapport-backup', version: 1, exportedAt: '2026-11-27T09:30:00.000Z', schemaVersion: DB_VERSION });
    expect(backup.contacts).toHaveLength(3);
    const maren = backup.contacts.find((c: { name: string }) => c.name === 'Maren Okafor');
    expect(maren).toEqual(makeContact('maren-okafor'));
    expect(backup.meta).toEqual({ profile: PROFILE, settings: SETTINGS, templates: TEMPLATES });
  });

  it('covers every store in the database (a new store must be added to backup and restore)', () => {
    expect([...db.objectStoreNames].sort()).toEqual(['contacts', 'meta']);
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

  it('gives the same bytes whatever order the properties were stored in', () => {
    const contact = makeContact('maren-okafor');
    const reversed = Object.fromEntries(Object.entries(contact).reverse()) as typeof contact;
    expect(stringifyBackup(toBackup([reversed], {}, 1, NOW))).toBe(stringifyBackup(toBackup([contact], {}, 1, NOW)));
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

  const cases: [string, () => string, RegExp][] = [
    ['cut short', () => good().slice(0, 700), /^Line \d+, column \d+: This file is not valid JSON/],
    ['not JSON at all', () => 'First Name,Last Name\nA,B', /^Line 1, column 1: This file is not valid JSON/],
    ['another JSON file', () => '{"hello": 1}', /not a Rapport backup/],
    ['a newer format version', () => good().replace('"version": 1', '"version": 2'), /format version 2/],
    ['a newer database version', () => good().replace(`"schemaVersion": 1`, `"schemaVersion": ${DB_VERSION + 1}`), /newer version of Rapport/],
    ['a contact without a name', () => good().replace('"name": "Ines Varga",', ''), /^Line \d+, column \d+: Contact 1 has no text "name"/],
    ['an unknown stage', () => good().replace('"stage": "meeting-scheduled"', '"stage": "hired"'), /Contact 1 has an unknown stage "hired"/],
    ['a history entry without a time', () => good().replace('"at": 1700000100000,', ''), /history entry/],
    ['the same person twice', () => good().replace('ines-varga', 'maren-okafor').replace('ines-varga', 'maren-okafor'), /appears twice/],
    ['templates that are not a list', () => good().replace('"meta": {', '"meta": {"templates": 5,'), /"templates" is not a list/],
  ];

  it.each(cases)('%s', async (_label, make, message) => {
    await fillDb(db);
    const before = await dumpDb(db);
    const text = make();
    await expect(previewRestore(db, text)).rejects.toThrow(message);
    await expect(restoreBackup(db, text)).rejects.toThrow(BackupError);
    expect(await dumpDb(db)).toBe(before);
  });

  it('points at the line and column of a JSON syntax error', () => {
    const text = '{\n  "format": "rapport-backup",\n  "version": 1,,\n}';
    expect(() => parseBackup(text, 1)).toThrow(/^Line 3, column 16: /);
  });
});

describe('where a JSON error is', () => {
  it.each([
    ['{"a": tru}', /^Line 1, column 10: /],
    ['{\n  "contacts": [\n    {"id": "x", "name": "y"}\n    {"id": "z"}\n  ]\n}', /^Line 4, column 5: /],
    ['{"padding": "0123456789012345678901234567890123456789", "b": nul}', /^Line 1, column 65: /],
  ])('%j', (text, where) => {
    expect(() => parseBackup(text, 1)).toThrow(where);
  });
});

describe('a large backup', () => {
  it('is read in linear time: 5,000 people in well under two seconds', () => {
    // Locating every record's line (needed only for an error) made this take minutes.
    const contacts = Array.from({ length: 5_000 }, (_, i) => makeContact(`person-${i}`));
    const text = stringifyBackup(toBackup(contacts, {}, DB_VERSION, NOW));
    const started = performance.now();
    expect(parseBackup(text, DB_VERSION).contacts).toHaveLength(5_000);
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it('still points at the line of a bad record far down the file', () => {
    const contacts = Array.from({ length: 2_000 }, (_, i) => makeContact(`person-${i}`));
    const text = stringifyBackup(toBackup(contacts, {}, DB_VERSION, NOW)).replace('"stage": "meeting-scheduled"', '"stage": "lost"');
    expect(() => parseBackup(text, DB_VERSION)).toThrow(/^Line \d+, column \d+: Contact 1 has an unknown stage "lost"/);
  });
});
