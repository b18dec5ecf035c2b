// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { extractTitleMeta, getTitleText } from '../../../../src/content/linkedin/title-meta';
import { FILES, getFixture, getValues, loadFixture, parsePage } from './helpers';

const URL = 'https://www.linkedin.com/in/ola-nordmann/';
const head = (title: string, metas = '') => parsePage(`<html><head><title>${title}</title>${metas}</head><body></body></html>`);
const PROFILE_METAS =
  '<meta property="og:type" content="profile"><meta property="profile:first_name" content="Ola"><meta property="profile:last_name" content="Nordmann">';

describe('getTitleText', () => {
  it.each([
    ['(5) Ana Brandt | LinkedIn', 'Ana Brandt'],
    ['(99+) Ana Brandt | LinkedIn', 'Ana Brandt'],
    ['Ana Brandt - CTO - Kvarnby | LinkedIn', 'Ana Brandt - CTO - Kvarnby'],
    ['LinkedIn: Log In or Sign Up', null],
    ['Ana Brandt | Sales Navigator', null],
  ])('%s → %s', (title, text) => {
    expect(getTitleText(title)).toBe(text);
  });
});

describe('extractTitleMeta', () => {
  it('takes a two-word first name from profile:first_name and leaves an ambiguous " - " split alone', () => {
    const found = extractTitleMeta(loadFixture(FILES.public2024), getFixture(FILES.public2024).url);
    expect(getValues(found)).toEqual({ name: 'Ana Lucía Ferreira Brandt', firstName: 'Ana Lucía' });
  });

  it('splits "Name - Title - Company" when it splits one way only', () => {
    expect(getValues(extractTitleMeta(head('Ola Nordmann - Skipper - Fjordline | LinkedIn', PROFILE_METAS), URL))).toEqual({
      name: 'Ola Nordmann',
      firstName: 'Ola',
      role: 'Skipper',
      organization: 'Fjordline',
    });
    expect(getValues(extractTitleMeta(head('Ola Nordmann - Fjordline | LinkedIn', PROFILE_METAS), URL))).toEqual({
      name: 'Ola Nordmann',
      firstName: 'Ola',
    });
  });

  it('splits at the first " - " when no meta names the person', () => {
    const found = extractTitleMeta(
      head('Ola Nordmann - Skipper - Fjordline | LinkedIn', '<meta property="og:type" content="profile">'),
      URL,
    );
    expect(getValues(found)).toEqual({ name: 'Ola Nordmann', role: 'Skipper', organization: 'Fjordline' });
  });

  it('reads nothing from a logged-in page title, which can lag behind in-app navigation', () => {
    expect(extractTitleMeta(head('(5) Ola Nordmann | LinkedIn'), URL)).toEqual({});
  });

  it('reads nothing when og:url names another profile', () => {
    const metas = `${PROFILE_METAS}<meta property="og:url" content="https://www.linkedin.com/in/samirhaddad">`;
    expect(extractTitleMeta(head('Ola Nordmann | LinkedIn', metas), URL)).toEqual({});
  });
});
