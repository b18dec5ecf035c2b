import { describe, expect, it } from 'vitest';
import { toCanonicalProfileUrl } from '../../../src/content/linkedin/pages';
import { toContactsCsv } from '../../../src/formats/csv-export';
import { parseContactsCsv } from '../../../src/formats/csv-import';
import { CsvError, decodeCsvBytes } from '../../../src/formats/csv-text';
import { makeContact } from '../db/fixtures';

const header = 'First Name,Last Name,URL,Email Address,Company,Position,Connected On\n';
const row = 'Åsa,Öberg,https://www.linkedin.com/in/asa-oberg,,Göta Älv AB,Ingenjör,01 Jan 2024\n';

describe('reading people from a CSV file', () => {
  it('reads Rapport’s own export back as it was written, formula cells and all', () => {
    const people = [
      makeContact('maren-okafor', { headline: '=1+1', email: 'maren@example.org' }),
      makeContact('j%C3%B6rgen-b%C3%A4ck', { name: 'Jörgen Bäck', firstName: 'Jörgen', organization: 'Norrsken, "Energi"' }),
    ];
    const parsed = parseContactsCsv(decodeCsvBytes(new TextEncoder().encode(toContactsCsv(people))), toCanonicalProfileUrl);
    expect(parsed.kind).toBe('rapport');
    expect(parsed.skipped).toEqual([]);
    expect(
      parsed.rows.map(({ profileUrl, name, firstName, headline, organization, email, why, notes }) => ({
        profileUrl,
        name,
        firstName,
        headline,
        organization,
        email,
        why,
        notes,
      })),
    ).toEqual(
      people.map(({ id, name, firstName, headline, organization, email, why, notes }) => ({
        profileUrl: id,
        name,
        firstName,
        headline,
        organization,
        email,
        why,
        notes,
      })),
    );
  });

  it('reads a Latin-1 (Windows-1252) file', () => {
    const latin1 = Uint8Array.from(header + row, (ch) => ch.charCodeAt(0));
    expect(parseContactsCsv(decodeCsvBytes(latin1), toCanonicalProfileUrl).rows[0]).toMatchObject({
      name: 'Åsa Öberg',
      organization: 'Göta Älv AB',
    });
  });

  it('refuses a quoted cell that is never closed, with its line and column', () => {
    const text = `${header}${row}Bo,Ek,https://www.linkedin.com/in/bo-ek,,"Acme,CTO,01 Jan 2024\nCy,Ng,https://www.linkedin.com/in/cy-ng,,X,Y,Z\n`;
    expect(() => parseContactsCsv(text, toCanonicalProfileUrl)).toThrow(CsvError);
    expect(() => parseContactsCsv(text, toCanonicalProfileUrl)).toThrow(/^Line 3, column 42: a quoted cell is never closed/);
  });

  it('refuses a file without a header it understands', () => {
    expect(() => parseContactsCsv('Vorname,Nachname,Firma\nA,B,C\n', toCanonicalProfileUrl)).toThrow(
      /^Line 1, column 1: No header row found/,
    );
  });

  it('refuses text with control characters, even when it did not come from a file the page decoded', () => {
    expect(() => parseContactsCsv(`${header}A,B\u0007,C\n`, toCanonicalProfileUrl)).toThrow(
      /^Line 2, column 4: This file holds characters that are not text/,
    );
  });

  it('skips rows with the wrong number of cells, addresses that are not profiles, repeats and absurd lengths', () => {
    const text =
      header +
      row +
      'Bo,Ek,https://www.linkedin.com/in/bo-ek,,Acme, Inc.,CTO,01 Jan 2024\n' +
      'Cy,Ng,https://www.linkedin.com/company/acme/,,Acme,CTO,01 Jan 2024\n' +
      'Åsa,Öberg,https://se.linkedin.com/in/ASA-OBERG/,,Göta Älv AB,Ingenjör,01 Jan 2024\n' +
      `Di,Fox,https://www.linkedin.com/in/di-fox,,${'x'.repeat(3000)},CTO,01 Jan 2024\n` +
      ',,https://www.linkedin.com/in/no-name,,Acme,CTO,01 Jan 2024\n' +
      'Ed,Ng,https://www.linkedin.com/in/ed-ng,,Acme,CTO\n';
    const parsed = parseContactsCsv(text, toCanonicalProfileUrl);
    expect(parsed.rows.map((r) => r.name)).toEqual(['Åsa Öberg']);
    expect(parsed.skipped.map(({ line, reason }) => `${line}: ${reason}`)).toEqual([
      '3: has 8 cells; the header has 7',
      '4: not a LinkedIn profile address: https://www.linkedin.com/company/acme/',
      '5: the same person as line 2',
      '6: the Company cell is too long to be real (over 2,000 characters)',
      '7: no name',
      '8: has 6 cells; the header has 7',
    ]);
  });

  it('allows notes ten times longer than other cells', () => {
    const text = `Name,URL,Notes\nBo Ek,https://www.linkedin.com/in/bo-ek,${'n'.repeat(19_000)}\nCy Ng,https://www.linkedin.com/in/cy-ng,${'n'.repeat(20_001)}\n`;
    const parsed = parseContactsCsv(text, toCanonicalProfileUrl);
    expect(parsed.rows.map((r) => [r.name, r.notes.person.length])).toEqual([['Bo Ek', 19_000]]);
    expect(parsed.skipped.map((r) => r.reason)).toEqual(['the Notes cell is too long to be real (over 20,000 characters)']);
  });

  it('reads a semicolon-separated sheet with a "Name" and "LinkedIn" column', () => {
    const parsed = parseContactsCsv('Name;LinkedIn;Company\nDana Whit;https://linkedin.com/in/dana-whit;Fjord\n', toCanonicalProfileUrl);
    expect(parsed.kind).toBe('spreadsheet');
    expect(parsed.rows).toMatchObject([
      { name: 'Dana Whit', firstName: '', profileUrl: 'https://www.linkedin.com/in/dana-whit/', organization: 'Fjord' },
    ]);
  });
});
