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
// Beside them, two more records. The head (HEAD_KEY) holds what the first frame shows of
// everyone: how many there are in all and in each stage, the newest NEWEST_ROWS, and "what to
// do now" worked out when it was written, with the first few of each group and the moment
// until which it holds (pipeline/due.ts's getDueItemsChange). DUE_KEY holds everyone in a stage
// where something can fall due, from which "what to do now" is worked out anew. The popup reads
// the head alone before its first frame (and those, when the head's "what to do now" no longer
// holds), the numbered records after it (src/db/read.ts).
//
// Every write of a contact updates it in the same transaction (applyToSummary, putSummary), so
// a worker stopped half-way leaves both or neither. It is derived: no backup holds it, and a
// restore or an import rebuilds or updates it with the contacts. Changing StoredSummary's
// or StoredHead's shape, SUMMARY_RECORDS, NEWEST_ROWS, DUE_PREVIEW or getSummaryKey needs a new
// migration in schema.ts that rebuilds it.
import type { Contact, Settings, Stage } from '../model';
import { compareById } from '../pipeline/contact';
import {
  getDueItems,
  getDueItemsChange,
  getDueKey,
  getDueState,
  STAGES_WITH_DUE_ACTIONS,
  withClock,
  type DueGroups,
  type DueItem,
  type DueState,
  type NextAction,
  type ReminderSettings,
} from '../pipeline/due';
import { STAGES } from '../pipeline/stages';
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

/** The key of the record that holds what the first frame shows (StoredHead). */
export const HEAD_KEY = 'head';
/** The key of the record that holds everyone in a stage that can fall due (StoredDue). */
export const DUE_KEY = 'due';

/** The keys of the summary's records. */
export type SummaryKey = number | typeof HEAD_KEY | typeof DUE_KEY;

/** How many of each group of "what to do now" the head holds: as many as the popup shows
 * before "Show all". */
export const DUE_PREVIEW = 5;

/** How many of the newest the head holds: the rows of a few popups' heights, so the list
 * can be shown, and scrolled a little, before everyone is read. */
export const NEWEST_ROWS = 50;

/** A person as "what to do now" shows them. */
export interface DuePerson extends DueState {
  role: string;
  organization: string;
}

/** A person as the popup lists, searches and reminds them. */
export interface PersonSummary extends DuePerson {
  headline: string;
  createdAt: number;
  /** The notes on the person, their organization and the takeaways, one per line: searched,
   * not shown. */
  notes: string;
}

/** People as stored: a column per field. Columns of plain values are read back faster than as
 * many small objects. */
type Columns<T> = { [K in keyof T]: T[K][] };

/** One numbered record as stored, newest saved first. */
export type StoredSummary = Columns<PersonSummary>;

/** The people "what to do now" is worked out from, as stored in the head. */
export type StoredDue = Columns<DuePerson>;

type GroupKey = keyof DueGroups;
const GROUP_KEYS = Object.keys({
  thanks: 0,
  followUps: 0,
  meetingsToday: 0,
  meetingsTomorrow: 0,
  touchBases: 0,
} satisfies Record<GroupKey, 0>) as GroupKey[];

/** "What to do now" as worked out when the summary was last written. */
export interface StoredTodo {
  /** The settings and zone it was worked out for (getDueKey). */
  key: string;
  at: number;
  /** Until when it holds (getDueItemsChange); null: while no one changes. */
  until: number | null;
  /** Each group's size, and its first DUE_PREVIEW with their actions. */
  groups: Record<GroupKey, { count: number; people: StoredDue; actions: NextAction[] }>;
}

/** What the popup's first frame shows of everyone (key HEAD_KEY). */
export interface StoredHead {
  total: number;
  /** How many are in each stage that has anyone, in STAGES's order. */
  stageCounts: [Stage, number][];
  /** The newest NEWEST_ROWS (everyone, if there are no more), newest saved first. */
  newest: StoredSummary;
  todo: StoredTodo;
}

/** A record of the summary, by its key's kind. */
export type SummaryRecord = StoredSummary | StoredHead | StoredDue;

/** The fields of each, in the order stored: the compiler checks that none is missing. */
const DUE_FIELDS = Object.keys({
  id: 0,
  stage: 0,
  name: 0,
  nudges: 0,
  snoozedUntil: 0,
  meeting: 0,
  since: 0,
  clock: 0,
  role: 0,
  organization: 0,
} satisfies Record<keyof DuePerson, 0>) as (keyof DuePerson)[];
const SUMMARY_FIELDS = [...DUE_FIELDS, 'headline', 'createdAt', 'notes'] as (keyof PersonSummary)[];

const CAN_FALL_DUE: ReadonlySet<Stage> = new Set(STAGES_WITH_DUE_ACTIONS);

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

