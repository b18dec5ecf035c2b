// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { extractTopCard2024 } from '../../../../src/content/linkedin/topcard-2024';
import { FILES, getFixture, getValues, loadFixture } from './helpers';

describe('extractTopCard2024, logged in (Ember)', () => {
  it('reads the top card and the current title grouped under its company', () => {
    const found = extractTopCard2024(loadFixture(FILES.ember), getFixture(FILES.ember).url);
    expect(getValues(found)).toEqual({
      name: 'Jörgen Bäckström',
      headline: 'Data platform lead | Kafka, dbt & Snowflake | Mentor',
      role: 'Lead Data Engineer',
      organization: 'Tjärnberg Analytics',
      location: 'Umeå, Västerbotten County, Sweden',
    });
  });

  it('never reads the viewer in the navigation', () => {
    const doc = loadFixture(FILES.ember);
    expect(doc.querySelector('img.global-nav__me-photo')?.getAttribute('alt')).toBe('Tove Lindgren');
    doc.querySelector('section[data-member-id]')?.remove();
    expect(extractTopCard2024(doc, getFixture(FILES.ember).url)).toEqual({});
  });

  it('reports no role or company when there is no Experience card', () => {
    const found = extractTopCard2024(loadFixture(FILES.emberNoExperience), getFixture(FILES.emberNoExperience).url);
    expect(getValues(found)).toEqual({ name: 'Liv Sandoval', headline: 'Independent researcher.', location: 'Norway' });
  });

  it('ignores a top card left over from the previous profile', () => {
    expect(extractTopCard2024(loadFixture(FILES.ember), 'https://www.linkedin.com/in/samirhaddad/')).toEqual({});
  });
});

describe('extractTopCard2024, public', () => {
  it('takes the profile’s own h1, not the sign-in modal’s, although main is aria-hidden behind the modal', () => {
    const doc = loadFixture(FILES.public2024);
    const titles = [...doc.querySelectorAll('h1.top-card-layout__title')].map((h) => h.textContent?.trim());
    expect(titles).toEqual(['Sign in to view Ana Lucía’s full profile', 'Ana Lucía Ferreira Brandt']);
    expect(getValues(extractTopCard2024(doc, getFixture(FILES.public2024).url))).toEqual({
      name: 'Ana Lucía Ferreira Brandt',
      headline: 'Robotics & automation leader 🤖 | Mentor at Kvarnby Makerspace',
      role: 'Head of R&D - Nordics',
      organization: 'Kvarnby Robotics - Europe AB',
      location: 'Malmö, Skåne County, Sweden',
    });
  });

  it('skips positions whose title is masked rather than shifting the company into it', () => {
    expect(getValues(extractTopCard2024(loadFixture(FILES.public2026), getFixture(FILES.public2026).url))).toEqual({
      name: 'Malin Øverby',
      headline: 'Marine biologist turned data engineer 🌊',
      organization: 'Lysekil Tidevatten AB',
      location: 'Lysekil, Västra Götaland County, Sweden',
    });
  });
});
