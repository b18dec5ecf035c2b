// The popup's search (popup/contact-list.tsx): every word typed must appear somewhere in the
// person's name, organization, role, headline or notes, in any case and any order; the stage
// filter narrows the same list.
import { describe, expect, it } from 'vitest';
import { matchRows, toContactRow } from '../../../popup/contact-list';
import { makeContact } from '../db/fixtures';

const noNotes = { person: '', organization: '', takeaways: '' };
const rows = [
  makeContact('maren-visser', { name: 'Maren Visser', role: 'Hydrologist', organization: 'Bluefen', stage: 'saved', notes: noNotes }),
  makeContact('ivan-petrenko', { name: 'Иван Петренко', role: 'Policy Analyst', organization: 'Lumen Öppna Data', stage: 'met', notes: noNotes }),
  makeContact('noor-haddad', {
    name: 'نور حداد',
    role: 'Data Scientist',
    organization: 'Bluefen',
    stage: 'met',
    notes: { person: 'Asked about satellite rainfall', organization: '', takeaways: '' },
  }),
].map(toContactRow);
const names = (found: ReturnType<typeof matchRows>) => found.map((row) => row.name);

describe('matchRows', () => {
  it('gives back the list itself when nothing narrows it', () => {
    expect(matchRows(rows, '', '')).toBe(rows);
    expect(matchRows(rows, '   ', '')).toBe(rows);
  });

  it('finds every word in any field, any case, any order', () => {
    expect(names(matchRows(rows, 'BLUEFEN', ''))).toEqual(['Maren Visser', 'نور حداد']);
    expect(names(matchRows(rows, 'rainfall  bluefen', ''))).toEqual(['نور حداد']);
    expect(names(matchRows(rows, 'иван', ''))).toEqual(['Иван Петренко']);
    expect(names(matchRows(rows, 'öppna analyst', ''))).toEqual(['Иван Петренко']);
    expect(names(matchRows(rows, 'bluefen petrenko', ''))).toEqual([]);
  });

  it('narrows by stage, alone or with words', () => {
    expect(names(matchRows(rows, '', 'met'))).toEqual(['Иван Петренко', 'نور حداد']);
    expect(names(matchRows(rows, 'bluefen', 'met'))).toEqual(['نور حداد']);
    expect(names(matchRows(rows, 'visser', 'met'))).toEqual([]);
  });
});
