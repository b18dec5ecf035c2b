// Reading a CSV file: its bytes as text, whatever a spreadsheet saved it as, and the text as
// rows of cells with the line each starts on, the delimiter found from the header. What the
// columns mean is csv-import.ts's business.
import Papa from 'papaparse';
import { FileError, toLineColumn } from './line-column';

/** A file that can't be read as CSV text, with where. */
export class CsvError extends FileError {
  name = 'CsvError';
}

const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

/** LinkedIn puts a few lines of notes before the header; look this far for it. */
const HEADER_SEARCH_ROWS = 20;

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
      throw new CsvError(
        'This file is not a text CSV file (it holds binary data, or UTF-16 text without a byte-order mark). Save it as "CSV UTF-8" and try again.',
        ...at(bytes, zero),
      );
    }
    try {
      text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    } catch {
      text = new TextDecoder('windows-1252').decode(bytes);
    }
  }
  text = text.replace(/^\uFEFF/, '');
  assertCsvText(text);
  return text;
}

/** Refuses text too large to import, and text with control characters other than tab and
 * line breaks: the bytes were not text. */
export function assertCsvText(text: string): void {
  if (text.length > MAX_IMPORT_BYTES) throw new CsvError('This file is too large; Rapport imports files up to 20 MB.');
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
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

interface CsvRow {
  cells: string[];
  /** The line the row starts on (a quoted cell may hold line breaks). */
  line: number;
}

/** Rows of the text with the line each starts on. Throws a CsvError on broken quoting. */
function readCsvRows(text: string, delimiter: string): CsvRow[] {
  const rows: CsvRow[] = [];
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
      start = result.meta.cursor; // past the line break that ended this row
    },
  });
  if (failure) throw failure;
  return rows;
}

/** The file's rows and which of its first rows is the header: the first that `toColumns`
 * understands, with comma, semicolon or tab as the delimiter (tried in that order). Null
 * when none of them gives a header. */
export function findCsvHeader<Columns>(
  text: string,
  toColumns: (cells: string[]) => Columns | null,
): { rows: CsvRow[]; headerIndex: number; columns: Columns } | null {
  for (const delimiter of [',', ';', '\t']) {
    // Find the header in the first lines before reading a possibly huge file with this delimiter.
    const head = text.split(/\r\n|\n|\r/, HEADER_SEARCH_ROWS * 4).join('\n');
    if (!head.includes(delimiter)) continue;
    const rows = readCsvRows(text, delimiter);
    const limit = Math.min(rows.length, HEADER_SEARCH_ROWS);
    for (let i = 0; i < limit; i++) {
      const columns = toColumns(rows[i].cells);
      if (columns) return { rows, headerIndex: i, columns };
    }
  }
  return null;
}
