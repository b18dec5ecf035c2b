// What importing a file would do to the contacts already saved: pure, so the preview and
// the commit compute exactly the same plan (the commit recomputes it inside its transaction).
import type { CapturedField, Contact, ProfileCapture } from '../model';
import { CAPTURED_FIELDS } from '../model';
import { createContact, getCapturedStart, getNameKey, mergeCapture } from '../pipeline/contact';
import type { CsvKind, ImportRow, ParsedCsv, SkippedRow } from './csv-import';

/** A row of the preview table. */
export interface ImportPreviewRow {
  line: number;
  name: string;
  role: string;
  organization: string;
  profileUrl: string;
  /** For updates: what changes, e.g. "role, organization". */
  changes?: string;
}

export interface ImportCounts {
  added: number;
  updated: number;
  skipped: number;
}

/** The preview sent to the options page: counts, the first rows of each kind, every skip. */
export interface ImportPreview {
  kind: CsvKind;
  counts: ImportCounts;
  added: ImportPreviewRow[];
  updated: ImportPreviewRow[];
  skipped: SkippedRow[];
}

export interface ImportPlan {
  kind: CsvKind;
  added: Contact[];
  updated: Contact[];
  skipped: SkippedRow[];
  preview: { added: ImportPreviewRow[]; updated: ImportPreviewRow[] };
}

const SOURCE_LABEL: Record<CsvKind, string> = {
  'linkedin-connections': 'LinkedIn connections export',
  rapport: 'Rapport CSV',
  spreadsheet: 'CSV file',
};

function toCapture(row: ImportRow, kind: CsvKind, isNew: boolean): ProfileCapture {
  const value = (text: string) => (text === '' ? null : text);
  const capture: ProfileCapture = {
    profileUrl: row.profileUrl,
    name: row.name,
    firstName: value(row.firstName) ?? (isNew ? row.name.split(/\s+/)[0] : null),
    headline: value(row.headline),
    role: value(row.role),
    organization: value(row.organization),
    location: value(row.location),
    sources: {},
    missing: [],
  };
  for (const field of CAPTURED_FIELDS) {
    if (capture[field] === null) capture.missing.push(field);
    else capture.sources[field] = { strategy: kind === 'linkedin-connections' ? 'linkedin-export' : 'csv-import', derived: false };
  }
  return capture;
}

function toNewContact(row: ImportRow, kind: CsvKind, now: number): Contact {
  const detail = row.connectedOn ? `${SOURCE_LABEL[kind]} (connected on ${row.connectedOn})` : SOURCE_LABEL[kind];
  const start = {
    ...getCapturedStart(toCapture(row, kind, true)),
    email: row.email,
    leadSource: row.leadSource,
    why: row.why,
    notes: row.notes,
  };
  return createContact(start, { kind: 'imported', detail }, now);
}

/** An import refreshes what LinkedIn would show, never a field the user edited, and fills
 * the user's own fields (email, lead source, why, notes) only where they are empty. History,
 * stage, drafts, questions and meetings are kept as they are. Returns `existing` itself when
 * nothing changes. */
function mergeImportRow(existing: Contact, row: ImportRow, kind: CsvKind, now: number): Contact {
  let next = mergeCapture(existing, toCapture(row, kind, false), now);
  const filled: string[] = [];
  const fill = <K extends 'email' | 'leadSource' | 'why'>(field: K) => {
    if (!next[field] && row[field]) {
      if (next === existing) next = { ...existing };
      next[field] = row[field];
      filled.push(field);
    }
  };
  fill('email');
  fill('leadSource');
  fill('why');
  for (const key of ['person', 'organization', 'takeaways'] as const) {
    if (!next.notes[key] && row.notes[key]) {
      if (next === existing) next = { ...existing };
      next.notes = { ...next.notes, [key]: row.notes[key] };
      filled.push(`notes (${key})`);
    }
  }
  if (next === existing) return existing;
  // One history entry for this import, naming the file kind and what changed.
  const history = next.history === existing.history ? [...existing.history] : next.history.slice(0, -1);
  const captured = next.history === existing.history ? '' : (next.history[next.history.length - 1].detail ?? '');
  const detail = [captured, ...filled.map((field) => `${field} added`)].filter(Boolean).join('; ');
  return {
    ...next,
    nameKey: getNameKey(next.name),
    updatedAt: now,
    history: [...history, { at: now, kind: 'imported', detail: `${SOURCE_LABEL[kind]}: ${detail}` }],
  };
}

function toPreviewRow(contact: Contact, line: number, changes?: string): ImportPreviewRow {
  return {
    line,
    name: contact.name,
    role: contact.role,
    organization: contact.organization,
    profileUrl: contact.id,
    ...(changes ? { changes } : {}),
  };
}

function getChangedFields(before: Contact, after: Contact): string {
  const fields: (CapturedField | 'email' | 'leadSource' | 'why' | 'notes')[] = [...CAPTURED_FIELDS, 'email', 'leadSource', 'why', 'notes'];
  return fields.filter((field) => JSON.stringify(before[field]) !== JSON.stringify(after[field])).join(', ');
}

/** The plan for a parsed file against the contacts saved now (looked up by canonical URL). */
export function planImport(parsed: ParsedCsv, existing: ReadonlyMap<string, Contact>, now: number): ImportPlan {
  const plan: ImportPlan = { kind: parsed.kind, added: [], updated: [], skipped: [...parsed.skipped], preview: { added: [], updated: [] } };
  for (const row of parsed.rows) {
    const saved = existing.get(row.profileUrl);
    if (!saved) {
      const contact = toNewContact(row, parsed.kind, now);
      plan.added.push(contact);
      plan.preview.added.push(toPreviewRow(contact, row.line));
      continue;
    }
    const merged = mergeImportRow(saved, row, parsed.kind, now);
    if (merged === saved) {
      plan.skipped.push({ line: row.line, reason: 'already in Rapport, nothing new', label: row.name });
      continue;
    }
    plan.updated.push(merged);
    plan.preview.updated.push(toPreviewRow(merged, row.line, getChangedFields(saved, merged)));
  }
  plan.skipped.sort((a, b) => a.line - b.line);
  return plan;
}
