// Contacts as CSV, both ways. Export: RFC 4180 through papaparse, UTF-8 with a byte-order
// mark so Excel reads accents, every cell that a spreadsheet would run as a formula made
// inert. Import: LinkedIn's Connections.csv (notes before the header), Rapport's own export,
// or any sheet with a name and a profile-URL column. Pure: no IndexedDB, no browser API.
import Papa from 'papaparse';
import type { Contact } from '../model';
import { toLineColumn } from './backup';

/** A function that turns any LinkedIn profile address into the one key for that person,
 * or null when it is not a profile address (src/content/linkedin/pages.ts, passed in so
 * storage does not depend on the content script). */
export type Canonicalize = (url: string) => string | null;

// ---------------------------------------------------------------------------------------
// Export

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
export function toSafeCell(value: string): string {
  return FORMULA_START.test(value) || /^'+[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

export function fromSafeCell(value: string): string {
  return /^'+[=+\-@\t\r]/.test(value) ? value.slice(1) : value;
}

/** Contacts as CSV text (CRLF lines), starting with a byte-order mark. */
export function toContactsCsv(contacts: Contact[]): string {
  const rows = contacts.map((contact) => EXPORT_COLUMNS.map(({ get }) => toSafeCell(get(contact))));
  return '\uFEFF' + Papa.unparse({ fields: EXPORT_COLUMNS.map((c) => c.header), data: rows }, { newline: '\r\n' });
}

export function getCsvFileName(now: number): string {
  return `rapport-contacts-${new Date(now).toISOString().slice(0, 10)}.csv`;
}

// ---------------------------------------------------------------------------------------
// Reading bytes

/** A file that can't be read as text, with where. */
export class CsvError extends Error {
  constructor(
    message: string,
    readonly line?: number,
    readonly column?: number,
  ) {
    super(line ? `Line ${line}, column ${column ?? 1}: ${message}` : message);
    this.name = 'CsvError';
  }
}

export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

/**
 * Bytes of a CSV file as text. UTF-8 (with or without a byte-order mark) and UTF-16 with a
 * byte-order mark are read as such; bytes that are not valid UTF-8 are read as Windows-1252,
 * which is what Excel on Windows writes as "CSV". Binary data is refused.
 */
export function decodeCsvBytes(bytes: Uint8Array): string {
  if (bytes.length > MAX_IMPORT_BYTES) {
    throw new CsvError(`This file is ${(bytes.length / 1048576).toFixed(1)} MB; Rapport imports files up to 20 MB.`);
  }
  let text: string;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) text = new TextDecoder('utf-16le').decode(bytes.subarray(2));
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) text = new TextDecoder('utf-16be').decode(bytes.subarray(2));
  else {
    const zero = bytes.indexOf(0);
    if (zero >= 0) {
      throw new CsvError('This file is not a text CSV file (it holds binary data, or UTF-16 text without a byte-order mark). Save it as "CSV UTF-8" and try again.', ...at(bytes, zero));
    }
    try {
      text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    } catch {
      text = new TextDecoder('windows-1252').decode(bytes);
    }
  }
  text = text.replace(/^\uFEFF/, '');
  assertText(text);
  return text;
}

/** Control characters other than tab and line breaks mean the bytes were not text. */
function assertText(text: string): void {
  const control = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFD]/.exec(text);
  if (control) {
    const { line, column } = toLineColumn(text, control.index);
    throw new CsvError('This file holds characters that are not text; it may be damaged or not a CSV file.', line, column);
  }
}

