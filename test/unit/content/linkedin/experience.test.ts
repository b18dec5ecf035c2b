// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { findPositionsByDates, findSectionByHeading, pickCurrentPosition } from '../../../../src/content/linkedin/experience';
import { parsePage } from './helpers';

const position = (...lines: string[]) => ({ lines, groupLines: null });

describe('pickCurrentPosition', () => {
  it('takes the title and the company before " · Full-time"', () => {
    expect(pickCurrentPosition([position('Product Analyst', 'Klövervall Bank · Full-time', 'Aug 2017 – Present', 'Malmö')])).toEqual({
      role: 'Product Analyst',
      organization: 'Klövervall Bank',
    });
  });

  it('takes the company from the group header when titles are grouped under it', () => {
    expect(
      pickCurrentPosition([
        { lines: ['Lead Data Engineer', 'Full-time', 'Mar 2022 - Present'], groupLines: ['Tjärnberg Analytics', '6 yrs'] },
      ]),
    ).toEqual({ role: 'Lead Data Engineer', organization: 'Tjärnberg Analytics' });
  });

  it('reads "Role · Full-time · Nov 2024 - Present" on one line, the company from its group', () => {
    expect(
      pickCurrentPosition([
        {
          lines: ['Learning Designer · Full-time · Nov 2024 - Present · 1 yr 2 mos', 'Helsinki · Hybrid'],
          groupLines: ['Kotka Learning Oy', 'Full-time · 4 yrs'],
        },
      ]),
    ).toEqual({ role: 'Learning Designer', organization: 'Kotka Learning Oy' });
  });

  it('never takes an employment type, a duration or the place after the dates as the company', () => {
    expect(
      pickCurrentPosition([position('Course Producer', 'Full-time', 'Oct 2021 - Present · 3 yrs 2 mos', 'Helsinki, Finland')]),
    ).toEqual({
      role: 'Course Producer',
      organization: null,
    });
    expect(pickCurrentPosition([position('Welder', 'Part-time · 2 yrs', 'Jan 2024 – Present', 'Gdańsk, Poland · On-site')])).toEqual({
      role: 'Welder',
      organization: null,
    });
    expect(pickCurrentPosition([position('Freelance illustrator', '2019 – Present', 'Bergen, Norway')])).toEqual({
      role: 'Freelance illustrator',
      organization: null,
    });
  });

  it('learns the page’s own employment types, in any language, from where LinkedIn puts them', () => {
    // "Vollzeit · 4 Jahre" heads a company; a title under it whose group was not recognized
    // still never gets "Vollzeit" as its company.
    expect(
      pickCurrentPosition([
        { lines: ['Leitung Daten', 'Vollzeit', 'Apr. 2022 – Heute'], groupLines: null },
        { lines: ['Analyst', 'Tjärnberg Analytics', 'Vollzeit · 4 Jahre', 'Jan 2016 – Apr. 2022'], groupLines: null },
      ]),
    ).toEqual({ role: 'Leitung Daten', organization: null });
    // A title is never learned as a type, even when dates follow it on its line.
    expect(pickCurrentPosition([position('Course Producer · Oct 2021 - Present'), position('Course Producer · 2019 – 2021')])).toEqual({
      role: 'Course Producer',
      organization: null,
    });
  });

  it('keeps a company whose name looks like a number ("3M"), and one that starts with one', () => {
    expect(pickCurrentPosition([position('Chemist', '3M · Full-time', 'May 2020 – Present')])?.organization).toBe('3M');
    expect(pickCurrentPosition([position('Trainer', '24 Hour Fitness', 'May 2020 – Present')])?.organization).toBe('24 Hour Fitness');
  });

  it('skips past positions and takes the first current one of several', () => {
    expect(
      pickCurrentPosition([
        position('Teacher', 'Vantaa City', '2015 – 2022'),
        position('Learning Designer', 'Kotka Learning Oy · Part-time', 'Sep 2022 – Present'),
        position('Board Member', 'Suomen Opettajat ry', '2021 – Present'),
      ]),
    ).toEqual({ role: 'Learning Designer', organization: 'Kotka Learning Oy' });
  });

  it('reports nothing when no position runs to the present, whatever the title says', () => {
    expect(pickCurrentPosition([position('Host - Present Tense', 'Radio Nord', '2010 – 2012')])).toBeNull();
    expect(pickCurrentPosition([])).toBeNull();
  });

  it.each([
    ['de', ['Softwarearchitekt', 'Kvarnby GmbH · Vollzeit', 'Apr. 2022 – Heute · 3 Jahre 9 Monate', 'München']],
    ['fr', ['Ingénieure', 'Kvarnby SA · Temps plein', 'avr. 2022 - aujourd’hui · 3 ans 9 mois']],
    ['es', ['Ingeniera', 'Kvarnby SL · Jornada completa', 'abr. 2022 - actualidad · 3 años 9 meses']],
    ['pt', ['Engenheira', 'Kvarnby Ltda. · Tempo integral', 'abr. de 2022 - o momento · 3 anos 9 meses']],
    ['it', ['Ingegnera', 'Kvarnby Srl · A tempo pieno', 'apr 2022 - Presente · 3 anni 9 mesi']],
    ['nl', ['Ingenieur', 'Kvarnby BV · Fulltime', 'apr. 2022 - heden · 3 jr 9 mnd']],
    ['sv', ['Ingenjör', 'Kvarnby AB · Heltid', 'apr. 2022 – nu · 3 år 9 mån']],
    ['ru', ['Инженер', 'Кварнбю · Полный рабочий день', 'апр. 2022 г. – настоящее время · 3 г. 9 мес.']],
    ['pl', ['Inżynierka', 'Kvarnby sp. z o.o. · Pełny etat', 'kwi 2022 – obecnie · 3 lata 9 mies.']],
    ['tr', ['Mühendis', 'Kvarnby A.Ş. · Tam zamanlı', 'Nis 2022 - Halen · 3 yıl 9 ay']],
    ['hu', ['Mérnök', 'Kvarnby Kft. · Teljes munkaidős', '2022. ápr. – jelenleg · 3 év 9 hónap']],
    ['ja', ['エンジニア', 'クヴァルンビー株式会社 · 正社員', '2022年4月 - 現在 · 3年 9か月']],
    ['zh', ['工程师', '克瓦恩比公司 · 全职', '2022年4月 - 至今 · 3年 9个月']],
  ])('reads the current position in %s', (_, lines) => {
    const [role, company] = lines;
    expect(pickCurrentPosition([position(...lines), position('Earlier', 'Elsewhere', '2010 – 2012')])).toEqual({
      role,
      organization: company.split(' · ')[0],
    });
  });
});

