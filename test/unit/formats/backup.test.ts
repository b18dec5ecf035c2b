import { describe, expect, it } from 'vitest';
import { BackupError, getBackupFileName, getContactProblem, parseBackup, stringifyBackup, toBackup } from '../../../src/formats/backup';
import { makeContact, PROFILE } from '../db/fixtures';

const NOW = Date.UTC(2026, 10, 27, 9, 30);
const SCHEMA_VERSION = 2;

describe('the backup as text', () => {
  it('gives the same bytes whatever order the properties were stored in', () => {
    const contact = makeContact('maren-okafor');
    const reversed = Object.fromEntries(Object.entries(contact).reverse()) as typeof contact;
    expect(stringifyBackup(toBackup([reversed], {}, 1, NOW))).toBe(stringifyBackup(toBackup([contact], {}, 1, NOW)));
  });

  it('reads back what it wrote, keeping a property this version does not know', () => {
    const contact = { ...makeContact('maren-okafor'), futureField: { a: [1, 2] } };
    const backup = toBackup([contact], { profile: PROFILE, reminders: { lastRun: 5 } }, 1, NOW);
    expect(parseBackup(stringifyBackup(backup), SCHEMA_VERSION)).toEqual(backup);
  });

  it('is named for the day it was made', () => {
    expect(getBackupFileName(NOW)).toBe('rapport-backup-2026-11-27.json');
  });
});

describe('a file that is not a whole backup is refused, saying why', () => {
  const good = () => stringifyBackup(toBackup([makeContact('maren-okafor'), makeContact('ines-varga')], { profile: PROFILE }, 1, NOW));

  const cases: [string, () => string, RegExp][] = [
    ['cut short', () => good().slice(0, 700), /^Line \d+, column \d+: This file is not valid JSON/],
    ['not JSON at all', () => 'First Name,Last Name\nA,B', /^Line 1, column 1: This file is not valid JSON/],
    ['another JSON file', () => '{"hello": 1}', /not a Rapport backup/],
    ['a newer format version', () => good().replace('"version": 1', '"version": 2'), /format version 2/],
    [
      'a newer database version',
      () => good().replace(`"schemaVersion": 1`, `"schemaVersion": ${SCHEMA_VERSION + 1}`),
      /newer version of Rapport/,
    ],
    ['a contact without a name', () => good().replace('"name": "Ines Varga",', ''), /^Line \d+, column \d+: Contact 1 has no text "name"/],
    [
      'an unknown stage',
      () => good().replace('"stage": "meeting-scheduled"', '"stage": "hired"'),
      /Contact 1 has an unknown stage "hired"/,
    ],
    ['a history entry without a time', () => good().replace('"at": 1700000100000,', ''), /history entry/],
    ['the same person twice', () => good().replace('ines-varga', 'maren-okafor').replace('ines-varga', 'maren-okafor'), /appears twice/],
    ['templates that are not a list', () => good().replace('"meta": {', '"meta": {"templates": 5,'), /"templates" is not a list/],
  ];

  it.each(cases)('%s', (_label, make, message) => {
    const text = make();
    expect(() => parseBackup(text, SCHEMA_VERSION)).toThrow(BackupError);
    expect(() => parseBackup(text, SCHEMA_VERSION)).toThrow(message);
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

describe('a contact as the app relies on it', () => {
  it('is accepted whole, and refused with the first thing missing', () => {
    expect(getContactProblem(makeContact('maren-okafor'))).toBeNull();
    expect(getContactProblem({ ...makeContact('maren-okafor'), id: '' })).toBe('has an empty id');
    expect(getContactProblem({ ...makeContact('maren-okafor'), questions: ['ok', 3] })).toBe('has a question that is not text');
    expect(getContactProblem({ ...makeContact('maren-okafor'), meeting: 'tomorrow' })).toBe('has a meeting that is not a record');
    expect(getContactProblem([])).toBe('is not a record');
  });
});

describe('a large backup', () => {
  it('is read in linear time: 5,000 people in well under two seconds', () => {
    // Locating a record's line scans the text from the start: done for every record, not only
    // for the one in error, reading grows with the square of the file.
    const contacts = Array.from({ length: 5_000 }, (_, i) => makeContact(`person-${i}`));
    const text = stringifyBackup(toBackup(contacts, {}, SCHEMA_VERSION, NOW));
    const started = performance.now();
    expect(parseBackup(text, SCHEMA_VERSION).contacts).toHaveLength(5_000);
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it('still points at the line of a bad record far down the file', () => {
    const contacts = Array.from({ length: 2_000 }, (_, i) => makeContact(`person-${i}`));
    const text = stringifyBackup(toBackup(contacts, {}, SCHEMA_VERSION, NOW)).replace('"stage": "meeting-scheduled"', '"stage": "lost"');
    expect(() => parseBackup(text, SCHEMA_VERSION)).toThrow(/^Line \d+, column \d+: Contact 1 has an unknown stage "lost"/);
  });
});
