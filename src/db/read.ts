// Reads for extension pages (the popup), straight from IndexedDB: the background stays the
// only writer, but 10,000 records sent through runtime messaging (serialized, copied, parsed)
// cost the popup seconds before its first row. Nothing here writes a record; opening runs the
// same numbered migrations the background would, so whoever opens first creates the schema.
// The background's reminder pass reads with getContactsWithDueActions too.
import { unwrap, wrap } from 'idb';
import type { Contact, Settings, Stage } from '../model';
import { compareById } from '../pipeline/contact';
import { toSettings } from './repository';
import { openRapportDb, openRawDb, type MetaRecord, type RapportDb } from './schema';

/** Stages in which a contact can have something to do (src/pipeline/due.ts); the others
 * (saved: the user's move, no date; no-reply, declined, archived) never appear in "what to do
 * now", never count on the badge and never set the alarm (test/unit/pipeline/due.test.ts). */
export const STAGES_WITH_DUE_ACTIONS: readonly Stage[] = ['request-sent', 'meeting-scheduled', 'met', 'thanked', 'in-touch'];

/** Rows read before the popup's first render: more than a popup shows. */
export const FIRST_SCREEN_ROWS = 30;

/** What the popup shows first: the newest saved and the settings. */
export interface FirstScreen {
  newest: Contact[];
  settings: Settings;
}

/**
 * The first screen's reads, started by a classic script in the popup's head (popup/early.ts)
 * while the popup's module is still on its way, and handed over through the page's global
 * object. Each script bundles its own copy of idb, so the connection crosses as the plain
 * IDBDatabase and the records as plain objects.
 */
interface EarlyRead {
  /** Each is taken once (null after): a later read (a reload after an action) reads afresh. */
  db: Promise<IDBDatabase> | null;
  firstScreen: Promise<FirstScreen> | null;
}

const EARLY_READ = 'rapportEarlyRead';

type WithEarlyRead = typeof globalThis & { [EARLY_READ]?: EarlyRead };

/** Opens the database (running any migration it needs) and reads the first screen; call once,
 * from the script that runs first. Failures are left for readFirstScreen to retry. Only
 * IndexedDB's own API here: this is all the early script holds. */
export function startEarlyRead(): void {
  let db: Promise<IDBDatabase>;
  try {
    db = openRawDb();
  } catch (error) {
    db = Promise.reject(error as Error); // indexedDB.open itself threw (storage disabled)
  }
  const firstScreen = db.then(readNewestAndSettings);
  db.catch(() => undefined);
  firstScreen.catch(() => undefined);
  (globalThis as WithEarlyRead)[EARLY_READ] = { db, firstScreen };
}

function requested<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((done, fail) => {
    request.onsuccess = () => done(request.result);
    request.onerror = () => fail(request.error);
  });
}

async function readNewestAndSettings(db: IDBDatabase): Promise<FirstScreen> {
  // One transaction for both: each costs a round trip to the browser's database process.
  // The database answers a transaction's requests in the order they were made, each with its
  // own message to the page: the small one first, so the rows are the last to arrive and the
  // page can render as soon as they are there, not a task (or a frame) later.
  const tx = db.transaction(['contacts', 'meta']);
  const [settings, newest] = await Promise.all([
    requested<MetaRecord | undefined>(tx.objectStore('meta').get('settings')),
    newestIn(tx.objectStore('contacts').index('createdAt'), FIRST_SCREEN_ROWS),
  ]);
  return { newest, settings: toSettings(settings) };
}

function takeEarly<K extends keyof EarlyRead>(key: K): EarlyRead[K] {
  const early = (globalThis as WithEarlyRead)[EARLY_READ];
  if (!early) return null;
  const value = early[key];
  early[key] = null;
  return value;
}

/** The first screen: the early read's if it was started and worked, else read now. */
export async function readFirstScreen(): Promise<FirstScreen> {
  const early = takeEarly('firstScreen');
  if (early) {
    const read = await early.catch(() => null);
    if (read) return read;
  }
  return readNewestAndSettings(unwrap(await openForReading()));
}

let opening: Promise<RapportDb> | null = null;

/** One connection per page (the early read's, if it opened one); a failed open is retried
 * on the next call. */
export function openForReading(): Promise<RapportDb> {
  opening ??= connect().catch((error) => {
    opening = null;
    throw error;
  });
  return opening;
}

function connect(): Promise<RapportDb> {
  const early = takeEarly('db');
  return early ? early.then((db) => wrap(db) as RapportDb, () => openRapportDb()) : openRapportDb();
}

/** IDBIndex.getAllRecords (Chrome 141+): the newest N in one request, where a cursor makes a
 * round trip to the database per record. */
interface IndexWithGetAllRecords {
  getAllRecords(options: { direction: IDBCursorDirection; count: number }): IDBRequest<{ value: Contact }[]>;
}

function hasGetAllRecords(index: IDBIndex): index is IDBIndex & IndexWithGetAllRecords {
  return typeof (index as Partial<IndexWithGetAllRecords>).getAllRecords === 'function';
}

/** The newest saved first, at most `count`: the first screen of the list. */
async function newestIn(index: IDBIndex, count: number): Promise<Contact[]> {
  if (hasGetAllRecords(index)) {
    const records = await requested(index.getAllRecords({ direction: 'prev', count }));
    return records.map((record) => record.value);
  }
  return new Promise((done, fail) => {
    const out: Contact[] = [];
    const request = index.openCursor(null, 'prev');
    request.onsuccess = () => {
      const cursor = request.result;
      if (cursor) out.push(cursor.value as Contact);
      if (cursor && out.length < count) cursor.continue();
      else done(out);
    };
    request.onerror = () => fail(request.error);
  });
}

/** Everyone who may have something due: all that "what to do now" needs, without the rest. */
export async function getContactsWithDueActions(db: RapportDb): Promise<Contact[]> {
  const index = db.transaction('contacts').store.index('stage');
  const byStage = await Promise.all(STAGES_WITH_DUE_ACTIONS.map((stage) => index.getAll(stage)));
  return byStage.flat();
}

export async function getAllContacts(db: RapportDb): Promise<Contact[]> {
  return db.getAll('contacts');
}

/**
 * Every contact, turned into `T` by `toRow` a batch at a time, in no particular order; between
 * batches the page gets the main thread back (a search typed meanwhile is not held up by one
 * long read). Only what `toRow` keeps stays in memory.
 */
export async function mapAllContacts<T>(db: RapportDb, toRow: (contact: Contact) => T, batch = 500): Promise<T[]> {
  const rows: T[] = [];
  let lastId: string | null = null;
  for (;;) {
    const range: IDBKeyRange | null = lastId === null ? null : IDBKeyRange.lowerBound(lastId, true);
    const page: Contact[] = await db.getAll('contacts', range, batch);
    for (const contact of page) rows.push(toRow(contact));
    if (page.length < batch) return rows;
    lastId = page[page.length - 1].id;
    await new Promise((done) => setTimeout(done, 0));
  }
}

/** The list's order (as listContacts gives it): newest saved first; the same moment, by id descending. */
export function compareNewestFirst(a: Pick<Contact, 'createdAt' | 'id'>, b: Pick<Contact, 'createdAt' | 'id'>): number {
  return b.createdAt - a.createdAt || compareById(b, a);
}

