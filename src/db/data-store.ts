// Backup, restore, CSV export and import against the database. Each write is ONE
// transaction over every store it touches: if anything fails half-way (a full disk, a worker
// stopped, a bad record) the transaction is aborted and the database is as it was.
import { unwrap, type IDBPObjectStore } from 'idb';
import type { Contact } from '../model';
import { getBackupSummary, parseBackup, stringifyBackup, toBackup, type MetaValues, type RestorePreview } from '../formats/backup';
import { toContactsCsv } from '../formats/csv-export';
import { parseContactsCsv, type Canonicalize, type ParsedCsv } from '../formats/csv-import';
import { compareById } from '../pipeline/contact';
import { planImport, type ImportCounts, type ImportPlan, type ImportPreview } from '../formats/import-plan';
import { DEFAULT_SETTINGS } from '../model';
import { allOrNothing, writeContacts } from './repository';
import { DB_VERSION, toSettings, type MetaRecord, type RapportDb } from './schema';
import { applyToSummary, putSummary } from './summary';

/** Every record, read in one transaction so contacts and settings agree with each other. */
export async function readEverything(db: RapportDb): Promise<{ contacts: Contact[]; meta: MetaValues }> {
  const tx = db.transaction(['contacts', 'meta'], 'readonly');
  const [contacts, metaRecords] = await Promise.all([tx.objectStore('contacts').getAll(), tx.objectStore('meta').getAll(), tx.done]);
  const meta: MetaValues = {};
  for (const record of metaRecords) meta[record.key] = record.value;
  return { contacts, meta };
}

export async function exportBackup(db: RapportDb, now: number): Promise<string> {
  const { contacts, meta } = await readEverything(db);
  return stringifyBackup(toBackup(contacts, meta, DB_VERSION, now));
}

/** Contacts as CSV, newest saved first (as the popup lists them). */
export async function exportContactsCsv(db: RapportDb): Promise<string> {
  const contacts = await db.getAllFromIndex('contacts', 'createdAt');
  return toContactsCsv(contacts.reverse());
}

export async function previewRestore(db: RapportDb, text: string): Promise<RestorePreview> {
  const backup = parseBackup(text, DB_VERSION);
  return { ...getBackupSummary(backup), currentContacts: await db.count('contacts') };
}

/** Replace everything with the backup's records. */
export async function restoreBackup(db: RapportDb, text: string): Promise<{ contacts: number }> {
  const backup = parseBackup(text, DB_VERSION);
  // A backup from an older schema version would be upgraded here, record by record, with
  // the same change its migration makes; no version so far changed the records (2 dropped
  // indexes, 3 added the summary, 4 split it into records and 5 gave it a head, all of which
  // are built here from the backup's contacts).
  const tx = writeContacts(db);
  const write = allOrNothing(tx, async () => {
    const contacts = tx.objectStore('contacts');
    const meta = tx.objectStore('meta');
    await Promise.all([contacts.clear(), meta.clear()]);
    await Promise.all([
      putAll(contacts, backup.contacts),
      putAll(
        meta,
        Object.entries(backup.meta).map(([key, value]) => ({ key, value }) as MetaRecord),
      ),
      putSummary(
        unwrap(tx),
        backup.contacts,
        toSettings(backup.meta.settings ? ({ key: 'settings', value: backup.meta.settings } as MetaRecord) : undefined),
      ),
    ]);
  });
  await Promise.all([write, tx.done]);
  return { contacts: backup.contacts.length };
}

/** Whether the database holds exactly the backup's records: a restore that was cut off
 * either landed whole (then it does) or not at all. */
export async function holdsBackup(db: RapportDb, text: string): Promise<boolean> {
  const backup = parseBackup(text, DB_VERSION);
  const { contacts, meta } = await readEverything(db);
  const asText = (c: Contact[], m: MetaValues) => stringifyBackup(toBackup(c, m, DB_VERSION, 0));
  return asText(contacts, meta) === asText(backup.contacts, backup.meta);
}

/** Put every value without awaiting each: the requests go straight to IndexedDB (idb's
 * promise per request costs time at 10,000), and the transaction's own completion
 * (awaited beside `allOrNothing`) reports a failed one — IndexedDB aborts the transaction then.
 * A put that throws at once (a bad key, a transaction already aborted) rejects here. */
