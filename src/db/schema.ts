// The IndexedDB schema. Each version is one numbered step that turns the previous version
// into the next; opening runs every step the stored database has not seen, in order, inside
// the single upgrade transaction, so an interrupted upgrade leaves the old version intact.
import { wrap, type DBSchema, type IDBPDatabase } from 'idb';
import { DEFAULT_SETTINGS, type Contact, type Settings, type Template, type UserProfile } from '../model';
import { rebuildSummary, type SummaryKey, type SummaryRecord } from './summary';

export const DB_NAME = 'rapport';

export type MetaRecord =
  | { key: 'profile'; value: UserProfile }
  | { key: 'settings'; value: Settings }
  | { key: 'templates'; value: Template[] };

export interface RapportSchema extends DBSchema {
  contacts: {
    key: string;
    value: Contact;
    indexes: { stage: string; createdAt: number; referrerId: string };
  };
  meta: {
    key: MetaRecord['key'];
    value: MetaRecord;
  };
  /** What the popup's first screen and its search need of everyone, as SUMMARY_RECORDS
   * records keyed by getSummaryKey, a head (HEAD_KEY) with what its first frame shows and
   * everyone who can fall due (DUE_KEY), kept by every write of a contact in the same
   * transaction (src/db/summary.ts). Derived: not in a backup, rebuilt when one is restored. */
  summary: {
    key: SummaryKey;
    value: SummaryRecord;
  };
}

export type RapportDb = IDBPDatabase<RapportSchema>;

/** The stored settings over the defaults (a setting added since they were stored has its default). */
export function toSettings(record: MetaRecord | undefined): Settings {
  return { ...DEFAULT_SETTINGS, ...(record?.key === 'settings' ? record.value : {}) };
}

/**
 * Step N upgrades a version N-1 database to version N. Never change what a shipped step does;
 * add one. Steps use IndexedDB's own API: RapportSchema types only the current version, and a
 * step works on an older one.
 */
export const MIGRATIONS: ReadonlyArray<(db: IDBDatabase, tx: IDBTransaction) => void> = [
  // 1: contacts keyed by canonical profile URL, with the indexes the popup lists by;
  //    profile, settings and templates as records in `meta`.
  (db) => {
    const contacts = db.createObjectStore('contacts', { keyPath: 'id' });
    contacts.createIndex('stage', 'stage');
    contacts.createIndex('updatedAt', 'updatedAt');
    contacts.createIndex('createdAt', 'createdAt');
    contacts.createIndex('nameKey', 'nameKey');
    db.createObjectStore('meta', { keyPath: 'key' });
  },
  // 2: drop the updatedAt and nameKey indexes: nothing reads by them, and every write of a
  //    contact paid for keeping them (BENCHMARKS.md).
  //    The fields stay in the records.
  (_db, tx) => {
    const contacts = tx.objectStore('contacts');
    contacts.deleteIndex('updatedAt');
    contacts.deleteIndex('nameKey');
  },
  // 3: the summary of everyone (src/db/summary.ts), so the popup reads it before its first
  //    frame; and an index by referrer, so a contact view reads only the people that contact
  //    suggested. This step built the summary as one record (key 'people'); step 4 builds it
  //    now, so a database older than 3 has it built once.
  (db, tx) => {
    tx.objectStore('contacts').createIndex('referrerId', 'referrerId');
    db.createObjectStore('summary');
  },
  // 4: the summary split into records by a hash of each person's id, so a write rewrites only
  //    the records of the people it changes, and without what can be worked out at read:
  //    built anew from the contacts stored, in place of version 3's one record.
  (_db, tx) => rebuildSummary(tx),
  // 5: the summary's head, what the popup's first frame shows of everyone (the counts, the
  //    newest, "what to do now" and until when it holds), read before its numbered records,
  //    and a record of those in a stage that can fall due: the summary built anew from the
  //    contacts stored, head and all.
  (_db, tx) => rebuildSummary(tx),
];

export const DB_VERSION = MIGRATIONS.length;

/**
 * Opens the database, running the steps it has not seen, with IndexedDB's own API: the popup's
 * first script (popup/early.ts) opens it this way, without idb (a smaller file arrives sooner).
 */
export function openRawDb(name = DB_NAME): Promise<IDBDatabase> {
  return new Promise((done, fail) => {
    const request = indexedDB.open(name, DB_VERSION);
    request.onupgradeneeded = ({ oldVersion }) => {
      const tx = request.transaction;
      if (!tx) return; // never: an upgrade always runs in a transaction
      for (let version = oldVersion + 1; version <= DB_VERSION; version++) {
        MIGRATIONS[version - 1](request.result, tx);
      }
    };
    request.onsuccess = () => {
      const db = request.result;
      // An updated extension opened a newer version elsewhere: step aside so it can upgrade.
      db.onversionchange = () => db.close();
      done(db);
    };
    request.onerror = () => fail(request.error);
  });
}

export async function openRapportDb(name = DB_NAME): Promise<RapportDb> {
  return wrap(await openRawDb(name)) as RapportDb;
}
