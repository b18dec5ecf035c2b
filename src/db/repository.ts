// Reads and writes of Rapport's records. Every write is one IndexedDB transaction that
// reads, changes and writes back — the contact and the summary of everyone with it
// (src/db/summary.ts) — so a worker stopped half-way leaves the old record whole.
import { unwrap } from 'idb';
import type { Contact, ProfileCapture, Settings, Template, UserProfile } from '../model';
import { EMPTY_PROFILE } from '../model';
import { mergeCapture, newContact } from '../pipeline/contact';
import { STAGES_WITH_DUE_ACTIONS } from '../pipeline/due';
import { toSettings, type RapportDb } from './schema';
import { applyToSummary, changesSummary, refreshTodo, rekeySummary } from './summary';

export class NotFoundError extends Error {}

export function getContact(db: RapportDb, id: string): Promise<Contact | undefined> {
  return db.get('contacts', id);
}

/** Every contact, newest saved first. */
export async function listContacts(db: RapportDb): Promise<Contact[]> {
  const all = await db.getAllFromIndex('contacts', 'createdAt');
  return all.reverse();
}

/** The people `referrerId` suggested, by the index of who referred whom. */
export function getReferralsOf(db: RapportDb, referrerId: string): Promise<Contact[]> {
  return db.getAllFromIndex('contacts', 'referrerId', referrerId);
}

/** Everyone who may have something due (pipeline/due.ts): what the reminder pass needs. */
export async function getContactsWithDueActions(db: RapportDb): Promise<Contact[]> {
  const index = db.transaction('contacts').store.index('stage');
  const byStage = await Promise.all(STAGES_WITH_DUE_ACTIONS.map((stage) => index.getAll(stage)));
  return byStage.flat();
}

/** A readwrite transaction over the contacts and their summary (and the settings they depend on). */
export function writeContacts(db: RapportDb, options?: IDBTransactionOptions) {
  return db.transaction(['contacts', 'meta', 'summary'], 'readwrite', options);
}

type ContactsWrite = ReturnType<typeof writeContacts>;

/** Runs `write` in `tx`; if it fails, aborts `tx`, so no contact is written without its summary
 * (and nothing half-written). The caller awaits `tx.done` beside it. */
export async function allOrNothing(tx: ContactsWrite, write: () => Promise<unknown>): Promise<void> {
  try {
    await write();
  } catch (error) {
    try {
      tx.abort();
    } catch {
      // Already aborted by the browser (a failed request, QuotaExceededError): nothing was written.
    }
    throw error;
  }
}

/** Puts each contact (`after`, which was `before`) in `tx`, and into the summary those that change it. */
export function putInTransaction(
  tx: ContactsWrite,
  changes: ReadonlyArray<{ before: Contact | undefined; after: Contact }>,
): Promise<void> {
  return allOrNothing(tx, async () => {
    const store = tx.objectStore('contacts');
    await Promise.all(changes.map(({ after }) => store.put(after)));
    const changed = changes.filter(({ before, after }) => changesSummary(before, after)).map(({ after }) => after);
    await applyToSummary(unwrap(tx), changed);
  });
}

/** Save a capture: a new contact, or an update of the saved one that keeps user edits. */
export async function saveCapture(db: RapportDb, capture: ProfileCapture, now: number): Promise<{ contact: Contact; created: boolean }> {
  const tx = writeContacts(db);
  const existing = await tx.objectStore('contacts').get(capture.profileUrl);
  const contact = existing ? mergeCapture(existing, capture, now) : newContact(capture, now);
  await Promise.all([putInTransaction(tx, [{ before: existing, after: contact }]), tx.done]);
  return { contact, created: !existing };
}

async function getOrAbort(tx: ContactsWrite, id: string): Promise<Contact> {
  const existing = await tx.objectStore('contacts').get(id);
  if (existing) return existing;
  tx.abort();
  await tx.done.catch(() => undefined);
  throw new NotFoundError('This person is no longer in Rapport.');
}

/** Read-modify-write one contact in a single transaction. */
export async function updateContact(db: RapportDb, id: string, change: (contact: Contact) => Contact): Promise<Contact> {
  const tx = writeContacts(db);
  const existing = await getOrAbort(tx, id);
  const updated = change(existing);
  await Promise.all([putInTransaction(tx, [{ before: existing, after: updated }]), tx.done]);
  return updated;
}

export async function putContact(db: RapportDb, contact: Contact): Promise<Contact> {
  const tx = writeContacts(db);
  const existing = await tx.objectStore('contacts').get(contact.id);
  await Promise.all([putInTransaction(tx, [{ before: existing, after: contact }]), tx.done]);
  return contact;
}

export async function deleteContact(db: RapportDb, id: string): Promise<Contact> {
  const tx = writeContacts(db);
  const existing = await getOrAbort(tx, id);
  const remove = () => Promise.all([tx.objectStore('contacts').delete(id), applyToSummary(unwrap(tx), [], [id])]);
  await Promise.all([allOrNothing(tx, remove), tx.done]);
  return existing;
}

export async function getProfile(db: RapportDb): Promise<UserProfile> {
  const record = await db.get('meta', 'profile');
  return { ...EMPTY_PROFILE, ...(record?.key === 'profile' ? record.value : {}) };
}

export async function putProfile(db: RapportDb, profile: UserProfile): Promise<UserProfile> {
  await db.put('meta', { key: 'profile', value: profile });
  return profile;
}

export async function getSettings(db: RapportDb): Promise<Settings> {
  return toSettings(await db.get('meta', 'settings'));
}

/** The settings, and everyone's due time in the summary worked out again for them, in one transaction. */
export async function putSettings(db: RapportDb, settings: Settings): Promise<Settings> {
  const tx = db.transaction(['meta', 'summary'], 'readwrite');
  await Promise.all([tx.objectStore('meta').put({ key: 'settings', value: settings }), rekeySummary(unwrap(tx), settings), tx.done]);
  return settings;
}

/** The user's templates, or null when they never changed the built-in ones. */
export async function getStoredTemplates(db: RapportDb): Promise<Template[] | null> {
  const record = await db.get('meta', 'templates');
  return record?.key === 'templates' ? record.value : null;
}

export async function putTemplates(db: RapportDb, templates: Template[]): Promise<Template[]> {
  await db.put('meta', { key: 'templates', value: templates });
  return templates;
}

/** The summary head's "what to do now" worked out again if time has passed the moment until
 * which it held (summary.ts's refreshTodo); returns until when it holds now. */
export async function refreshWhatToDo(db: RapportDb, now: number): Promise<number | null> {
  const tx = db.transaction(['meta', 'summary'], 'readwrite');
  const [until] = await Promise.all([refreshTodo(unwrap(tx), now), tx.done]);
  return until;
}
