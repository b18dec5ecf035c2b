// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { getNoOneFoundReason, getNotProfileReason } from '../../../../src/content/linkedin/not-profile';
import { FILES, getFixture, loadFixture, parsePage } from './helpers';

const blank = () => parsePage('<html><head><title>LinkedIn</title></head><body></body></html>');
const SIGN_IN = 'LinkedIn showed its sign-in page instead of the profile. Sign in to LinkedIn, open the profile again, then save.';

describe('getNotProfileReason', () => {
  it('names the page LinkedIn served instead of a profile', () => {
    expect(getNotProfileReason(loadFixture(FILES.notFound), getFixture(FILES.notFound).url)).toBe(
      'LinkedIn says this profile doesn’t exist or isn’t visible to you (“Profile Not Found”).',
    );
    expect(getNotProfileReason(loadFixture(FILES.authWall), getFixture(FILES.authWall).url)).toBe(SIGN_IN);
    expect(getNotProfileReason(loadFixture(FILES.antiBot), getFixture(FILES.antiBot).url)).toBe(
      'LinkedIn showed a security check instead of the profile. Reload the page, then try again.',
    );
  });

  it.each([
    [
      'https://www.linkedin.com/in/ana/overlay/contact-info/',
      'This is a part of a profile (a dialog or a "show all" page), not the profile itself. Go back to the main profile page to save this person.',
    ],
    [
      'https://www.linkedin.com/in/ana/details/experience/',
      'This is a part of a profile (a dialog or a "show all" page), not the profile itself. Go back to the main profile page to save this person.',
    ],
    ['https://www.linkedin.com/feed/', 'This is the LinkedIn feed. Open a person’s profile to save them.'],
    [
      'https://www.linkedin.com/search/results/people/?keywords=x',
      'This is a list of search results. Open a person’s profile to save them.',
    ],
    ['https://www.linkedin.com/search/results/content/?keywords=x', 'This is a search page. Open a person’s profile to save them.'],
    [
      'https://www.linkedin.com/jobs/view/4012345678/',
      'This is a LinkedIn jobs page. Rapport saves people: open a person’s profile to save them.',
    ],
    [
      'https://www.linkedin.com/company/kvarnby/',
      'This is a company or school page, not a person’s profile. Open a person’s profile to save them.',
    ],
    [
      'https://www.linkedin.com/talent/profile/AEMAAB12',
      'Rapport doesn’t read LinkedIn Recruiter. Open the person’s LinkedIn profile (linkedin.com/in/…) to save them.',
    ],
    [
      'https://www.linkedin.com/sales/search/people?query=x',
      'This Sales Navigator page is not a lead’s page. Open the lead’s page, or their LinkedIn profile, to save them.',
    ],
    ['https://www.linkedin.com/messaging/', 'This LinkedIn page is not a person’s profile. Open a person’s profile to save them.'],
    ['https://example.com/in/ana/', 'This is not a LinkedIn page.'],
  ])('%s: from the address alone', (url, reason) => {
    expect(getNotProfileReason(blank(), url)).toBe(reason);
  });

  it('lets profile pages of every form through, a noscript refresh and a public page’s sign-in modal included', () => {
    for (const file of [FILES.public2024, FILES.ember, FILES.sdui, FILES.sduiNameInP, FILES.sduiJapanese, FILES.salesNavigator]) {
      expect(getNotProfileReason(loadFixture(file), getFixture(file).url), file).toBeNull();
    }
    const url = 'https://www.linkedin.com/in/ana/';
    const doc = parsePage(
      '<html><head><noscript><meta http-equiv="refresh" content="0; url=/nojs"></noscript></head><body><h1>Ana</h1></body></html>',
    );
    expect(getNotProfileReason(doc, url)).toBeNull();
  });
});

describe('getNoOneFoundReason: a profile address with nobody to read', () => {
  it('recognizes a sign-in or join form in any language', () => {
    expect(getNoOneFoundReason(loadFixture(FILES.joinWall), getFixture(FILES.joinWall).url)).toBe(SIGN_IN);
  });

  it('says the previous page is still on screen: another person’s top card, or the feed', () => {
    const still = 'LinkedIn is still showing the previous page. Wait until this profile has loaded, then save again.';
    expect(getNoOneFoundReason(loadFixture(FILES.sdui), 'https://www.linkedin.com/in/someone-else/')).toBe(still);
    expect(getNoOneFoundReason(loadFixture(FILES.ember), 'https://www.linkedin.com/in/someone-else/')).toBe(still);
    expect(getNoOneFoundReason(loadFixture(FILES.sduiFeed), 'https://www.linkedin.com/in/someone-else/')).toBe(still);
  });

  it('otherwise says no name was found', () => {
    expect(getNoOneFoundReason(blank(), 'https://www.linkedin.com/in/ana/')).toBe('Couldn’t find the person’s name on this page.');
  });
});
