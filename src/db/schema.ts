// The IndexedDB schema. Each version is one numbered step that turns the previous version
// into the next; opening runs every step the stored database has not seen, in order, inside
// the single upgrade transaction, so an interrupted upgrade leaves the old version intact.
import { wrap, type DBSchema, type IDBPDatabase } from 'idb';
import { DEFAULT_SETTINGS, type Contact, type Settings, type Template, type UserProfile } from '../model';
import { getDefaultTimeZone } from '../pipeline/zoned-time';
import { buildSummary, SUMMARY_KEY, type StoredSummary } from './summary';

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
  /** One record (SUMMARY_KEY): what the popup's first screen and its search need of everyone,
   * kept by every write of a contact in the same transaction (src/db/summary.ts). Derived:
   * not in a backup, rebuilt when one is restored. */
  summary: {
    key: string;
    value: StoredSummary;
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
  // 3: the summary of everyone (src/db/summary.ts), built from the contacts stored, so the
  //    popup reads one record before its first frame; and an index by referrer, so a contact
  //    view reads only the people that contact suggested.
  (db, tx) => {
    const contacts = tx.objectStore('contacts');
    contacts.createIndex('referrerId', 'referrerId');
    const summary = db.createObjectStore('summary');
    const settings = tx.objectStore('meta').get('settings');
    const all = contacts.getAll();
    all.onsuccess = () => {
      const people = buildSummary(all.result as Contact[], toSettings(settings.result as MetaRecord | undefined), getDefaultTimeZone());
      summary.put(people, SUMMARY_KEY);
    };
  },
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
