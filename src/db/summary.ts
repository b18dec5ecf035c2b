// The summary of everyone: for each person, what the popup's first screen and its search need
// — the list's row, their notes (searched with the row's text), and what their next action
// depends on (pipeline/due.ts's DueState, with its due time worked out ahead for the stored
// settings). Nothing in it can be worked out from the rest: the lower-cased text that search
// looks through is made from it after the first frame (popup/search.ts). The popup reads it,
// with the settings, in one transaction before its first frame (src/db/read.ts) and works out
// "what to do now" from it for the moment it opens; a record per person would cost the
// database a read each.
//
// It is kept as SUMMARY_RECORDS records, each holding the people whose id hashes to its key
// (getSummaryKey), so a write reads and rewrites only the records of the people it changes,
// not everyone; the popup reads them all with one getAll and puts them in the list's order.
//
// Every write of a contact updates it in the same transaction (applyToSummary, putSummary), so
// a worker stopped half-way leaves both or neither. It is derived: no backup holds it, and a
// restore or an import rebuilds or updates it with the contacts. Changing StoredSummary's
// shape, SUMMARY_RECORDS or getSummaryKey needs a new migration in schema.ts that rebuilds it.
import type { Contact, Settings, Stage } from '../model';
import { compareById } from '../pipeline/contact';
import { getDueState, withClock, type DueState, type ReminderSettings } from '../pipeline/due';
import { getDefaultTimeZone } from '../pipeline/zoned-time';
import { toSettings, type MetaRecord } from './schema';

/** How many records the summary is split into: enough that a save rewrites a small part of
 * everyone, few enough that the popup's getAll of them all is as quick as a read of one record
 * (many small records read slower: BENCHMARKS.md). */
export const SUMMARY_RECORDS = 16;

/** The key of the summary record that holds the person with this id: a hash of the id
 * (32-bit FNV-1a over its UTF-16 code units), so it never changes while the id doesn't. */
export function getSummaryKey(id: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    hash ^= id.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0) % SUMMARY_RECORDS;
}

/** A person as the popup lists, searches and reminds them. */
export interface PersonSummary extends DueState {
  role: string;
  organization: string;
  headline: string;
  createdAt: number;
  /** The notes on the person, their organization and the takeaways, one per line: searched,
   * not shown. */
  notes: string;
}

/** One record as stored: a column per field, newest saved first. Columns of plain values are read back
 * faster than as many small objects. */
export interface StoredSummary {
  id: string[];
  stage: Stage[];
  name: string[];
  nudges: number[];
  snoozedUntil: (number | null)[];
  meeting: DueState['meeting'][];
  since: (number | null)[];
  clock: DueState['clock'][];
  role: string[];
  organization: string[];
  headline: string[];
  createdAt: number[];
  notes: string[];
}

function describe(contact: Contact): PersonSummary {
  const { organization, role, headline, notes } = contact;
  return {
    ...getDueState(contact),
    role,
    organization,
    headline,
    createdAt: contact.createdAt,
    notes: [notes.person, notes.organization, notes.takeaways].join('\n'),
  };
}

/** The person as the summary keeps them, with their due time worked out ahead for these
 * settings and zone (the popup works it out anew if either has changed since). */
export function toPersonSummary(contact: Contact, settings: ReminderSettings, timeZone: string): PersonSummary {
  return withClock(describe(contact), settings, timeZone);
}

/** The list's order: newest saved first; the same moment, by id descending. */
export function compareNewestFirst(a: Pick<Contact, 'createdAt' | 'id'>, b: Pick<Contact, 'createdAt' | 'id'>): number {
  return b.createdAt - a.createdAt || compareById(b, a);
}

function toStored(people: PersonSummary[]): StoredSummary {
  const stored: StoredSummary = {
    id: [],
    stage: [],
    name: [],
    nudges: [],
    snoozedUntil: [],
    meeting: [],
    since: [],
    clock: [],
    role: [],
    organization: [],
    headline: [],
    createdAt: [],
    notes: [],
  };
  for (const person of [...people].sort(compareNewestFirst)) {
    for (const field of Object.keys(stored) as (keyof StoredSummary)[]) (stored[field] as unknown[]).push(person[field]);
  }
  return stored;
}

/** Appends the people of one record to `people`. */
function unpack(stored: StoredSummary, people: PersonSummary[]): void {
  for (let i = 0; i < stored.id.length; i++) {
    people.push({
      id: stored.id[i],
      stage: stored.stage[i],
      name: stored.name[i],
      nudges: stored.nudges[i],
      snoozedUntil: stored.snoozedUntil[i],
      meeting: stored.meeting[i],
      since: stored.since[i],
      clock: stored.clock[i],
      role: stored.role[i],
      organization: stored.organization[i],
      headline: stored.headline[i],
      createdAt: stored.createdAt[i],
      notes: stored.notes[i],
    });
  }
}

/** Everyone in these records of the summary (all of them, as getAll returns them), newest
 * saved first. Each record is in that order already, which the sort takes as runs to merge. */
