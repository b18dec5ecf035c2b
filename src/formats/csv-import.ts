// Which columns of a CSV file mean what, and its rows as people to import: LinkedIn's
// Connections.csv (notes before the header), Rapport's own export, or any sheet with a name
// and a profile-address column. A row that can't be imported is skipped with its line and why.
import { fromSafeCell } from './csv-export';
import { assertCsvText, CsvError, findCsvHeader } from './csv-text';

/** A function that turns any LinkedIn profile address into the one key for that person,
 * or null when it is not a profile address (src/content/linkedin/pages.ts, passed in so
 * file formats do not depend on the content script). */
export type Canonicalize = (url: string) => string | null;

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

function getLengthLimit(field: ImportField): number {
  return field.startsWith('notes') || field === 'takeaways' || field === 'why' ? MAX_NOTE : MAX_FIELD;
}

function normalizeHeader(cell: string): string {
  return cell
    .replace(/^\uFEFF/, '')
    .trim()
    .toLowerCase()
    .replace(/\s+/g, ' ');
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

/** LinkedIn's export has "Connected On" beside the first name; Rapport's own has a profile
 * address and a stage (csv-export.ts); anything else is someone's sheet. */
function getCsvKind(columns: Partial<Record<ImportField, number>>, header: string[]): CsvKind {
  if (columns.connectedOn !== undefined && columns.firstName !== undefined) return 'linkedin-connections';
  return header.includes('profile url') && header.includes('stage') ? 'rapport' : 'spreadsheet';
}

/** Reads CSV text into people to import and rows to skip (each with its line and why). Throws
 * a CsvError, with line and column, when the file as a whole can't be read. */
export function parseContactsCsv(text: string, canonicalize: Canonicalize): ParsedCsv {
  assertCsvText(text); // the page decoded it, but the background trusts no text it is sent
  const found = findCsvHeader(text, toColumnMap);
  if (!found) {
    throw new CsvError(
      'No header row found. Rapport reads LinkedIn\u2019s Connections.csv, its own CSV export, or a sheet with columns such as "First Name", "Last Name" and "URL" (the LinkedIn profile address).',
      1,
      1,
    );
  }
  const { rows, headerIndex, columns } = found;
  const header = rows[headerIndex].cells.map(normalizeHeader);
  const kind = getCsvKind(columns, header);
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
    const tooLong = (Object.keys(columns) as ImportField[]).find((field) => read(cells, field).length > getLengthLimit(field));
    if (tooLong) {
      skip(
        `the ${rows[headerIndex].cells[columns[tooLong]!].trim()} cell is too long to be real (over ${getLengthLimit(tooLong).toLocaleString('en-US')} characters)`,
      );
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
