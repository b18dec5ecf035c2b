// The popup's start-up path, whole, and its other reads. The popup reads IndexedDB straight
// (the background stays the only writer): every record sent through runtime messaging would be
// serialized, copied and parsed. Nothing here writes a record; opening runs the same numbered
// migrations the background would, so whoever opens first creates the schema.
//
// 1. popup/early.ts, a small classic script in the page's head, calls startEarlyRead while the
//    popup's module is still being fetched: it opens the database and reads the first screen —
//    the summary's head (src/db/summary.ts: the counts, the newest, and "what to do now" as
//    worked out when it was written, with the moment until which it holds) and the settings —
//    in one transaction. Only when that moment has passed (or the settings or the zone have
//    changed) is everyone who can fall due read too, and "what to do now" worked out afresh.
//    The zone is asked for while the database opens: a page's first Intl call loads ICU's data.
//    The early script also asks the browser for the current tab's address (popup/tab-url.ts),
//    the first step of the tab's card.
// 2. The module (popup/app.tsx) takes that read with readFirstScreen as it starts, and renders
//    the whole first screen from it in one frame: "what to do now" and the list with its count,
//    and the tab's card (popup/current-tab.tsx).
// 3. Once that frame is shown, readEveryone reads the rest of the summary, everyone, for the
//    list below the newest, for search (which says, until then, that it has only the newest)
//    and for each group of "what to do now" whole ("Show all").
// 4. Later reads (home after an action, one person's referrals) go through openForReading's one
//    connection; home then reads everyone at once.
import { unwrap, wrap } from 'idb';
import type { Contact, Settings } from '../model';
import { getReferrals } from '../pipeline/referrals';
import { getContact, getReferralsOf } from './repository';
import { openRapportDb, openRawDb, toSettings, type MetaRecord, type RapportDb } from './schema';
import { getDefaultTimeZone } from '../pipeline/zoned-time';
import {
  DUE_KEY,
  fromEveryone,
  fromHead,
  fromStored,
  getEveryoneRange,
  HEAD_KEY,
  type PersonSummary,
  type StoredDue,
  type StoredHead,
  type StoredSummary,
  type SummaryView,
} from './summary';

/** What the popup's home is made of. */
export interface FirstScreen extends SummaryView {
  settings: Settings;
}

/**
 * The first screen's read, started by popup/early.ts and handed over through the page's global
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
  const timeZone = getDefaultTimeZone(); // while the database opens (ICU's data, see above)
  const firstScreen = db.then((opened) => readSummaryAndSettings(opened, 'head', timeZone));
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

/** The settings and the summary's head, or everyone (`'whole'`, or when there is no head). */
async function readSummaryAndSettings(db: IDBDatabase, part: 'head' | 'whole', timeZone = getDefaultTimeZone()): Promise<FirstScreen> {
  // One transaction: each costs a round trip to the browser's database process. The database
  // answers in the order asked: the small one first, so the render follows the last.
  const tx = db.transaction(['meta', 'summary']);
  const store = tx.objectStore('summary');
  const readEveryone = () => requested<StoredSummary[]>(store.getAll(getEveryoneRange()));
  const [settings, head, everyone] = await Promise.all([
    requested<MetaRecord | undefined>(tx.objectStore('meta').get('settings')),
    part === 'head' ? requested<StoredHead | undefined>(store.get(HEAD_KEY)) : undefined,
    part === 'whole' ? readEveryone() : undefined,
  ]);
  const stored = toSettings(settings);
  const now = Date.now();
  const view = head
    ? await fromHead(head, stored, now, timeZone, () => requested<StoredDue | undefined>(store.get(DUE_KEY)))
    : fromEveryone(fromStored(everyone ?? (await readEveryone())), stored, now, timeZone);
  return { ...view, settings: stored };
}

function takeEarly<K extends keyof EarlyRead>(key: K): EarlyRead[K] {
  const early = (globalThis as WithEarlyRead)[EARLY_READ];
  if (!early) return null;
  const value = early[key];
  early[key] = null;
  return value;
}

/** The first screen: the early read's (the head) if it was started and worked, else everyone
 * read now (as after an action, when the list is on screen already). */
export async function readFirstScreen(): Promise<FirstScreen> {
  const early = takeEarly('firstScreen');
  if (early) {
    const read = await early.catch(() => null);
    if (read) return read;
  }
  return readSummaryAndSettings(unwrap(await openForReading()), 'whole');
}

/** Everyone in the summary, newest saved first: read once the first screen is shown from the head. */
export async function readEveryone(): Promise<PersonSummary[]> {
  const db = await openForReading();
  return fromStored((await db.getAll('summary', getEveryoneRange())) as StoredSummary[]);
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
  return early
    ? early.then(
        (db) => wrap(db) as RapportDb,
        () => openRapportDb(),
      )
    : openRapportDb();
}

export type ReadReferrals = typeof readReferrals;

/** Who suggested `contact` (null: no one, or someone no longer saved), and whom it suggested,
 * oldest first: the contact view's referrals, read by the index of who referred whom. */
export async function readReferrals(contact: Contact): Promise<{ referrer: Contact | null; referred: Contact[] }> {
  const db = await openForReading();
  const [referrer, referred] = await Promise.all([
    contact.referrerId ? getContact(db, contact.referrerId) : undefined,
    getReferralsOf(db, contact.id),
  ]);
  return { referrer: referrer ?? null, referred: getReferrals(referred, contact) };
}
