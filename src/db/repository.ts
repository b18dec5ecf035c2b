// Reads and writes of Rapport's records. Every write is one IndexedDB transaction that
// reads, changes and writes back, so a worker stopped half-way leaves the old record whole.
import type { Contact, ProfileCapture, Settings, Template, UserProfile } from '../model';
import { DEFAULT_SETTINGS, EMPTY_PROFILE } from '../model';
import { mergeCapture, newContact } from '../pipeline/contact';
import type { MetaRecord, RapportDb } from './schema';

export class NotFoundError extends Error {}

export function getContact(db: RapportDb, id: string): Promise<Contact | undefined> {
  return db.get('contacts', id);
}

/** Every contact, newest saved first. */
export async function listContacts(db: RapportDb): Promise<Contact[]> {
  const all = await db.getAllFromIndex('contacts', 'createdAt');
  return all.reverse();
}

/** Save a capture: a new contact, or an update of the saved one that keeps user edits. */
export async function saveCapture(
  db: RapportDb,
  capture: ProfileCapture,
  now: number,
): Promise<{ contact: Contact; created: boolean }> {
  const tx = db.transaction('contacts', 'readwrite');
  const existing = await tx.store.get(capture.profileUrl);
  const contact = existing ? mergeCapture(existing, capture, now) : newContact(capture, now);
  await Promise.all([tx.store.put(contact), tx.done]);
  return { contact, created: !existing };
}

/** Read-modify-write one contact in a single transaction. */
export async function updateContact(
  db: RapportDb,
  id: string,
  change: (contact: Contact) => Contact,
): Promise<Contact> {
  const tx = db.transaction('contacts', 'readwrite');
  const existing = await tx.store.get(id);
  if (!existing) {
    tx.abort();
    await tx.done.catch(() => undefined);
    throw new NotFoundError('This person is no longer in Rapport.');
  }
  const updated = change(existing);
  await Promise.all([tx.store.put(updated), tx.done]);
  return updated;
}

export async function putContact(db: RapportDb, contact: Contact): Promise<Contact> {
  await db.put('contacts', contact);
  return contact;
}

export async function deleteContact(db: RapportDb, id: string): Promise<Contact> {
  const tx = db.transaction('contacts', 'readwrite');
  const existing = await tx.store.get(id);
  if (!existing) {
    tx.abort();
    await tx.done.catch(() => undefined);
    throw new NotFoundError('This person is no longer in Rapport.');
  }
  await Promise.all([tx.store.delete(id), tx.done]);
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

/** The stored settings over the defaults (a setting added since they were stored has its default). */
export function toSettings(record: MetaRecord | undefined): Settings {
  return { ...DEFAULT_SETTINGS, ...(record?.key === 'settings' ? record.value : {}) };
}

export async function putSettings(db: RapportDb, settings: Settings): Promise<Settings> {
  await db.put('meta', { key: 'settings', value: settings });
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