function toColumns<T>(rows: readonly T[], fields: readonly (keyof T)[]): Columns<T> {
  return Object.fromEntries(fields.map((field) => [field, rows.map((row) => row[field])])) as Columns<T>;
}

function toStored(people: PersonSummary[]): StoredSummary {
  return toColumns([...people].sort(compareNewestFirst), SUMMARY_FIELDS);
}

/** Appends the people of one record to `people`. The fields are written out, not looped over:
 * the popup makes thousands of these before its first frame. */
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

/** Appends the people of the due record, or of a group in the head's "what to do now", to
 * `people`: a few, or read only when the head's no longer holds, so field by field. */
function unpackDue(stored: StoredDue, people: DuePerson[]): void {
  for (let i = 0; i < stored.id.length; i++) {
    people.push(Object.fromEntries(DUE_FIELDS.map((field) => [field, stored[field][i]])) as unknown as DuePerson);
  }
}

/** Everyone in these numbered records of the summary (all of them, as a getAll of EVERYONE
 * returns them), newest saved first. Each record is in that order already, which the sort
 * takes as runs to merge. */
export function fromStored(records: readonly StoredSummary[]): PersonSummary[] {
  const people: PersonSummary[] = [];
  for (const stored of records) unpack(stored, people);
  return people.sort(compareNewestFirst);
}

/** The keys of the numbered records, the ones that hold everyone (numbers sort before strings). */
export function getEveryoneRange(): IDBKeyRange {
  return IDBKeyRange.bound(0, SUMMARY_RECORDS - 1);
}

/** "What to do now" as the popup shows it: each group's size and its items — all of them, or
 * (from the head, until everyone is read) the first DUE_PREVIEW. */
export interface TodoView {
  groups: Record<GroupKey, { count: number; items: DueItem<DuePerson>[] }>;
}

/** "What to do now" of these people (at least everyone in a stage that can fall due) at `now`. */
export function workOutTodo(people: readonly DuePerson[], settings: ReminderSettings, now: number, timeZone: string): TodoView {
  const groups = getDueItems(people, settings, now, timeZone);
  return {
    groups: Object.fromEntries(GROUP_KEYS.map((key) => [key, { count: groups[key].length, items: groups[key] }])) as TodoView['groups'],
  };
}

function toTodo(due: readonly DuePerson[], settings: ReminderSettings, timeZone: string, now: number): StoredTodo {
  const { groups } = workOutTodo(due, settings, now, timeZone);
  const preview = (key: GroupKey) => groups[key].items.slice(0, DUE_PREVIEW);
  return {
    key: getDueKey(settings, timeZone),
    at: now,
    until: getDueItemsChange(due, settings, now, timeZone),
    groups: Object.fromEntries(
      GROUP_KEYS.map((key) => [
        key,
        {
          count: groups[key].count,
          people: toColumns(
            preview(key).map((item) => item.contact),
            DUE_FIELDS,
          ),
          actions: preview(key).map((item) => item.action),
        },
      ]),
    ) as StoredTodo['groups'],
  };
}

/** The head's "what to do now", if it still holds at `now` for these settings and zone. */
/** Whether the head's "what to do now" holds at `now`, for these settings and this zone. */
function todoHolds(todo: StoredTodo, settings: ReminderSettings, now: number, timeZone: string): boolean {
  return todo.key === getDueKey(settings, timeZone) && now >= todo.at && (todo.until === null || now < todo.until);
}

function fromTodo(todo: StoredTodo, settings: ReminderSettings, now: number, timeZone: string): TodoView | null {
  if (!todoHolds(todo, settings, now, timeZone)) return null;
  const groups = Object.fromEntries(
    GROUP_KEYS.map((key) => {
      const { count, people, actions } = todo.groups[key];
      const contacts: DuePerson[] = [];
      unpackDue(people, contacts);
      return [key, { count, items: contacts.map((contact, i) => ({ contact, action: actions[i] })) }];
    }),
  ) as TodoView['groups'];
  return { groups };
}

/** What the popup shows of everyone: from the head (only the newest in `people`), or from everyone. */
export interface SummaryView {
  /** Newest saved first: everyone, or (from the head) the newest NEWEST_ROWS. */
  people: PersonSummary[];
  total: number;
  stageCounts: ReadonlyMap<Stage, number>;
  todo: TodoView;
}

/**
 * What the popup shows from the head, at `now`. Its "what to do now" if it still holds, else
 * worked out from everyone in it (when it holds everyone) or from `readDue`, the DUE_KEY
 * record, read then.
 */