describe('findSectionByHeading', () => {
  it('finds the section by its heading in any interface language, skipping hidden ones', () => {
    const doc = parsePage(
      `<main><section aria-hidden="true" id="a"><h2>Experience</h2></section>
       <section id="b"><h2><span aria-hidden="true">Experience</span><span class="visually-hidden">Experience</span></h2></section>
       <section id="c"><h2>Опыт работы</h2></section></main>`,
    );
    expect(findSectionByHeading(doc, 'experience')?.id).toBe('b');
    doc.getElementById('b')?.remove();
    expect(findSectionByHeading(doc, 'experience')?.id).toBe('c');
    expect(findSectionByHeading(doc, 'education')).toBeNull();
  });
});

describe('findPositionsByDates', () => {
  const read = (html: string) => {
    const section = parsePage(`<section>${html}</section>`).querySelector('section')!;
    return findPositionsByDates(section, 'p, h3');
  };

  it('finds entries in any nesting, and a company group by its header lines', () => {
    expect(
      read(`<h2>Experience</h2><div>
        <div><div><a href="/company/1/"><p>Kotka Learning Oy</p><p>Full-time · 4 yrs</p></a></div>
          <ul><li><div><p>Learning Designer</p><p>Nov 2024 - Present</p></div></li>
              <li><div><p>Course Producer</p><p>Oct 2021 - Nov 2024</p></div></li></ul></div>
        <hr><div><h3>Teacher</h3><p>Vantaa City · Full-time</p><p>Aug 2015 - Sep 2021</p><p>Vantaa</p></div>
      </div><a href="/in/x/details/experience/"><p>Show all</p></a>`),
    ).toEqual([
      { lines: ['Learning Designer', 'Nov 2024 - Present'], groupLines: ['Kotka Learning Oy', 'Full-time · 4 yrs'] },
      { lines: ['Course Producer', 'Oct 2021 - Nov 2024'], groupLines: ['Kotka Learning Oy', 'Full-time · 4 yrs'] },
      { lines: ['Teacher', 'Vantaa City · Full-time', 'Aug 2015 - Sep 2021', 'Vantaa'], groupLines: null },
    ]);
  });

  it('does not take a group’s header for an ungrouped entry after it', () => {
    const positions = read(`<h2>Experience</h2><ul>
      <li><p>Tallbo Pay</p><ul><li><p>PM</p><p>2023 – Present</p></li><li><p>Analyst</p><p>2021 – 2023</p></li></ul></li>
      <li><p>Intern</p><p>Skogby · Internship</p><p>2020 – 2021</p></li></ul>`);
    expect(positions.map((p) => p.groupLines)).toEqual([['Tallbo Pay'], ['Tallbo Pay'], null]);
  });

  it('leaves out what is hidden and lines without dates', () => {
    expect(
      read(`<h2>Experience</h2><div><p>Nothing dated here</p><div aria-hidden="true"><p>Ghost</p><p>2020 – Present</p></div></div>`),
    ).toEqual([]);
  });
});
