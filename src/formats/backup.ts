// The JSON backup: everything Rapport keeps, in one versioned file that restores exactly.
// Pure functions (the database side is src/db/data-store.ts): build a backup from records,
// write it as text with a stable key order, and read text back into records, refusing
// anything that is not a whole, well-formed backup — with the place where it went wrong.
import type { Contact } from '../model';
import { CAPTURED_FIELDS } from '../model';
import { compareById } from '../pipeline/contact';
import { isStage } from '../pipeline/stages';
import { FileError, toLineColumn } from './line-column';

const BACKUP_FORMAT = 'rapport-backup';
const BACKUP_VERSION = 1;

/** Every record of the `meta` store, by key (profile, settings, templates, and any key a
 * later version adds), as stored. */
export type MetaValues = Record<string, unknown>;

interface Backup {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  /** ISO 8601, UTC. */
  exportedAt: string;
  /** The database version the records were read from (src/db/schema.ts). */
  schemaVersion: number;
  contacts: Contact[];
  meta: MetaValues;
}

/** What a backup holds, for the confirmation before a restore. */
interface BackupSummary {
  exportedAt: string;
  schemaVersion: number;
  contacts: number;
  hasProfile: boolean;
  hasSettings: boolean;
  hasTemplates: boolean;
}

export interface RestorePreview extends BackupSummary {
  /** How many people are in Rapport now (all replaced by the restore). */
  currentContacts: number;
}

/** Text that is not a backup Rapport can restore, with where when known. */
export class BackupError extends FileError {
  name = 'BackupError';
}

export function toBackup(contacts: Contact[], meta: MetaValues, schemaVersion: number, now: number): Backup {
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: new Date(now).toISOString(),
    schemaVersion,
    contacts: [...contacts].sort(compareById),
    meta,
  };
}

/** The backup as text: keys sorted at every level, so the same records always give the same
 * bytes whatever order IndexedDB or a restore put their properties in. */
export function stringifyBackup(backup: Backup): string {
  return `${JSON.stringify(sortKeys(backup), null, 2)}\n`;
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value).sort()) {
    const child = (value as Record<string, unknown>)[key];
    if (child !== undefined) out[key] = sortKeys(child);
  }
  return out;
}

export function getBackupFileName(now: number): string {
  return `rapport-backup-${new Date(now).toISOString().slice(0, 10)}.json`;
}

export function getBackupSummary(backup: Backup): BackupSummary {
  return {
    exportedAt: backup.exportedAt,
    schemaVersion: backup.schemaVersion,
    contacts: backup.contacts.length,
    hasProfile: 'profile' in backup.meta,
    hasSettings: 'settings' in backup.meta,
    hasTemplates: 'templates' in backup.meta,
  };
}

const CONTACT_STRINGS = [
  'id',
  'profileUrl',
  ...CAPTURED_FIELDS,
  'email',
  'leadSource',
  'why',
  'nameKey',
] as const satisfies readonly (keyof Contact)[];
const CONTACT_NUMBERS = ['nudges', 'createdAt', 'updatedAt'] as const satisfies readonly (keyof Contact)[];
const CONTACT_ARRAYS = ['missing', 'edited', 'history', 'questions'] as const satisfies readonly (keyof Contact)[];
const CONTACT_OBJECTS = ['sources', 'notes', 'drafts'] as const satisfies readonly (keyof Contact)[];

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Why a contact from a backup can't be stored, or null. Checks the shape the app relies on
 * and keeps every other property as it is, so a field this code doesn't know survives. */
export function getContactProblem(value: unknown): string | null {
  if (!isObject(value)) return 'is not a record';
  for (const key of CONTACT_STRINGS) if (typeof value[key] !== 'string') return `has no text "${key}"`;
  for (const key of CONTACT_NUMBERS) if (typeof value[key] !== 'number' || !Number.isFinite(value[key])) return `has no number "${key}"`;
  for (const key of CONTACT_ARRAYS) if (!Array.isArray(value[key])) return `has no list "${key}"`;
  for (const key of CONTACT_OBJECTS) if (!isObject(value[key])) return `has no "${key}"`;
  if (value.id === '') return 'has an empty id';
  if (!isStage(value.stage)) return `has an unknown stage "${String(value.stage)}"`;
  if (value.referrerId !== null && typeof value.referrerId !== 'string') return 'has a referrer that is not a contact id';
  if (value.meeting !== null && !isObject(value.meeting)) return 'has a meeting that is not a record';
  if (value.snoozedUntil !== null && typeof value.snoozedUntil !== 'number') return 'has a snooze that is not a time';
  for (const entry of value.history as unknown[]) {
    if (!isObject(entry) || typeof entry.at !== 'number' || typeof entry.kind !== 'string')
      return 'has a history entry without a time and kind';
  }
  if ((value.questions as unknown[]).some((q) => typeof q !== 'string')) return 'has a question that is not text';
  return null;
}

