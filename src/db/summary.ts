// The summary of everyone: one record holding, for each person, what the popup's first screen
// and its search need — the list's row, the text searched, and what their next action depends
// on (pipeline/due.ts's DueState, with its due time worked out ahead for the stored settings). The popup reads it, with the settings, in one request before
// its first frame (src/db/read.ts) and works out "what to do now" from it for the moment it
// opens; a record per person would cost the database a read each.
//
// Every write of a contact updates it in the same transaction (applyToSummary, putSummary), so
// a worker stopped half-way leaves both or neither. It is derived: no backup holds it, and a
// restore or an import rebuilds or updates it with the contacts. Changing StoredSummary's
// shape needs a new migration in schema.ts that rebuilds it.
import type { Contact, Settings, Stage } from '../model';
import { compareById } from '../pipeline/contact';
import { getDueState, withClock, type DueState, type ReminderSettings } from '../pipeline/due';
import { getDefaultTimeZone } from '../pipeline/zoned-time';
import { toSettings, type MetaRecord } from './schema';

export const SUMMARY_KEY = 'people';

/** A person as the popup lists, searches and reminds them. */
export interface PersonSummary extends DueState {
  role: string;
  organization: string;
  headline: string;
  createdAt: number;
  /** Lower-cased (toLocaleLowerCase) name, organization, role, headline and notes. */
  haystack: string;
}

/** As stored: a column per field, newest saved first. Columns of plain values are read back
 * faster than as many small objects. */
export interface StoredSummary {
  id: string[];
  stage: Stage[];
  name: string[];
  nameKey: string[];
  nudges: number[];
  snoozedUntil: (number | null)[];
  meeting: DueState['meeting'][];
  since: (number | null)[];
  clock: DueState['clock'][];
  role: string[];
  organization: string[];
  headline: string[];
  createdAt: number[];
  haystack: string[];
}

function describe(contact: Contact): PersonSummary {
  const { organization, role, headline, notes } = contact;
  return {
    ...getDueState(contact),
    role,
    organization,
    headline,
    createdAt: contact.createdAt,
    haystack: [contact.name, organization, role, headline, notes.person, notes.organization, notes.takeaways]
      .join('\n')
      .toLocaleLowerCase(),
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
    nameKey: [],
    nudges: [],
    snoozedUntil: [],
    meeting: [],
    since: [],
    clock: [],
    role: [],
    organization: [],
    headline: [],
    createdAt: [],
    haystack: [],
  };
  for (const person of [...people].sort(compareNewestFirst)) {
    for (const field of Object.keys(stored) as (keyof StoredSummary)[]) (stored[field] as unknown[]).push(person[field]);
  }
  return stored;
}

/** Everyone in the summary, newest saved first. */
export function fromStored(stored: StoredSummary | undefined): PersonSummary[] {
  if (!stored) return [];
  const people: PersonSummary[] = new Array<PersonSummary>(stored.id.length);
  for (let i = 0; i < people.length; i++) {
    people[i] = {
      id: stored.id[i],
      stage: stored.stage[i],
      name: stored.name[i],
      nameKey: stored.nameKey[i],
      nudges: stored.nudges[i],
      snoozedUntil: stored.snoozedUntil[i],
      meeting: stored.meeting[i],
      since: stored.since[i],
      clock: stored.clock[i],
      role: stored.role[i],
      organization: stored.organization[i],
      headline: stored.headline[i],
      createdAt: stored.createdAt[i],
      haystack: stored.haystack[i],
    };
  }
  return people;
}

export function buildSummary(contacts: readonly Contact[], settings: ReminderSettings, timeZone: string): StoredSummary {
  return toStored(contacts.map((contact) => toPersonSummary(contact, settings, timeZone)));
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

/** The summary with `put` written (new or replacing) and `deleted` gone. `tx`: the readwrite
 * transaction (over 'meta' and 'summary' too) that writes the same change to the contacts. */
export async function applyToSummary(tx: IDBTransaction, put: readonly Contact[], deleted: readonly string[] = []): Promise<void> {
  if (put.length === 0 && deleted.length === 0) return;
  const store = tx.objectStore('summary');
  const [record, stored] = await Promise.all([
    requested<MetaRecord | undefined>(tx.objectStore('meta').get('settings')),
    requested<StoredSummary | undefined>(store.get(SUMMARY_KEY)),
  ]);
  const settings = toSettings(record);
  const timeZone = getDefaultTimeZone();
  const gone = new Set([...deleted, ...put.map((contact) => contact.id)]);
  const kept = fromStored(stored).filter((person) => !gone.has(person.id));
  await requested(store.put(toStored([...kept, ...put.map((contact) => toPersonSummary(contact, settings, timeZone))]), SUMMARY_KEY));
}

/** Replaces the summary with one of `contacts` (all of them), in `tx`. */
export async function putSummary(tx: IDBTransaction, contacts: readonly Contact[], settings: Settings): Promise<void> {
  await requested(tx.objectStore('summary').put(buildSummary(contacts, settings, getDefaultTimeZone()), SUMMARY_KEY));
}

/** Works everyone's due time out again for new settings, in `tx` (over 'summary'), which writes them. */
export async function rekeySummary(tx: IDBTransaction, settings: Settings): Promise<void> {
  const store = tx.objectStore('summary');
  const timeZone = getDefaultTimeZone();
  const people = fromStored(await requested<StoredSummary | undefined>(store.get(SUMMARY_KEY)));
  await requested(store.put(toStored(people.map((person) => withClock(person, settings, timeZone))), SUMMARY_KEY));
}
