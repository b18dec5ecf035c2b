// The popup's search (popup/search.ts): every word typed must appear somewhere in the person's
// name, organization, role, headline or notes, in any case and any order; the stage filter
// narrows the same list. The index over everyone must answer exactly as looking through each.
import { describe, expect, it } from 'vitest';
import { toPersonSummary, type PersonSummary } from '../../../src/db/summary';
import { matchRows, SearchIndex } from '../../../popup/search';
import { DEFAULT_SETTINGS, type Stage } from '../../../src/model';
import { makeContact } from '../db/fixtures';

const noNotes = { person: '', organization: '', takeaways: '' };
const rows = [
  makeContact('maren-visser', { name: 'Maren Visser', role: 'Hydrologist', organization: 'Bluefen', stage: 'saved', notes: noNotes }),
  makeContact('ivan-petrenko', {
    name: 'Иван Петренко',
    role: 'Policy Analyst',
    organization: 'Lumen Öppna Data',
    stage: 'met',
    notes: noNotes,
  }),
  makeContact('noor-haddad', {
    name: 'نور حداد',
    role: 'Data Scientist',
    organization: 'Bluefen',
    stage: 'met',
    notes: { person: 'Asked about satellite rainfall', organization: '', takeaways: '' },
  }),
].map((contact) => toPersonSummary(contact, DEFAULT_SETTINGS, 'UTC'));
const names = (found: PersonSummary[]) => found.map((row) => row.name);

const searches: [string, (query: string, stage: Stage | '') => PersonSummary[]][] = [
  ['looking through each', (query, stage) => matchRows(rows, query, stage)],
  ['the index', (query, stage) => new SearchIndex(rows).match(query, stage)],
];

describe.each(searches)('search, %s', (_, search) => {
  it('gives back the list itself when nothing narrows it', () => {
    expect(search('', '')).toBe(rows);
    expect(search('   ', '')).toBe(rows);
  });

  it('finds every word in any field, any case, any order', () => {
    expect(names(search('BLUEFEN', ''))).toEqual(['Maren Visser', 'نور حداد']);
    expect(names(search('rainfall  bluefen', ''))).toEqual(['نور حداد']);
    expect(names(search('иван', ''))).toEqual(['Иван Петренко']);
    expect(names(search('öppna analyst', ''))).toEqual(['Иван Петренко']);
    expect(names(search('bluefen petrenko', ''))).toEqual([]);
    expect(names(search('ö', ''))).toEqual(['Иван Петренко']);
    expect(names(search('ح', ''))).toEqual(['نور حداد']);
    expect(names(search('q', ''))).toEqual([]);
  });

  it('narrows by stage, alone or with words', () => {
    expect(names(search('', 'met'))).toEqual(['Иван Петренко', 'نور حداد']);
    expect(names(search('bluefen', 'met'))).toEqual(['نور حداد']);
    expect(names(search('visser', 'met'))).toEqual([]);
  });
});

describe('the search index', () => {
  it('answers as looking through each does, for 1,000 generated people and 2,000 queries', () => {
    // A small alphabet so that words match often, partly and across fields; rows over several
    // 32-row words of the index, and one not filling the last.
    let seed = 7;
    const random = () => {
      seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)];
    const letters = ['a', 'A', 'b', 'c', 'ä', 'Ä', 'ж', 'Ж', 'ا', ' ', '-', '中'];
    const text = (n: number) => Array.from({ length: n }, () => pick(letters)).join('');
    const stages: Stage[] = ['saved', 'met', 'archived'];
    const field = () => text(Math.floor(random() * 4));
    const people = Array.from({ length: 1001 }, (_, i) => ({
      id: String(i),
      stage: pick(stages),
      name: field(),
      organization: field(),
      role: field(),
      headline: field(),
      notes: field(),
    }));
    const index = new SearchIndex(people);
    for (let q = 0; q < 2000; q++) {
      const query = text(Math.floor(random() * 6));
      const stage = random() < 0.3 ? pick(stages) : '';
      expect(index.match(query, stage).map((p) => p.id)).toEqual(matchRows(people, query, stage).map((p) => p.id));
    }
  });
});