export function fromStored(records: readonly StoredSummary[]): PersonSummary[] {
  const people: PersonSummary[] = [];
  for (const stored of records) unpack(stored, people);
  return people.sort(compareNewestFirst);
}

/** These people as the summary's records, by key. */
function toRecords(people: readonly PersonSummary[]): Map<number, StoredSummary> {
  const byKey = new Map<number, PersonSummary[]>();
  for (const person of people) {
    const key = getSummaryKey(person.id);
    let group = byKey.get(key);
    if (!group) {
      group = [];
      byKey.set(key, group);
    }
    group.push(person);
  }
  return new Map([...byKey].map(([key, group]) => [key, toStored(group)]));
}

/** The summary's records for these contacts (all of them), by key. */
export function buildSummary(contacts: readonly Contact[], settings: ReminderSettings, timeZone: string): Map<number, StoredSummary> {
  return toRecords(contacts.map((contact) => toPersonSummary(contact, settings, timeZone)));
}

/** Whether a write that turns `before` into `after` changes the summary (a draft saved as the
 * user types does not: the summary is then left alone). */
export function changesSummary(before: Contact | undefined, after: Contact | undefined): boolean {
  if (!before || !after) return before !== after;
  return JSON.stringify(describe(before)) !== JSON.stringify(describe(after));
}

function requested<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((done, fail) => {
    request.onsuccess = () => done(request.result);
    request.onerror = () => fail(request.error);
  });
}

/** Makes each request in turn and waits for them all. One that throws as it is made (a full
 * disk) rejects the whole; the caller then aborts the transaction, which undoes those before it. */
function requestAll(makers: readonly (() => IDBRequest)[]): Promise<unknown[]> {
  const made: Promise<unknown>[] = [];
  try {
    for (const make of makers) made.push(requested(make()));
  } catch (error) {
    made.push(Promise.reject(error as Error));
  }
  return Promise.all(made);
}

/** The summary with `put` written (new or replacing) and `deleted` gone: only the records that
 * hold them are read and written. `tx`: the readwrite transaction (over 'meta' and 'summary'
 * too) that writes the same change to the contacts. */
export async function applyToSummary(tx: IDBTransaction, put: readonly Contact[], deleted: readonly string[] = []): Promise<void> {
  if (put.length === 0 && deleted.length === 0) return;
  const store = tx.objectStore('summary');
  const gone = new Set([...deleted, ...put.map((contact) => contact.id)]);
  const keys = [...new Set([...gone].map(getSummaryKey))];
  const [record, ...stored] = await Promise.all([
    requested<MetaRecord | undefined>(tx.objectStore('meta').get('settings')),
    ...keys.map((key) => requested<StoredSummary | undefined>(store.get(key))),
  ]);
  const settings = toSettings(record as MetaRecord | undefined);
  const timeZone = getDefaultTimeZone();
  const people: PersonSummary[] = [];
  for (const one of stored) if (one) unpack(one as StoredSummary, people);
  const kept = people.filter((person) => !gone.has(person.id));
  const records = toRecords([...kept, ...put.map((contact) => toPersonSummary(contact, settings, timeZone))]);
  await requestAll(
    keys.map((key) => {
      const next = records.get(key);
      return () => (next ? store.put(next, key) : store.delete(key));
    }),
  );
}

/** Replaces the whole summary (every record) with these records, in `tx` (over 'summary'). */
function replaceSummary(store: IDBObjectStore, records: Map<number, StoredSummary>): Promise<unknown> {
  // Requests in one transaction run in the order made: the clear comes first.
  return requestAll([
    () => store.clear(),
    ...[...records].map(
      ([key, stored]) =>
        () =>
          store.put(stored, key),
    ),
  ]);
}

/** Replaces the summary with one of `contacts` (all of them), in `tx`. */
export async function putSummary(tx: IDBTransaction, contacts: readonly Contact[], settings: Settings): Promise<void> {
  await replaceSummary(tx.objectStore('summary'), buildSummary(contacts, settings, getDefaultTimeZone()));
}

/** Works everyone's due time out again for new settings, in `tx` (over 'summary'), which writes them. */
export async function rekeySummary(tx: IDBTransaction, settings: Settings): Promise<void> {
  const store = tx.objectStore('summary');
  const timeZone = getDefaultTimeZone();
  const people = fromStored(await requested<StoredSummary[]>(store.getAll()));
  await replaceSummary(store, toRecords(people.map((person) => withClock(person, settings, timeZone))));
}

/** Builds the summary from the contacts stored, replacing what it held: a migration step's
 * part (schema.ts), in the upgrade transaction, with IndexedDB's own API. */
export function rebuildSummary(tx: IDBTransaction): void {
  const settings = tx.objectStore('meta').get('settings');
  const all = tx.objectStore('contacts').getAll();
  all.onsuccess = () => {
    const records = buildSummary(all.result as Contact[], toSettings(settings.result as MetaRecord | undefined), getDefaultTimeZone());
    const store = tx.objectStore('summary');
    // A failed request aborts the upgrade, which reports it: the old version stays whole.
    store.clear();
    for (const [key, stored] of records) store.put(stored, key);
  };
}
