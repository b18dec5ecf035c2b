// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { getNotProfileReason } from '../../../../src/content/linkedin/not-profile';
import { FILES, getFixture, loadFixture, parsePage } from './helpers';

const blank = () => parsePage('<html><head><title>LinkedIn</title></head><body></body></html>');

describe('getNotProfileReason', () => {
  it('names the page LinkedIn served instead of a profile', () => {
    expect(getNotProfileReason(loadFixture(FILES.notFound), getFixture(FILES.notFound).url)).toBe(
      'LinkedIn says this profile doesn’t exist or isn’t visible to you (“Profile Not Found”).',
    );
    expect(getNotProfileReason(loadFixture(FILES.authWall), getFixture(FILES.authWall).url)).toBe(
      'LinkedIn showed its sign-in page instead of the profile. Sign in to LinkedIn, open the profile again, then save.',
    );
    expect(getNotProfileReason(loadFixture(FILES.antiBot), getFixture(FILES.antiBot).url)).toBe(
      'LinkedIn showed a security check instead of the profile. Reload the page, then try again.',
    );
  });

  it('names routes that are not a profile, from the URL alone', () => {
    expect(getNotProfileReason(blank(), 'https://www.linkedin.com/in/ana/overlay/contact-info/')).toMatch(
      /^This is a part of a profile/,
    );
    expect(getNotProfileReason(blank(), 'https://www.linkedin.com/in/ana/details/experience/')).toMatch(
      /^This is a part of a profile/,
    );
    expect(getNotProfileReason(blank(), 'https://www.linkedin.com/feed/')).toBe(
      'This is the LinkedIn feed. Open a person’s profile to save them.',
    );
    expect(getNotProfileReason(blank(), 'https://www.linkedin.com/search/results/people/?keywords=x')).toBe(
      'This is a search page. Open a person’s profile to save them.',
    );
    expect(getNotProfileReason(blank(), 'https://www.linkedin.com/company/x/')).toBe(
      'This LinkedIn page is not a person’s profile.',
    );
    expect(getNotProfileReason(blank(), 'https://example.com/in/ana/')).toBe('This is not a LinkedIn page.');
  });

  it('lets profile pages of every form through, a noscript refresh included', () => {
    for (const file of [FILES.public2024, FILES.ember, FILES.sdui, FILES.salesNavigator]) {
      expect(getNotProfileReason(loadFixture(file), getFixture(file).url), file).toBeNull();
    }
    const url = 'https://www.linkedin.com/in/ana/';
    const doc = parsePage('<html><head><noscript><meta http-equiv="refresh" content="0; url=/nojs"></noscript></head><body><h1>Ana</h1></body></html>');
    expect(getNotProfileReason(doc, url)).toBeNull();
  });
});
