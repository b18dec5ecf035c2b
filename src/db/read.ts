// Reads for extension pages (the popup), straight from IndexedDB: the background stays the
// only writer, but 10,000 records sent through runtime messaging (serialized, copied, parsed)
// cost the popup seconds before its first row. Nothing here writes a record; opening runs the
// same numbered migrations the background would, so whoever opens first creates the schema.
import { unwrap } from 'idb';
import type { Contact, Stage } from '../model';
import { openRapportDb, type RapportDb } from './schema';

/** Stages in which a contact can have something to do (src/pipeline/due.ts); the others
 * (saved: the user's move, no date; no-reply, declined, archived) never appear in "what to do now". */
export const STAGES_WITH_DUE_ACTIONS: readonly Stage[] = ['request-sent', 'meeting-scheduled', 'met', 'thanked', 'in-touch'];

let opening: Promise<RapportDb> | null = null;

/** One connection per page; a failed open is retried on the next call. */
export function openForReading(): Promise<RapportDb> {
  opening ??= openRapportDb().catch((error) => {
    opening = null;
    throw error;
  });
  return opening;
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
export async function getNewestContacts(db: RapportDb, count: number): Promise<Contact[]> {
  const index = db.transaction('contacts').store.index('createdAt');
  const raw = unwrap(index);
  if (hasGetAllRecords(raw)) {
    const request = raw.getAllRecords({ direction: 'prev', count });
    return new Promise((done, fail) => {
      request.onsuccess = () => done(request.result.map((record) => record.value));
      request.onerror = () => fail(request.error);
    });
  }
  const out: Contact[] = [];
  let cursor = await index.openCursor(null, 'prev');
  while (cursor && out.length < count) {
    out.push(cursor.value);
    cursor = await cursor.continue();
  }
  return out;
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
  return b.createdAt - a.createdAt || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);
}

export { getSettings } from './repository';
