import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { fromSafeCell, getCsvFileName, toContactsCsv } from '../../../src/formats/csv-export';
import { makeContact } from '../db/fixtures';

describe('CSV export', () => {
  it('is UTF-8 with a byte-order mark, CRLF lines, RFC 4180 quoting', () => {
    const csv = toContactsCsv([makeContact('ines-varga', { organization: 'Kvarnby Design, AB', why: 'Said "hello"\non a panel' })]);
    expect(csv.startsWith('\uFEFFName,First Name,Role,Organization,Headline,Location,Email,Profile URL,Stage,')).toBe(true);
    expect(csv).toContain('"Kvarnby Design, AB"');
    expect(csv).toContain('"Said ""hello""\non a panel"');
    expect(csv.split('\r\n')).toHaveLength(2);
    const bytes = new TextEncoder().encode(csv);
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });

  it.each([
    ['=HYPERLINK("http://evil.example","x")', `'=HYPERLINK("http://evil.example","x")`],
    ['+46 70 123 45 67', `'+46 70 123 45 67`],
    ['-2+3', `'-2+3`],
    ['@SUM(A1)', `'@SUM(A1)`],
    ['\tcmd', `'\tcmd`],
    ['\rcmd', `'\rcmd`],
    ["'=already", "''=already"],
    ['Head of Grid = Planning', 'Head of Grid = Planning'],
    ["O'Neil", "O'Neil"],
  ])('makes a formula cell inert: %j → %j', (value, safe) => {
    const csv = toContactsCsv([makeContact('maren-okafor', { headline: value })]);
    const [, row] = Papa.parse<string[]>(csv.slice(1)).data;
    expect(row[4]).toBe(safe);
    expect(fromSafeCell(row[4])).toBe(value);
    expect(row.every((cell) => !/^[=+\-@\t\r]/.test(cell))).toBe(true);
  });

  it('is named for the day it was made', () => {
    expect(getCsvFileName(Date.UTC(2026, 10, 27, 9, 30))).toBe('rapport-contacts-2026-11-27.csv');
  });
});
