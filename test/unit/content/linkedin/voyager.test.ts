// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { extractVoyager } from '../../../../src/content/linkedin/voyager';
import { FILES, getValues, loadFixture, parsePage } from './helpers';

const JORGEN_URL = 'https://www.linkedin.com/in/j%C3%B6rgen-b%C3%A4ckstr%C3%B6m-4a1b2c/';

describe('extractVoyager', () => {
  it('reads the profile whose publicIdentifier is the URL slug, past the viewer and a stale profile placed first', () => {
    const found = extractVoyager(loadFixture(FILES.ember), JORGEN_URL);
    expect(getValues(found)).toEqual({
      name: 'Jörgen Bäckström',
      firstName: 'Jörgen',
      headline: 'Data platform lead | Kafka, dbt & Snowflake | Mentor',
      location: 'Umeå, Västerbotten County, Sweden',
    });
    expect(found.name?.source).toEqual({ strategy: 'voyager', derived: false });
  });

  it('matches the slug whatever its encoding or case in the URL', () => {
    const found = extractVoyager(loadFixture(FILES.ember), 'https://se.linkedin.com/in/JÖRGEN-BÄCKSTRÖM-4a1b2c?trk=x');
    expect(found.name?.value).toBe('Jörgen Bäckström');
  });

  it('is keyed by the URL: the same page read at other URLs gives the person of that URL or nothing', () => {
    const doc = loadFixture(FILES.ember);
    // The viewer's own data (MiniProfile from /me: name and occupation, no geo).
    expect(getValues(extractVoyager(doc, 'https://www.linkedin.com/in/tove-lindgren-88/'))).toEqual({
      name: 'Tove Lindgren',
      firstName: 'Tove',
      headline: 'UX researcher at Hamnkontoret',
    });
    expect(extractVoyager(doc, 'https://www.linkedin.com/in/someone-else/')).toEqual({});
    expect(extractVoyager(doc, 'https://www.linkedin.com/feed/')).toEqual({});
  });

  it('gives a country-only location and nothing else that is not there', () => {
    expect(getValues(extractVoyager(loadFixture(FILES.emberNoExperience), 'https://www.linkedin.com/in/livsandoval/'))).toEqual({
      name: 'Liv Sandoval',
      firstName: 'Liv',
      headline: 'Independent researcher.',
      location: 'Norway',
    });
  });

  it('skips blocks that are not JSON', () => {
    const doc = parsePage('<code id="bpr-guid-1">{"publicIdentifier": broken</code>');
    expect(extractVoyager(doc, 'https://www.linkedin.com/in/x/')).toEqual({});
  });
});
