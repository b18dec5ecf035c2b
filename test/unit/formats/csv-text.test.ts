import { describe, expect, it } from 'vitest';
import { CsvError, decodeCsvBytes, findCsvHeader } from '../../../src/formats/csv-text';

const header = 'First Name,Last Name,URL,Email Address,Company,Position,Connected On\n';
const row = 'Åsa,Öberg,https://www.linkedin.com/in/asa-oberg,,Göta Älv AB,Ingenjör,01 Jan 2024\n';

describe('reading bytes as text', () => {
  it('reads UTF-16 with a byte-order mark and Latin-1 (Windows-1252) bytes', () => {
    const text = header + row;
    const utf16 = new Uint8Array(2 + text.length * 2);
    utf16.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) utf16[2 + i * 2] = text.charCodeAt(i);
    expect(decodeCsvBytes(utf16)).toBe(text);
    const latin1 = Uint8Array.from(text, (ch) => ch.charCodeAt(0));
    expect(decodeCsvBytes(latin1)).toBe(text);
  });

  it('drops a UTF-8 byte-order mark', () => {
    expect(decodeCsvBytes(new TextEncoder().encode(`\uFEFF${header}`))).toBe(header);
  });

  it('refuses binary data and says where', () => {
    const bytes = new TextEncoder().encode(`${header}A,B,\u0000junk`);
    expect(() => decodeCsvBytes(bytes)).toThrow(/^Line 2, column 5: This file is not a text CSV file/);
  });

  it('refuses a file over 20 MB before reading it', () => {
    expect(() => decodeCsvBytes(new Uint8Array(20 * 1024 * 1024 + 1))).toThrow(
      /^This file is 20\.0 MB; Rapport imports files up to 20 MB\./,
    );
  });
});

describe('reading text as rows', () => {
  const hasUrl = (cells: string[]) => (cells.includes('URL') ? cells.indexOf('URL') : null);

  it.each(['\n', '\r\n', '\r'])(
    'gives each row the line it starts on, blank lines and a quoted cell with line breaks included (%j)',
    (nl) => {
      const text = ['Name,URL', 'Bo,"one', 'two"', 'Cy,x', '', '', 'Di,y', ''].join(nl);
      expect(findCsvHeader(text, hasUrl)!.rows).toEqual([
        { cells: ['Name', 'URL'], line: 1 },
        { cells: ['Bo', `one${nl}two`], line: 2 },
        { cells: ['Cy', 'x'], line: 4 },
        { cells: [''], line: 5 },
        { cells: [''], line: 6 },
        { cells: ['Di', 'y'], line: 7 },
        { cells: [''], line: 8 },
      ]);
    },
  );

  it('refuses a quote inside a cell that is not quoted as a whole, with its line and column', () => {
    expect(() => findCsvHeader('Name,URL,z\na,"b"c,d\n', hasUrl)).toThrow(CsvError);
    expect(() => findCsvHeader('Name,URL,z\na,"b"c,d\n', hasUrl)).toThrow(
      /^Line 2, column 3: a quote \("\) stands where a cell can’t have one/,
    );
  });
});

describe('finding the header', () => {
  const isHeader = (cells: string[]) => (cells.includes('URL') ? cells.indexOf('URL') : null);

  it('finds it after lines of notes, and says which row it is', () => {
    const found = findCsvHeader(`Notes:\n"A paragraph, with commas"\n\n${header}${row}`, isHeader);
    expect(found).toMatchObject({ headerIndex: 3, columns: 2 });
    expect(found!.rows[4]).toEqual({ cells: row.trim().split(','), line: 5 });
  });

  it('tries semicolons and tabs when commas give no header', () => {
    expect(findCsvHeader('Name;URL\nDana;x\n', isHeader)).toMatchObject({ headerIndex: 0, columns: 1 });
    expect(findCsvHeader('Name\tURL\nDana\tx\n', isHeader)).toMatchObject({ headerIndex: 0, columns: 1 });
  });

  it('is null when the first 20 rows hold no header', () => {
    expect(findCsvHeader(`${'a,b\n'.repeat(20)}Name,URL\n`, isHeader)).toBeNull();
    expect(findCsvHeader(`${'a,b\n'.repeat(19)}Name,URL\n`, isHeader)).toMatchObject({ headerIndex: 19 });
  });
});
