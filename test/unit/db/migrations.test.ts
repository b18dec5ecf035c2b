// Every schema version opens every earlier version's data without loss. For each version
// there is a fill step that writes records as that version stored them, and a check of what
// the current code must read back. Adding a migration without adding its row here fails
// the first test.
import 'fake-indexeddb/auto';
import { deleteDB, openDB, unwrap, type IDBPDatabase } from 'idb';
import { afterEach, describe, expect, it } from 'vitest';
import { exportBackup } from '../../../src/db/data-store';
import { getContact, getProfile, getSettings, getStoredTemplates, listContacts } from '../../../src/db/repository';
import { DB_VERSION, MIGRATIONS, openRapportDb, type RapportDb } from '../../../src/db/schema';
import { buildSummary, compareNewestFirst, DUE_KEY, HEAD_KEY, type StoredDue, type StoredHead } from '../../../src/db/summary';
import type { Contact } from '../../../src/model';
import { getDueState, withClock } from '../../../src/pipeline/due';
import { getDefaultTimeZone } from '../../../src/pipeline/zoned-time';
import { makeContact, PROFILE, readSummaries, SETTINGS, TEMPLATES } from './fixtures';

interface VersionFixture {
  version: number;
  /** Write records exactly as a database at `version` held them (raw, untyped: old shapes). */
  fill(db: IDBPDatabase): Promise<void>;
  /** What the current code must read from that data. */
  check(db: RapportDb): Promise<void>;
}

const FIXTURES: VersionFixture[] = [
  {
    version: 1,
    async fill(db) {
      const tx = db.transaction(['contacts', 'meta'], 'readwrite');
      await Promise.all([
        tx.objectStore('contacts').put(makeContact('maren-okafor')),
        tx.objectStore('contacts').put(makeContact('ines-varga', { edited: ['role'], role: 'Typed by me', stage: 'in-touch' })),
        tx.objectStore('meta').put({ key: 'profile', value: PROFILE }),
        tx.objectStore('meta').put({ key: 'settings', value: SETTINGS }),
        tx.objectStore('meta').put({ key: 'templates', value: TEMPLATES }),
        tx.done,
      ]);
    },
    async check(db) {
      expect(await getContact(db, 'https://www.linkedin.com/in/maren-okafor/')).toEqual(makeContact('maren-okafor'));
      const ines = await getContact(db, 'https://www.linkedin.com/in/ines-varga/');
      expect(ines).toMatchObject({ role: 'Typed by me', edited: ['role'], stage: 'in-touch' });
      // (Later versions' fixtures add people of their own.)
      expect((await listContacts(db)).map((c) => c.name)).toEqual(expect.arrayContaining(['Maren Okafor', 'Ines Varga']));
      expect(await getProfile(db)).toEqual(PROFILE);
      expect(await getSettings(db)).toEqual(SETTINGS);
      expect(await getStoredTemplates(db)).toEqual(TEMPLATES);
    },
  },
  {
    // Version 2 dropped two indexes nothing read by; records are as version 1 stored them.
    version: 2,
    async fill(db) {
      await FIXTURES[0].fill(db);
      const tx = db.transaction('contacts', 'readwrite');
      await Promise.all([tx.store.put(makeContact('tove-lindqvist', { stage: 'met', updatedAt: 1_700_000_900_000 })), tx.done]);
    },
    async check(db) {
      const indexes = [...db.transaction('contacts').store.indexNames];
      expect(indexes).not.toContain('updatedAt');
      expect(indexes).not.toContain('nameKey');
      const tove = await getContact(db, 'https://www.linkedin.com/in/tove-lindqvist/');
      expect(tove).toEqual(makeContact('tove-lindqvist', { stage: 'met', updatedAt: 1_700_000_900_000 }));
      expect(tove?.nameKey).toBe('tove lindqvist');
      expect((await listContacts(db)).map((c) => c.name)).toEqual(expect.arrayContaining(['Maren Okafor', 'Ines Varga', 'Tove Lindqvist']));
    },
  },
  {
    // Version 3 added the summary of everyone (kept by every write) as one record, and the
    // referrer index.
    version: 3,
    async fill(db) {
      await FIXTURES[1].fill(db);
      const referrer = 'https://www.linkedin.com/in/tove-lindqvist/';
      const contacts = [makeContact('noor-haddad', { stage: 'thanked', referrerId: referrer, createdAt: 1_700_000_950_000 })];
      const all = [...contacts, ...(await db.getAll('contacts'))];
      const tx = db.transaction(['contacts', 'summary'], 'readwrite');
      await Promise.all([
        ...contacts.map((c) => tx.objectStore('contacts').put(c)),
        tx.objectStore('summary').put(toVersion3Summary(all), 'people'),
        tx.done,
      ]);
    },
    async check(db) {
      const referred = await db.getAllFromIndex('contacts', 'referrerId', 'https://www.linkedin.com/in/tove-lindqvist/');
      expect(referred.map((c) => c.name)).toEqual(['Noor Haddad']);
      // Its one record is gone: the popup reads every record the summary holds.
      expect(await db.getAllKeys('summary')).not.toContain('people');
    },
  },
  {
    // Version 4 split the summary into records by a hash of each person's id.
    version: 4,
    async fill(db) {
      await FIXTURES[2].fill(db);
      const contacts = [makeContact('bo-ek', { stage: 'request-sent', meeting: null, createdAt: 1_700_000_990_000 })];
      const all = [...contacts, ...(await db.getAll('contacts'))];
      const tx = db.transaction(['contacts', 'summary'], 'readwrite');
      await Promise.all([
        ...contacts.map((c) => tx.objectStore('contacts').put(c)),
        tx.objectStore('summary').clear(),
        // Its numbered records only: version 4 had no head.
        ...[...buildSummary(all, SETTINGS, getDefaultTimeZone())]
          .filter(([key]) => typeof key === 'number')
          .map(([key, record]) => tx.objectStore('summary').put(record, key)),
        tx.done,
      ]);
    },
    async check(db) {
      expect((await getContact(db, 'https://www.linkedin.com/in/bo-ek/'))?.stage).toBe('request-sent');
      expect((await db.getAllKeys('summary')).every((key) => typeof key === 'number' || key === HEAD_KEY || key === DUE_KEY)).toBe(true);
    },
  },
  {
    // Version 5 added the summary's head: what the popup's first frame shows of everyone.
    version: 5,
    async fill(db) {
      await FIXTURES[3].fill(db);
      const contacts = [makeContact('lea-moreau', { stage: 'thanked', createdAt: 1_700_001_000_000 })];
      const all = [...contacts, ...(await db.getAll('contacts'))];
      const tx = db.transaction(['contacts', 'summary'], 'readwrite');
      await Promise.all([
        ...contacts.map((c) => tx.objectStore('contacts').put(c)),
        tx.objectStore('summary').clear(),
        ...[...buildSummary(all, SETTINGS, getDefaultTimeZone())].map(([key, record]) => tx.objectStore('summary').put(record, key)),
        tx.done,
      ]);
    },
    async check(db) {
      const head = (await db.get('summary', HEAD_KEY)) as StoredHead;
      expect(head.total).toBe(await db.count('contacts'));
      expect(head.newest.name[0]).toBe('Lea Moreau');
      expect(((await db.get('summary', DUE_KEY)) as StoredDue).name).toContain('Lea Moreau');
    },
  },
];

