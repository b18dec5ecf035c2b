import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toCanonicalProfileUrl } from '../../../src/content/linkedin/pages';
import { parseContactsCsv } from '../../../src/formats/csv-import';
import { decodeCsvBytes } from '../../../src/formats/csv-text';
import { planImport } from '../../../src/formats/import-plan';
import type { Contact } from '../../../src/model';
import { makeContact } from '../db/fixtures';

const CONNECTIONS = parseContactsCsv(
  decodeCsvBytes(readFileSync(join(__dirname, '../../fixtures/exports/Connections.csv'))),
  toCanonicalProfileUrl,
);
const NOW = Date.UTC(2026, 10, 27, 9, 30);

const saved = (...contacts: Contact[]) => new Map(contacts.map((c) => [c.id, c]));

describe('the plan for an import', () => {
  it('adds new people at "saved", with where they came from and what the file knows', () => {
    const plan = planImport(CONNECTIONS, saved(), NOW);
    expect(plan.added.map((c) => c.name)).toEqual(['Maren Okafor', 'Ines Varga', 'Jörgen Bäck', 'Ana María Brandt Ruiz', 'Priya Raman']);
    const ines = plan.added[1];
    expect(ines).toMatchObject({
      stage: 'saved',
      email: 'ines.varga@example.org',
      organization: 'Kvarnby Design, AB',
      role: 'Service Designer',
      headline: '',
      missing: ['headline', 'location'],
    });
    expect(ines.sources.role).toEqual({ strategy: 'linkedin-export', derived: false });
    expect(ines.history).toEqual([{ at: NOW, kind: 'imported', detail: 'LinkedIn connections export (connected on 03 Jan 2025)' }]);
    expect(plan.preview.added[1]).toEqual({
      line: 6,
      name: 'Ines Varga',
      role: 'Service Designer',
      organization: 'Kvarnby Design, AB',
      profileUrl: ines.id,
    });
  });

  it('gives a new person from a sheet without a first-name column the first word of the name', () => {
    const parsed = parseContactsCsv('Name,URL\nDana Whit Moreau,https://www.linkedin.com/in/dana-whit\n', toCanonicalProfileUrl);
    const [dana] = planImport(parsed, saved(), NOW).added;
    expect(dana).toMatchObject({ name: 'Dana Whit Moreau', firstName: 'Dana' });
    expect(dana.sources.name).toEqual({ strategy: 'csv-import', derived: false });
    expect(dana.history[0].detail).toBe('CSV file');
  });

  it('updates what LinkedIn would show, never a field the user edited, and fills their own fields only where empty', () => {
    const ines = makeContact('ines-varga', { role: 'Typed by me', edited: ['role'], organization: 'Old Firm', leadSource: 'A panel' });
    const plan = planImport(CONNECTIONS, saved(ines), NOW);
    const [updated] = plan.updated;
    expect(updated).toMatchObject({
      role: 'Typed by me',
      organization: 'Kvarnby Design, AB',
      email: 'ines.varga@example.org',
      leadSource: 'A panel',
      stage: ines.stage,
    });
    expect(updated.notes).toEqual(ines.notes);
    expect(updated.history.slice(0, -1)).toEqual(ines.history);
    expect(updated.history.at(-1)).toEqual({
      at: NOW,
      kind: 'imported',
      detail: 'LinkedIn connections export: organization: “Old Firm” → “Kvarnby Design, AB”; email added',
    });
    expect(plan.preview.updated).toEqual([
      {
        line: 6,
        name: 'Ines Varga',
        role: 'Typed by me',
        organization: 'Kvarnby Design, AB',
        profileUrl: ines.id,
        changes: 'organization, email',
      },
    ]);
  });

  it('skips someone the file has nothing new about, among the file’s own skips in line order', () => {
    const maren = makeContact('maren-okafor', { role: 'Water Systems Engineer' });
    const plan = planImport(CONNECTIONS, saved(maren), NOW);
    expect(plan.updated).toEqual([]);
    expect(plan.skipped).toEqual([
      { line: 5, reason: 'already in Rapport, nothing new', label: 'Maren Okafor' },
      { line: 9, reason: 'no LinkedIn profile address', label: 'Tomasz Lee' },
    ]);
  });
});
