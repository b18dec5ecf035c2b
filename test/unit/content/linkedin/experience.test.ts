// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { findSectionByHeading, isCurrentDates, pickCurrentPosition } from '../../../../src/content/linkedin/experience';
import { parsePage } from './helpers';

describe('isCurrentDates', () => {
  it.each([
    ['Mar 2023 – Present · 3 yrs 2 mos', true],
    ['Feb 2019 to Present · 5 yrs 7 mos', true],
    ['Jul 2021 - Present 2 years 9 months', true],
    ['2019 – Present', true],
    ['Jan 2016 - Jun 2018 · 2 yrs 6 mos', false],
    ['Full-time', false],
    ['Present Tense Podcast', false],
  ])('%s → %s', (line, current) => {
    expect(isCurrentDates(line)).toBe(current);
  });
});

describe('pickCurrentPosition', () => {
  it('takes the title and the company before " · Full-time"', () => {
    expect(
      pickCurrentPosition([{ lines: ['Product Analyst', 'Klövervall Bank · Full-time', 'Aug 2017 – Present', 'Malmö'], groupLines: null }]),
    ).toEqual({ role: 'Product Analyst', organization: 'Klövervall Bank' });
  });

  it('takes the company from the group header when titles are grouped under it', () => {
    expect(
      pickCurrentPosition([{ lines: ['Lead Data Engineer', 'Full-time', 'Mar 2022 - Present'], groupLines: ['Tjärnberg Analytics', '6 yrs'] }]),
    ).toEqual({ role: 'Lead Data Engineer', organization: 'Tjärnberg Analytics' });
  });

  it('skips past positions and takes the first current one of several', () => {
    expect(
      pickCurrentPosition([
        { lines: ['Teacher', 'Vantaa City', '2015 – 2022'], groupLines: null },
        { lines: ['Learning Designer', 'Kotka Learning Oy · Part-time', 'Sep 2022 – Present'], groupLines: null },
        { lines: ['Board Member', 'Suomen Opettajat ry', '2021 – Present'], groupLines: null },
      ]),
    ).toEqual({ role: 'Learning Designer', organization: 'Kotka Learning Oy' });
  });

  it('reports nothing when no position runs to Present, whatever the title says', () => {
    expect(pickCurrentPosition([{ lines: ['Host - Present Tense', 'Radio Nord', '2010 – 2012'], groupLines: null }])).toBeNull();
    expect(pickCurrentPosition([])).toBeNull();
  });

  it('leaves the company out when the entry has no company line', () => {
    expect(pickCurrentPosition([{ lines: ['Freelance illustrator', '2019 – Present'], groupLines: null }])).toEqual({
      role: 'Freelance illustrator',
      organization: null,
    });
  });
});

describe('findSectionByHeading', () => {
  it('finds the section by its heading text, skipping hidden ones', () => {
    const doc = parsePage(
      `<main><section aria-hidden="true" id="a"><h2>Experience</h2></section>
       <section id="b"><h2><span aria-hidden="true">Experience</span><span class="visually-hidden">Experience</span></h2></section></main>`);
    expect(findSectionByHeading(doc, 'Experience')?.id).toBe('b');
    expect(findSectionByHeading(doc, 'Education')).toBeNull();
  });
});
