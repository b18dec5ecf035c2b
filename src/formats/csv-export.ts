// Rapport's own CSV: one row per person, for a spreadsheet. RFC 4180 through papaparse,
// UTF-8 with a byte-order mark so Excel reads accents, and every cell that a spreadsheet
// would run as a formula made inert (csv-import.ts undoes that when Rapport reads its own file).
import Papa from 'papaparse';
import type { Contact } from '../model';

/** Rapport's own columns, in order. Import recognizes these headers too. */
const EXPORT_COLUMNS: { header: string; get: (c: Contact) => string }[] = [
  { header: 'Name', get: (c) => c.name },
  { header: 'First Name', get: (c) => c.firstName },
  { header: 'Role', get: (c) => c.role },
  { header: 'Organization', get: (c) => c.organization },
  { header: 'Headline', get: (c) => c.headline },
  { header: 'Location', get: (c) => c.location },
  { header: 'Email', get: (c) => c.email },
  { header: 'Profile URL', get: (c) => c.profileUrl || c.id },
  { header: 'Stage', get: (c) => c.stage },
  { header: 'Lead Source', get: (c) => c.leadSource },
  { header: 'Why', get: (c) => c.why },
  { header: 'Referred By', get: (c) => c.referrerId ?? '' },
  { header: 'Meeting', get: (c) => (c.meeting ? new Date(c.meeting.start).toISOString() : '') },
  { header: 'Notes on Person', get: (c) => c.notes.person },
  { header: 'Notes on Organization', get: (c) => c.notes.organization },
  { header: 'Takeaways', get: (c) => c.notes.takeaways },
  { header: 'Saved', get: (c) => new Date(c.createdAt).toISOString() },
  { header: 'Updated', get: (c) => new Date(c.updatedAt).toISOString() },
];

const FORMULA_START = /^[=+\-@\t\r]/;

/** A cell a spreadsheet would evaluate (=, +, -, @, tab, carriage return first) gets a
 * leading apostrophe, so "=HYPERLINK(…)" in a headline stays text. A cell that already
 * starts with an apostrophe before such a character gets one more, so import can undo it. */
function toSafeCell(value: string): string {
  return FORMULA_START.test(value) || /^'+[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

export function fromSafeCell(value: string): string {
  return /^'+[=+\-@\t\r]/.test(value) ? value.slice(1) : value;
}

/** Contacts as CSV text (CRLF lines), starting with a byte-order mark. */
export function toContactsCsv(contacts: Contact[]): string {
  const rows = contacts.map((contact) => EXPORT_COLUMNS.map(({ get }) => toSafeCell(get(contact))));
  return `\uFEFF${Papa.unparse({ fields: EXPORT_COLUMNS.map((c) => c.header), data: rows }, { newline: '\r\n' })}`;
}

export function getCsvFileName(now: number): string {
  return `rapport-contacts-${new Date(now).toISOString().slice(0, 10)}.csv`;
}