function at(bytes: Uint8Array, index: number): [number, number] {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < index; i++) {
    if (bytes[i] === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  return [line, index - lineStart + 1];
}

// ---------------------------------------------------------------------------------------
// Parsing

/** The fields import understands, and the headers that name them (lower-case). */
type ImportField =
  | 'name'
  | 'firstName'
  | 'lastName'
  | 'profileUrl'
  | 'email'
  | 'organization'
  | 'role'
  | 'headline'
  | 'location'
  | 'leadSource'
  | 'why'
  | 'connectedOn'
  | 'notesPerson'
  | 'notesOrganization'
  | 'takeaways';

const HEADER_ALIASES: Record<ImportField, string[]> = {
  name: ['name', 'full name'],
  firstName: ['first name', 'firstname', 'given name'],
  lastName: ['last name', 'lastname', 'surname', 'family name'],
  profileUrl: ['url', 'profile url', 'linkedin url', 'linkedin profile', 'linkedin', 'profile'],
  email: ['email address', 'email', 'e-mail', 'e-mail address'],
  organization: ['company', 'organization', 'organisation', 'employer'],
  role: ['position', 'role', 'title', 'job title'],
  headline: ['headline'],
  location: ['location'],
  leadSource: ['lead source', 'source'],
  why: ['why'],
  connectedOn: ['connected on'],
  notesPerson: ['notes on person', 'notes'],
  notesOrganization: ['notes on organization'],
  takeaways: ['takeaways'],
};

/** One person read from a file. Text fields are trimmed; empty means "not in the file". */
export interface ImportRow {
  line: number;
  profileUrl: string; // canonical
  name: string;
  /** Empty when the file has no first-name column (a new contact then takes the name's first word). */
  firstName: string;
  email: string;
  organization: string;
  role: string;
  headline: string;
  location: string;
  leadSource: string;
  why: string;
  connectedOn: string;
  notes: { person: string; organization: string; takeaways: string };
}

export interface SkippedRow {
  line: number;
  reason: string;
  /** The person's name or the row's first cells, to recognize it by. */
  label: string;
}

export type CsvKind = 'linkedin-connections' | 'rapport' | 'spreadsheet';

export interface ParsedCsv {
  kind: CsvKind;
  rows: ImportRow[];
  skipped: SkippedRow[];
}

/** Longest value kept for a field from a file; notes may be longer than page fields. */
const MAX_FIELD = 2000;
const MAX_NOTE = 20000;
/** LinkedIn puts a few lines of notes before the header; look this far for it. */
const HEADER_SEARCH_ROWS = 20;

function normalizeHeader(cell: string): string {
  return cell.replace(/^\uFEFF/, '').trim().toLowerCase().replace(/\s+/g, ' ');
}

/** Which column holds which field, or null when this row is not a header we understand. */
function toColumnMap(cells: string[]): Partial<Record<ImportField, number>> | null {
  const map: Partial<Record<ImportField, number>> = {};
  cells.forEach((cell, index) => {
    const header = normalizeHeader(cell);
    for (const [field, aliases] of Object.entries(HEADER_ALIASES) as [ImportField, string[]][]) {
      if (map[field] === undefined && aliases.includes(header)) map[field] = index;
    }
  });
  const hasName = map.name !== undefined || map.firstName !== undefined;
  return hasName && map.profileUrl !== undefined ? map : null;
}

interface RawRow {
  cells: string[];
  line: number;
}

/** Rows of the text with the line each starts on. Throws a CsvError on broken quoting. */
function toRawRows(text: string, delimiter: string): RawRow[] {
  const rows: RawRow[] = [];
  let start = 0;
  let failure: CsvError | null = null;
  // Line numbers from character offsets: count line breaks incrementally as rows go by.
  let line = 1;
  let counted = 0;
  const lineAt = (offset: number) => {
    for (; counted < offset; counted++) {
      const ch = text.charCodeAt(counted);
      if (ch === 10 || (ch === 13 && text.charCodeAt(counted + 1) !== 10)) line++;
    }
    return line;
  };
  Papa.parse<string[]>(text, {
    delimiter,
    skipEmptyLines: false,
    step(result, parser) {
      const error = result.errors.find((e) => e.type === 'Quotes');
      if (error) {
        // papaparse's index is one past the opening quote of the broken cell.
        const offset = typeof error.index === 'number' ? Math.max(0, error.index - 1) : start;
        const { line: errorLine, column } = toLineColumn(text, offset);
        failure = new CsvError(
          error.code === 'MissingQuotes'
            ? 'a quoted cell is never closed (a " is missing), so the rest of the file can\u2019t be read.'
            : 'a quote (") stands where a cell can\u2019t have one; put the whole cell in quotes and double the quotes inside it.',
          errorLine,
          column,
        );
        parser.abort();
        return;
      }
      rows.push({ cells: result.data, line: lineAt(start) });
      start = result.meta.cursor;
      // Skip the line break that ended this row.
      if (text[start] === '\r') start++;
      if (text[start] === '\n') start++;
    },
  });
  if (failure) throw failure;
  return rows;
}

function findHeader(text: string): { rows: RawRow[]; headerIndex: number; columns: Partial<Record<ImportField, number>> } {
  for (const delimiter of [',', ';', '\t']) {
    // Find the header in the first lines before reading a possibly huge file with this delimiter.
    const head = text.split(/\r\n|\n|\r/, HEADER_SEARCH_ROWS * 4).join('\n');
    if (!head.includes(delimiter)) continue;
    const rows = toRawRows(text, delimiter);
    const limit = Math.min(rows.length, HEADER_SEARCH_ROWS);
    for (let i = 0; i < limit; i++) {
      const columns = toColumnMap(rows[i].cells);
      if (columns) return { rows, headerIndex: i, columns };
    }
  }
  throw new CsvError(
    'No header row found. Rapport reads LinkedIn\u2019s Connections.csv, its own CSV export, or a sheet with columns such as "First Name", "Last Name" and "URL" (the LinkedIn profile address).',
    1,
    1,
  );
}

/** Reads CSV text into people to import and rows to skip (each with its line and why). Throws
 * a CsvError, with line and column, when the file as a whole can't be read. */
export function parseContactsCsv(text: string, canonicalize: Canonicalize): ParsedCsv {
  if (text.length > MAX_IMPORT_BYTES) throw new CsvError('This file is too large; Rapport imports files up to 20 MB.');
  assertText(text); // the page decoded it, but the background trusts no text it is sent
  const { rows, headerIndex, columns } = findHeader(text);
  const header = rows[headerIndex].cells.map(normalizeHeader);
  const kind: CsvKind =
    columns.connectedOn !== undefined && columns.firstName !== undefined
      ? 'linkedin-connections'
      : header.includes('profile url') && header.includes('stage')
        ? 'rapport'
        : 'spreadsheet';
  const read = (cells: string[], field: ImportField): string => {
    const index = columns[field];
    if (index === undefined) return '';
    const raw = (cells[index] ?? '').trim();
    return kind === 'rapport' ? fromSafeCell(raw) : raw;
  };

  const parsed: ParsedCsv = { kind, rows: [], skipped: [] };
  const seen = new Map<string, number>();
  for (const { cells, line } of rows.slice(headerIndex + 1)) {
    if (cells.every((cell) => cell.trim() === '')) continue; // blank line
    const first = read(cells, 'firstName');
    const last = read(cells, 'lastName');
    const name = read(cells, 'name') || [first, last].filter(Boolean).join(' ');
    const label = name || cells.slice(0, 3).join(', ').slice(0, 80);
    const skip = (reason: string) => parsed.skipped.push({ line, reason, label });

    if (cells.length !== header.length) {
      skip(`has ${cells.length} cell${cells.length === 1 ? '' : 's'}; the header has ${header.length}`);
      continue;
    }
    const rawUrl = read(cells, 'profileUrl');
    if (!rawUrl) {
      skip('no LinkedIn profile address');
      continue;
    }
    const profileUrl = canonicalize(rawUrl);
    if (!profileUrl) {
      skip(`not a LinkedIn profile address: ${rawUrl.slice(0, 80)}`);
      continue;
    }
    if (!name) {
      skip('no name');
      continue;
    }
    const row: ImportRow = {
      line,
      profileUrl,
      name,
      firstName: first,
      email: read(cells, 'email'),
      organization: read(cells, 'organization'),
      role: read(cells, 'role'),
      headline: read(cells, 'headline'),
      location: read(cells, 'location'),
      leadSource: read(cells, 'leadSource'),
      why: read(cells, 'why'),
      connectedOn: read(cells, 'connectedOn'),
      notes: { person: read(cells, 'notesPerson'), organization: read(cells, 'notesOrganization'), takeaways: read(cells, 'takeaways') },
    };
    const tooLong = (Object.keys(columns) as ImportField[]).find((field) => {
      const limit = field.startsWith('notes') || field === 'takeaways' || field === 'why' ? MAX_NOTE : MAX_FIELD;
      return read(cells, field).length > limit;
    });
    if (tooLong) {
      skip(`the ${rows[headerIndex].cells[columns[tooLong]!].trim()} cell is too long to be real (over ${tooLong.startsWith('notes') || tooLong === 'takeaways' || tooLong === 'why' ? '20,000' : '2,000'} characters)`);
      continue;
    }
    const earlier = seen.get(profileUrl);
    if (earlier !== undefined) {
      skip(`the same person as line ${earlier}`);
      continue;
    }
    seen.set(profileUrl, line);
    parsed.rows.push(row);
  }
  return parsed;
}