/** The summary as version 3 stored it: one record, a column per field, newest saved first. */
function toVersion3Summary(contacts: Contact[]): Record<string, unknown[]> {
  const columns: Record<string, unknown[]> = {};
  for (const contact of [...contacts].sort(compareNewestFirst)) {
    const { organization, role, headline, notes } = contact;
    const person = {
      ...withClock(getDueState(contact), SETTINGS, getDefaultTimeZone()),
      nameKey: contact.nameKey,
      role,
      organization,
      headline,
      createdAt: contact.createdAt,
      haystack: [contact.name, organization, role, headline, notes.person, notes.organization, notes.takeaways]
        .join('\n')
        .toLocaleLowerCase(),
    };
    for (const [field, value] of Object.entries(person)) {
      columns[field] ??= [];
      columns[field].push(value);
    }
  }
  return columns;
}

/** The summary the database holds, and the one its contacts make: they must be the same. */
async function expectSummaryWhole(db: RapportDb): Promise<void> {
  const { stored, expected, storedRecords, expectedRecords } = await readSummaries(db);
  const contacts = await db.getAll('contacts');
  expect(stored).toEqual(expected);
  expect(storedRecords).toEqual(expectedRecords);
  // Each person's due time was worked out ahead, for the settings the old database held.
  expect(stored.filter((p) => p.since !== null).every((p) => p.clock?.key.startsWith(`${SETTINGS.followUpDays} days, `))).toBe(true);
  expect(stored.map((p) => p.name)).toEqual([...contacts].sort(compareNewestFirst).map((c) => c.name));
}

const NAME = 'rapport-migration-test';

/** A database at exactly `version`, built by the first `version` numbered steps. */
async function createAtVersion(version: number): Promise<IDBPDatabase> {
  return openDB(NAME, version, {
    upgrade(db, oldVersion, _newVersion, tx) {
      for (let v = oldVersion + 1; v <= version; v++) {
        MIGRATIONS[v - 1](unwrap(db), unwrap(tx));
      }
    },
  });
}

afterEach(async () => {
  await deleteDB(NAME);
});

describe('migrations', () => {
  it('every schema version has a fixture', () => {
    expect(FIXTURES.map((f) => f.version)).toEqual(Array.from({ length: DB_VERSION }, (_, i) => i + 1));
  });

  it.each(FIXTURES)('a database filled at version $version opens with the current code and loses nothing', async ({ version, fill }) => {
    const old = await createAtVersion(version);
    await fill(old);
    old.close();

    const db = await openRapportDb(NAME);
    try {
      expect(db.version).toBe(DB_VERSION);
      // Everything every version up to this one stored must still read as it did.
      for (const fixture of FIXTURES.filter((f) => f.version <= version)) await fixture.check(db);
      // The popup's summary holds everyone, as the contacts say, whatever version they came from.
      await expectSummaryWhole(db);
      expect((await readSummaries(db)).stored).toHaveLength(await db.count('contacts'));
      // And it backs up: the backup holds every record the old database had.
      const backup = JSON.parse(await exportBackup(db, 0));
      expect(backup.contacts).toHaveLength(await db.count('contacts'));
    } finally {
      db.close();
    }
  });

  it('an upgrade that fails half-way leaves the old version and its data whole', async () => {
    const old = await createAtVersion(DB_VERSION);
    await FIXTURES[DB_VERSION - 1].fill(old);
    old.close();
    // A next version whose step has cleared a store and then fails (a bug, the worker stopped):
    // the single versionchange transaction is aborted, so the clear never happened.
    await expect(
      openDB(NAME, DB_VERSION + 1, {
        upgrade(_db, _old, _new, tx) {
          tx.done.catch(() => undefined);
          tx.objectStore('contacts')
            .clear()
            .catch(() => undefined);
          throw new Error('step failed');
        },
      }),
    ).rejects.toThrow();
    const db = await openRapportDb(NAME);
    try {
      expect(db.version).toBe(DB_VERSION);
      await FIXTURES[DB_VERSION - 1].check(db);
    } finally {
      db.close();
    }
  });
});