function putAll<T>(store: object, values: T[]): Promise<void> {
  const raw = unwrap(store as IDBPObjectStore) as IDBObjectStore;
  try {
    for (const value of values) raw.put(value);
  } catch (error) {
    return Promise.reject(error);
  }
  return Promise.resolve();
}

const PREVIEW_ROWS = 20;
const PREVIEW_SKIPPED = 500;

/** Past this many saved people to look up, one read of every record beats a read each. */
const READ_ALL_ABOVE = 500;

/** The saved contacts among `ids`. A file of 10,000 rows made 10,000 reads, each a round
 * trip to the database: the keys are read first (one request), and only the people already
 * saved are read — all at once when they are many. */
async function getExisting(
  store: { get(id: string): Promise<Contact | undefined>; getAllKeys(): Promise<string[]>; getAll(): Promise<Contact[]> },
  ids: string[],
): Promise<Map<string, Contact>> {
  const keys = new Set(await store.getAllKeys());
  const saved = ids.filter((id) => keys.has(id));
  const existing = new Map<string, Contact>();
  if (saved.length > READ_ALL_ABOVE) {
    const wanted = new Set(saved);
    for (const contact of await store.getAll()) if (wanted.has(contact.id)) existing.set(contact.id, contact);
    return existing;
  }
  const found = await Promise.all(saved.map((id) => store.get(id)));
  for (const contact of found) if (contact) existing.set(contact.id, contact);
  return existing;
}

/** The file the last preview parsed: the commit that follows it (the same text) uses it rather
 * than parsing 10,000 rows again. Lost if the worker stops in between: then parsed anew. */
let previewed: { text: string; canonicalize: Canonicalize; parsed: ParsedCsv } | null = null;

function parseForImport(text: string, canonicalize: Canonicalize): ParsedCsv {
  if (previewed && previewed.text === text && previewed.canonicalize === canonicalize) return previewed.parsed;
  return parseContactsCsv(text, canonicalize);
}

export async function previewImport(db: RapportDb, text: string, canonicalize: Canonicalize, now: number): Promise<ImportPreview> {
  const parsed = parseContactsCsv(text, canonicalize);
  previewed = { text, canonicalize, parsed };
  const tx = db.transaction('contacts', 'readonly');
  const existing = await getExisting(
    tx.store,
    parsed.rows.map((row) => row.profileUrl),
  );
  const plan = planImport(parsed, existing, now);
  return {
    kind: plan.kind,
    counts: { added: plan.added.length, updated: plan.updated.length, skipped: plan.skipped.length },
    added: plan.preview.added.slice(0, PREVIEW_ROWS),
    updated: plan.preview.updated.slice(0, PREVIEW_ROWS),
    skipped: plan.skipped.slice(0, PREVIEW_SKIPPED),
  };
}

/** Import the file: the plan is made again inside the write transaction, against the
 * records as they are at that moment, and written all together or not at all. */
export async function commitImport(db: RapportDb, text: string, canonicalize: Canonicalize, now: number): Promise<ImportCounts> {
  const parsed = parseForImport(text, canonicalize);
  previewed = null;
  // 'relaxed': the transaction completes once the writes reach the OS, not after a flush to
  // disk; still one transaction, so still all or nothing (Chromium's default was the slow one).
  const tx = writeContacts(db, { durability: 'relaxed' });
  let plan: ImportPlan | undefined;
  const write = allOrNothing(tx, async () => {
    const contacts = tx.objectStore('contacts');
    const existing = await getExisting(
      contacts,
      parsed.rows.map((row) => row.profileUrl),
    );
    plan = planImport(parsed, existing, now);
    // In key order: the database's tree takes ordered writes faster.
    const written = [...plan.added, ...plan.updated].sort(compareById);
    await Promise.all([putAll(contacts, written), applyToSummary(unwrap(tx), written)]);
  });
  await Promise.all([write, tx.done]);
  return { added: plan!.added.length, updated: plan!.updated.length, skipped: plan!.skipped.length };
}

/** Every person, the profile, settings and templates: gone, in one transaction. */
export async function deleteEverything(db: RapportDb): Promise<{ deleted: number }> {
  const deleted = await db.count('contacts');
  const tx = writeContacts(db);
  const write = allOrNothing(tx, async () => {
    await Promise.all([tx.objectStore('contacts').clear(), tx.objectStore('meta').clear(), putSummary(unwrap(tx), [], DEFAULT_SETTINGS)]);
  });
  await Promise.all([write, tx.done]);
  return { deleted };
}
