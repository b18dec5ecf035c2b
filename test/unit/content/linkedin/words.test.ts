import { describe, expect, it } from 'vitest';
import {
  INTERFACE_WORDS,
  isCurrentRange,
  isDateRange,
  isDuration,
  isEmploymentType,
  isSectionName,
} from '../../../../src/content/linkedin/words';

const SECTIONS = ['about', 'featured', 'activity', 'experience', 'education', 'interests'] as const;

describe('INTERFACE_WORDS', () => {
  it('has the fourteen interface languages Rapport reads', () => {
    expect(Object.keys(INTERFACE_WORDS).sort()).toEqual([
      'de',
      'en',
      'es',
      'fr',
      'hu',
      'it',
      'ja',
      'nl',
      'pl',
      'pt',
      'ru',
      'sv',
      'tr',
      'zh',
    ]);
  });

  it.each(Object.entries(INTERFACE_WORDS))('%s: every row complete', (_, words) => {
    expect(words.present.length).toBeGreaterThan(0);
    for (const kind of SECTIONS) {
      expect(words.sections[kind].length, kind).toBeGreaterThan(0);
      for (const name of words.sections[kind]) expect(name.trim(), kind).not.toBe('');
    }
    for (const word of words.present) expect(word.trim()).not.toBe('');
  });
});

describe('isCurrentRange', () => {
  it.each([
    ['Mar 2023 – Present · 3 yrs 2 mos', true],
    ['Feb 2019 to Present · 5 yrs 7 mos', true],
    ['Jul 2021 - Present 2 years 9 months', true],
    ['2019 – Present', true],
    ['Apr. 2022 – Heute', true],
    ['avr. 2022 - aujourd’hui', true],
    ['янв. 2020 г. – настоящее время', true],
    ['2020年1月 - 現在', true],
    ['2020年1月 - 至今', true],
    ['2020. jan. – Jelenleg', true],
    ['jan. 2020 – nu', true],
    ['Jan 2016 - Jun 2018 · 2 yrs 6 mos', false],
    ['Full-time', false],
    ['Present Tense Podcast', false],
    ['jan. 2020 – Nuance AB', false],
  ])('%s → %s', (line, current) => {
    expect(isCurrentRange(line)).toBe(current);
  });
});

describe('the other words', () => {
  it('tells dates, durations and employment types from names', () => {
    expect(isDateRange('2012 – 2017')).toBe(true);
    expect(isDateRange('Kvarnby 2000')).toBe(false);
    expect(['3 yrs 2 mos', '1 yr', '5 Jahre 2 Monate', '5 лет 2 мес.', '5年 2か月', '9 mos'].map(isDuration)).toEqual([
      true,
      true,
      true,
      true,
      true,
      true,
    ]);
    expect(['3M', '24 Hour Fitness', 'Kvarnby'].map(isDuration)).toEqual([false, false, false]);
    expect(['Full-time', 'part-time', 'Internship', 'Kvarnby'].map(isEmploymentType)).toEqual([true, true, true, false]);
  });

  it('knows section names in every language, and by kind', () => {
    expect(isSectionName('Berufserfahrung', 'experience')).toBe(true);
    expect(isSectionName('職歴')).toBe(true);
    expect(isSectionName('  experience ')).toBe(true);
    expect(isSectionName('Experience', 'education')).toBe(false);
    expect(isSectionName('Saga Lindqvist')).toBe(false);
  });
});