export async function fromHead(
  head: StoredHead,
  settings: ReminderSettings,
  now: number,
  timeZone: string,
  readDue: () => Promise<StoredDue | undefined>,
): Promise<SummaryView> {
  const people: PersonSummary[] = [];
  unpack(head.newest, people);
  const complete = holdsEveryone({ people, total: head.total });
  let todo = complete ? null : fromTodo(head.todo, settings, now, timeZone);
  if (!todo) {
    const due: DuePerson[] = [];
    if (complete) due.push(...people);
    else {
      const stored = await readDue();
      if (stored) unpackDue(stored, due);
    }
    todo = workOutTodo(due, settings, now, timeZone);
  }
  return { people, total: head.total, stageCounts: new Map(head.stageCounts), todo };
}

/** Whether the view holds everyone, not only the newest. */
export function holdsEveryone(view: Pick<SummaryView, 'people' | 'total'>): boolean {
  return view.people.length === view.total;
}

/** The head's counts: each stage that has anyone, in STAGES's order. */
function toStageCounts(counts: ReadonlyMap<Stage, number>): [Stage, number][] {
  return STAGES.filter((stage) => (counts.get(stage) ?? 0) > 0).map((stage) => [stage, counts.get(stage)!]);
}

function countStages(people: readonly PersonSummary[]): Map<Stage, number> {
  const counts = new Map<Stage, number>();
  for (const person of people) counts.set(person.stage, (counts.get(person.stage) ?? 0) + 1);
  return counts;
}

/** `people`: everyone, newest saved first; "what to do now" worked out from them at `now`. */
export function fromEveryone(people: PersonSummary[], settings: ReminderSettings, now: number, timeZone: string): SummaryView {
  return {
    people,
    total: people.length,
    stageCounts: countStages(people),
    todo: workOutTodo(people, settings, now, timeZone),
  };
}

/** Where a write's summary is worked out for: the stored settings, the zone and the moment. */
interface Context {
  settings: ReminderSettings;
  timeZone: string;
  now: number;
}

/** The head and the DUE_KEY record of everyone (`people`, in any order). */
function toHead(people: readonly PersonSummary[], { settings, timeZone, now }: Context): { head: StoredHead; due: StoredDue } {
  const counts = countStages(people);
  const newest = [...people].sort(compareNewestFirst).slice(0, NEWEST_ROWS);
  const due = people.filter((person) => CAN_FALL_DUE.has(person.stage)).sort(compareById);
  return {
    head: {
      total: people.length,
      stageCounts: toStageCounts(counts),
      newest: toColumns(newest, SUMMARY_FIELDS),
      todo: toTodo(due, settings, timeZone, now),
    },
    due: toColumns(due, DUE_FIELDS),
  };
}

/**
 * The head after a write that took `before` out (the people it changed or deleted, as they
 * were; `gone` their ids) and put `added` in, with the due record (null: the write touches no
 * one who can fall due, and the head's "what to do now" still holds, so both stay as they
 * are); null when it can't be told from the head alone: someone left the newest and who comes
 * next is in the numbered records.
 */
