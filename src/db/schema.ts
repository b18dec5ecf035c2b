// The IndexedDB schema. Each version is one numbered step that turns the previous version
// into the next; opening runs every step the stored database has not seen, in order, inside
// the single upgrade transaction, so an interrupted upgrade leaves the old version intact.
import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import type { Contact, Settings, Template, UserProfile } from '../model';

export const DB_NAME = 'rapport';

export type MetaRecord =
  | { key: 'profile'; value: UserProfile }
  | { key: 'settings'; value: Settings }
  | { key: 'templates'; value: Template[] };

export interface RapportSchema extends DBSchema {
  contacts: {
    key: string;
    value: Contact;
    indexes: { stage: string; updatedAt: number; createdAt: number; nameKey: string };
  };
  meta: {
    key: MetaRecord['key'];
    value: MetaRecord;
  };
}

export type RapportDb = IDBPDatabase<RapportSchema>;
type UpgradeTx = IDBPTransaction<RapportSchema, StoreNames<RapportSchema>[], 'versionchange'>;

/** Step N upgrades a version N-1 database to version N. Never edit a shipped step; add one. */
export const MIGRATIONS: ReadonlyArray<(db: RapportDb, tx: UpgradeTx) => void> = [
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
];

export const DB_VERSION = MIGRATIONS.length;

export async function openRapportDb(name = DB_NAME): Promise<RapportDb> {
  const db = await openDB<RapportSchema>(name, DB_VERSION, {
    upgrade(db, oldVersion, _newVersion, tx) {
      for (let version = oldVersion + 1; version <= DB_VERSION; version++) {
        MIGRATIONS[version - 1](db, tx);
      }
    },
    // An updated extension opened a newer version elsewhere: step aside so it can upgrade.
    blocking() {
      db.close();
    },
  });
  return db;
}