function getMetaProblem(key: string, value: unknown): string | null {
  if (key === 'profile' || key === 'settings') return isObject(value) ? null : `"${key}" is not a record`;
  if (key === 'templates') {
    if (!Array.isArray(value)) return '"templates" is not a list';
    const bad = value.findIndex((t) => !isObject(t) || typeof t.id !== 'string' || typeof t.body !== 'string');
    return bad >= 0 ? `template ${bad + 1} has no id or body` : null;
  }
  return null;
}

/** Reads backup text. Throws a BackupError saying what is wrong and where. */
export function parseBackup(text: string, currentSchemaVersion: number): Backup {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw toJsonError(text, error as Error);
  }
  if (!isObject(data) || data.format !== BACKUP_FORMAT) {
    throw new BackupError('This file is not a Rapport backup (it has no "format": "rapport-backup").');
  }
  if (data.version !== BACKUP_VERSION) {
    throw new BackupError(
      `This backup is format version ${String(data.version)}; this Rapport reads version ${BACKUP_VERSION}. Update Rapport, then restore.`,
    );
  }
  if (typeof data.schemaVersion !== 'number' || !Number.isInteger(data.schemaVersion) || data.schemaVersion < 1) {
    throw new BackupError('This backup does not say which database version it came from.');
  }
  if (data.schemaVersion > currentSchemaVersion) {
    throw new BackupError('This backup was made by a newer version of Rapport. Update Rapport, then restore.');
  }
  if (typeof data.exportedAt !== 'string' || Number.isNaN(Date.parse(data.exportedAt))) {
    throw new BackupError('This backup has no valid export date.');
  }
  if (!Array.isArray(data.contacts)) throw new BackupError('This backup has no list of contacts.');
  if (!isObject(data.meta)) throw new BackupError('This backup has no profile, settings and templates record ("meta").');

  const seen = new Set<string>();
  data.contacts.forEach((contact: unknown, index: number) => {
    // Located only for an error: finding a record's line scans the text from the start, so
    // doing it for every record would make reading grow with the square of the file.
    const fail = (message: string) => {
      const where = locate(text, `"contacts"`, index);
      return new BackupError(message, where?.line, where?.column);
    };
    const problem = getContactProblem(contact);
    if (problem) throw fail(`Contact ${index + 1} ${problem}.`);
    const id = (contact as Contact).id;
    if (seen.has(id)) throw fail(`Contact ${index + 1} (${id}) appears twice.`);
    seen.add(id);
  });
  for (const [key, value] of Object.entries(data.meta)) {
    const problem = getMetaProblem(key, value);
    if (problem) throw new BackupError(`In "meta", ${problem}.`);
  }
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: data.exportedAt,
    schemaVersion: data.schemaVersion,
    contacts: data.contacts as Contact[],
    meta: data.meta,
  };
}

/** JSON.parse says "position 1234" (V8) or "line 3 column 5" (SpiderMonkey): make it a line and column. */
function toJsonError(text: string, error: Error): BackupError {
  const message = 'This file is not valid JSON, so it can\u2019t be a whole Rapport backup (it may be cut short or edited).';
  const lineColumn = /line (\d+) column (\d+)/.exec(error.message);
  if (lineColumn) return new BackupError(message, Number(lineColumn[1]), Number(lineColumn[2]));
  const position = /position (\d+)/.exec(error.message);
  if (position) {
    const { line, column } = toLineColumn(text.replace(/^\uFEFF/, ''), Number(position[1]));
    return new BackupError(message, line, column);
  }
  // V8 says "Unexpected token 'x', …"context"… is not valid JSON", quoting ten characters
  // either side of the error (or the whole text when it is short).
  const token = /Unexpected token '(.+?)', (\.\.\.)?"(.*)"(\.\.\.)? is not valid JSON/s.exec(error.message);
  if (token) {
    const [, char, before, context] = token;
    const start = text.indexOf(context);
    const offset = before ? 10 : context.indexOf(char) === context.lastIndexOf(char) ? context.indexOf(char) : -1;
    if (start >= 0 && offset >= 0) {
      const { line, column } = toLineColumn(text, start + offset);
      return new BackupError(message, line, column);
    }
  }
  // V8 says "Unexpected end of JSON input" with no position: the end of the text.
  if (/end of (JSON )?input|unterminated|unexpected end/i.test(error.message)) {
    const { line, column } = toLineColumn(text, text.length);
    return new BackupError(message, line, column);
  }
  return new BackupError(message);
}

/** Best effort: the line of the n-th `"id"` after the contacts key, to point at a bad record. */
function locate(text: string, after: string, index: number): { line: number; column: number } | null {
  let at = text.indexOf(after);
  if (at < 0) return null;
  for (let i = 0; i <= index; i++) {
    at = text.indexOf('"id"', at + 1);
    if (at < 0) return null;
  }
  return toLineColumn(text, at);
}