function updateHead(
  { head, due: stored }: { head: StoredHead; due: StoredDue | null },
  before: readonly PersonSummary[],
  added: readonly PersonSummary[],
  gone: ReadonlySet<string>,
  { settings, timeZone, now }: Context,
): { head: StoredHead; due: StoredDue | null } | null {
  const counts = new Map(head.stageCounts);
  for (const person of before) counts.set(person.stage, (counts.get(person.stage) ?? 0) - 1);
  for (const person of added) counts.set(person.stage, (counts.get(person.stage) ?? 0) + 1);
  const newest: PersonSummary[] = [];
  unpack(head.newest, newest);
  const candidates = [...newest.filter((person) => !gone.has(person.id)), ...added].sort(compareNewestFirst);
  if (head.total > newest.length) {
    // Those not in the head come after its last: the newest are known only if enough come before.
    const last = newest.at(-1);
    if (!last || candidates.filter((person) => compareNewestFirst(person, last) <= 0).length < NEWEST_ROWS) return null;
  }
  const next = {
    ...head,
    total: head.total - before.length + added.length,
    stageCounts: toStageCounts(counts),
    newest: toColumns(candidates.slice(0, NEWEST_ROWS), SUMMARY_FIELDS),
  };
  if (!stored) return { head: next, due: null };
  const kept: DuePerson[] = [];
  unpackDue(stored, kept);
  const due = [...kept.filter((person) => !gone.has(person.id)), ...added.filter((person) => CAN_FALL_DUE.has(person.stage))].sort(
    compareById,
  );
  return { head: { ...next, todo: toTodo(due, settings, timeZone, now) }, due: toColumns(due, DUE_FIELDS) };
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

/** Every record of the summary of these people (everyone), by key: the numbered ones that hold
 * anyone, the head and DUE_KEY's (none when no one is saved: the summary is then empty). */
function toSummaryRecords(people: readonly PersonSummary[], context: Context): Map<SummaryKey, SummaryRecord> {
  const records = new Map<SummaryKey, SummaryRecord>(toRecords(people));
  if (people.length > 0) {
    const { head, due } = toHead(people, context);
    records.set(HEAD_KEY, head);
    records.set(DUE_KEY, due);
  }
  return records;
}

/** Every record of the summary for these contacts (all of them), by key, written at `now`. */
export function buildSummary(
  contacts: readonly Contact[],
  settings: ReminderSettings,
  timeZone: string,
  now = Date.now(),
): Map<SummaryKey, SummaryRecord> {
  return toSummaryRecords(
    contacts.map((contact) => toPersonSummary(contact, settings, timeZone)),
    { settings, timeZone, now },
  );
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
  const [record, head, ...stored] = await Promise.all([
    requested<MetaRecord | undefined>(tx.objectStore('meta').get('settings')),
    requested<StoredHead | undefined>(store.get(HEAD_KEY)),
    ...keys.map((key) => requested<StoredSummary | undefined>(store.get(key))),
  ]);
  const settings = toSettings(record as MetaRecord | undefined);
  const timeZone = getDefaultTimeZone();
  const context = { settings, timeZone, now: Date.now() };
  const people: PersonSummary[] = [];
  for (const one of stored) if (one) unpack(one as StoredSummary, people);
  const before = people.filter((person) => gone.has(person.id));
  const kept = people.filter((person) => !gone.has(person.id));
  const added = put.map((contact) => toPersonSummary(contact, settings, timeZone));
  const records = toRecords([...kept, ...added]);
  // The due record (500 KB at 10,000 people) only when the write touches someone who can fall
  // due, or the head's "what to do now" no longer holds: most saves are of someone new.
  const touchesDue = [...before, ...added].some((person) => CAN_FALL_DUE.has(person.stage));
  const due =
    head && (touchesDue || !todoHolds((head as StoredHead).todo, settings, context.now, timeZone))
      ? await requested<StoredDue | undefined>(store.get(DUE_KEY))
      : null;
  await requestAll(
    keys.map((key) => {
      const next = records.get(key);
      return () => (next ? store.put(next, key) : store.delete(key));
    }),
  );
  // Every record read: that is everyone. Else the head as it changes, or, when that can't tell
  // who the newest are, everyone read again (after the writes above, which requests see in order).
  let next =
    keys.length === SUMMARY_RECORDS
      ? toHead([...kept, ...added], context)
      : head && due !== undefined
        ? updateHead({ head: head as StoredHead, due }, before, added, gone, context)
        : null;
  next ??= toHead(fromStored(await requested<StoredSummary[]>(store.getAll(getEveryoneRange()))), context);
  const { head: nextHead, due: nextDue } = next;
  await requestAll(
    nextHead.total > 0
      ? [() => store.put(nextHead, HEAD_KEY), ...(nextDue ? [() => store.put(nextDue, DUE_KEY)] : [])]
      : [() => store.delete(HEAD_KEY), () => store.delete(DUE_KEY)],
  );
}

/** Replaces the whole summary (every record) with these records, in `tx` (over 'summary'). */
function replaceSummary(store: IDBObjectStore, records: Map<SummaryKey, SummaryRecord>): Promise<unknown> {
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
  const people = fromStored(await requested<StoredSummary[]>(store.getAll(getEveryoneRange())));
  await replaceSummary(
    store,
    toSummaryRecords(
      people.map((person) => withClock(person, settings, timeZone)),
      { settings, timeZone, now: Date.now() },
    ),
  );
}

/**
 * Works the head's "what to do now" out again if time has passed the moment until which it
 * held (or the zone has changed): the reminder pass's part (src/background/reminders.ts), so
 * the popup's first frame can show it again without working it out. `tx`: readwrite over
 * 'meta' and 'summary'. Returns until when the head's "what to do now" holds (null: while no
 * one changes, or no one is saved): the reminder alarm is set for then at the latest.
 */
export async function refreshTodo(tx: IDBTransaction, now: number): Promise<number | null> {
  const store = tx.objectStore('summary');
  const [record, head] = await Promise.all([
    requested<MetaRecord | undefined>(tx.objectStore('meta').get('settings')),
    requested<StoredHead | undefined>(store.get(HEAD_KEY)),
  ]);
  const settings = toSettings(record);
  const timeZone = getDefaultTimeZone();
  if (!head) return null;
  if (todoHolds(head.todo, settings, now, timeZone)) return head.todo.until;
  const due = await requested<StoredDue | undefined>(store.get(DUE_KEY));
  if (!due) return null;
  const people: DuePerson[] = [];
  unpackDue(due, people);
  const next: StoredHead = { ...head, todo: toTodo(people, settings, timeZone, now) };
  await requestAll([() => store.put(next, HEAD_KEY)]);
  return next.todo.until;
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
