// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import {
  getLinkedProfile,
  getProfileSlug,
  getRouteKind,
  isLinkedInPageUrl,
  isProfileUrl,
  isSalesLeadUrl,
  isProfileOfPage,
  toCanonicalProfileUrl,
  toSlugKey,
} from '../../../../src/content/linkedin/pages';

describe('toCanonicalProfileUrl', () => {
  it('gives one key for every variant of the same profile URL', () => {
    const variants = [
      'https://www.linkedin.com/in/ana-brandt/',
      'https://www.linkedin.com/in/ana-brandt',
      'https://se.linkedin.com/in/ana-brandt',
      'http://linkedin.com/in/ana-brandt/',
      'https://www.linkedin.com/in/Ana-Brandt/?trk=people-guest_people_search-card',
      'https://de.linkedin.com/in/ANA-BRANDT#experience',
      'https://www.linkedin.com/in/ana-brandt/overlay/contact-info/',
      'https://www.linkedin.com/in/ana-brandt/details/experience/?profileUrn=x',
    ];
    for (const url of variants) expect(toCanonicalProfileUrl(url), url).toBe('https://www.linkedin.com/in/ana-brandt/');
  });

  it('normalizes percent-encoding: encoded, raw, lower-case hex and upper-case letters agree', () => {
    const key = 'https://www.linkedin.com/in/j%C3%B6rgen-b%C3%A4ck/';
    expect(toCanonicalProfileUrl('https://www.linkedin.com/in/j%C3%B6rgen-b%C3%A4ck/')).toBe(key);
    expect(toCanonicalProfileUrl('https://www.linkedin.com/in/jörgen-bäck')).toBe(key);
    expect(toCanonicalProfileUrl('https://www.linkedin.com/in/J%c3%b6rgen-B%c3%a4ck')).toBe(key);
    expect(toCanonicalProfileUrl('https://www.linkedin.com/in/JÖRGEN-BÄCK/')).toBe(key);
    // "ö" typed as o + combining diaeresis is the same name
    expect(toCanonicalProfileUrl('https://www.linkedin.com/in/jo\u0308rgen-ba\u0308ck')).toBe(key);
  });

  it('refuses what is not a LinkedIn profile', () => {
    for (const url of [
      'https://www.linkedin.com/feed/',
      'https://www.linkedin.com/company/kvarnby/',
      'https://linkedin.com.evil.example/in/ana-brandt/',
      'https://evillinkedin.com/in/ana-brandt/',
      'ftp://www.linkedin.com/in/ana-brandt/',
      'https://www.linkedin.com/in/',
      'https://www.linkedin.com/in/%E0%A4%A/',
      'https://www.linkedin.com/in/a%2Fb/',
      'not a url',
    ]) {
      expect(toCanonicalProfileUrl(url), url).toBeNull();
    }
  });
});

describe('getProfileSlug and toSlugKey', () => {
  it('reads the decoded, lower-case slug from any URL under /in/', () => {
    expect(getProfileSlug('https://se.linkedin.com/in/Ana-Brandt?trk=x')).toBe('ana-brandt');
    expect(getProfileSlug('https://www.linkedin.com/in/j%C3%B6rgen/details/skills/')).toBe('jörgen');
    expect(getProfileSlug('https://www.linkedin.com/feed/')).toBeNull();
  });

  it('keys a Voyager publicIdentifier like the URL slug', () => {
    expect(toSlugKey('J%C3%B6rgen-B%C3%A4ck')).toBe('jörgen-bäck');
    expect(toSlugKey('jörgen-bäck')).toBe('jörgen-bäck');
    expect(toSlugKey('%zz')).toBeNull();
    expect(toSlugKey('')).toBeNull();
  });
});

describe('route kinds', () => {
  it.each([
    ['https://www.linkedin.com/in/ana-brandt/', 'profile'],
    ['https://se.linkedin.com/in/ana-brandt?trk=x', 'profile'],
    ['https://www.linkedin.com/in/ana-brandt/overlay/contact-info/', 'profile-section'],
    ['https://www.linkedin.com/in/ana-brandt/overlay/about-this-profile/', 'profile-section'],
    ['https://www.linkedin.com/in/ana-brandt/details/experience/', 'profile-section'],
    ['https://www.linkedin.com/in/ana-brandt/recent-activity/all/', 'profile-section'],
    ['https://www.linkedin.com/sales/lead/ACwAAB12,NAME_SEARCH,Xy9z?_ntb=1', 'sales-lead'],
    ['https://www.linkedin.com/sales/people/ACwAAB12,name,Xy9z', 'sales-lead'],
    ['https://www.linkedin.com/sales/search/people?query=x', 'sales-other'],
    ['https://www.linkedin.com/sales/company/1234/', 'sales-other'],
    ['https://www.linkedin.com/talent/profile/AEMAAB12?project=9', 'recruiter'],
    ['https://www.linkedin.com/feed/', 'feed'],
    ['https://www.linkedin.com/feed/update/urn:li:activity:7000000000000000000/', 'feed'],
    ['https://www.linkedin.com/search/results/people/?keywords=ana', 'people-search'],
    ['https://www.linkedin.com/search/results/content/?keywords=ana', 'search'],
    ['https://www.linkedin.com/search/results/all/?keywords=ana', 'search'],
    ['https://www.linkedin.com/jobs/view/4012345678/', 'jobs'],
    ['https://www.linkedin.com/jobs/collections/recommended/', 'jobs'],
    ['https://www.linkedin.com/company/kvarnby/', 'company'],
    ['https://www.linkedin.com/school/lund-university/', 'company'],
    ['https://www.linkedin.com/messaging/thread/2-abc/', 'other'],
    ['https://www.linkedin.com/', 'other'],
    ['https://example.com/in/ana-brandt/', 'not-linkedin'],
  ])('%s is %s', (url, kind) => {
    expect(getRouteKind(url)).toBe(kind);
  });

  it('answers the predicates the content script asks', () => {
    expect(isProfileUrl('https://www.linkedin.com/in/ana-brandt')).toBe(true);
    expect(isProfileUrl('https://www.linkedin.com/in/ana-brandt/details/experience/')).toBe(false);
    expect(isSalesLeadUrl('https://www.linkedin.com/sales/lead/ACwAAB12,NAME_SEARCH,Xy9z')).toBe(true);
  });
});

describe('getLinkedProfile', () => {
  const page = 'https://se.linkedin.com/in/Ana-Brandt/?trk=x';
  it.each([
    ['/in/ana-brandt/overlay/contact-info/', { slug: 'ana-brandt', isOwner: true, isOwnerRoot: false }],
    ['https://www.linkedin.com/in/ana-brandt/', { slug: 'ana-brandt', isOwner: true, isOwnerRoot: true }],
    ['https://www.linkedin.com/in/ANA-BRANDT?miniProfileUrn=x', { slug: 'ana-brandt', isOwner: true, isOwnerRoot: true }],
    ['https://www.linkedin.com/in/rasmus-ek/', { slug: 'rasmus-ek', isOwner: false, isOwnerRoot: false }],
    ['/company/kvarnby/', null],
    ['https://example.com/in/ana-brandt/', null],
    ['http://[broken', null],
    [null, null],
  ])('%s', (href, expected) => {
    expect(getLinkedProfile(href, page)).toEqual(expected);
  });
});

describe('isLinkedInPageUrl', () => {
  it.each([
    ['https://www.linkedin.com/in/x/', true],
    ['https://se.linkedin.com/in/x/', true],
    ['https://linkedin.com/', true],
    ['https://linkedin.com.evil.example/', false],
    ['https://evillinkedin.com/', false],
    ['http://www.linkedin.com/', false],
    ['not a url', false],
    [undefined, false],
  ])('%s → %s', (url, expected) => {
    expect(isLinkedInPageUrl(url)).toBe(expected);
  });
});

describe('isProfileOfPage', () => {
  const ana = 'https://www.linkedin.com/in/ana-brandt/';
  it('takes the canonical address of the profile the page shows, from any of its addresses', () => {
    for (const page of [
      'https://www.linkedin.com/in/ana-brandt/',
      'https://se.linkedin.com/in/Ana-Brandt?trk=x#about',
      'https://www.linkedin.com/in/ana-brandt/overlay/contact-info/',
    ]) {
      expect([page, isProfileOfPage(ana, page)]).toEqual([page, true]);
    }
    expect(isProfileOfPage('https://www.linkedin.com/in/j%C3%B6rgen/', 'https://www.linkedin.com/in/J%c3%b6rgen')).toBe(true);
  });

  it("refuses another person's address, an address not in canonical form, and pages that show no one", () => {
    expect(isProfileOfPage('https://www.linkedin.com/in/rasmus-ek/', 'https://www.linkedin.com/in/ana-brandt/')).toBe(false);
    expect(isProfileOfPage('https://www.linkedin.com/in/Ana-Brandt', 'https://www.linkedin.com/in/ana-brandt/')).toBe(false);
    expect(isProfileOfPage(ana, 'https://www.linkedin.com/feed/')).toBe(false);
    expect(isProfileOfPage(ana, 'https://evil.example/in/ana-brandt/')).toBe(false);
  });

  it('takes any canonical address on a Sales Navigator lead page, whose URL names no one', () => {
    expect(isProfileOfPage(ana, 'https://www.linkedin.com/sales/lead/ACwAAB12,NAME_SEARCH,Xy9z?_ntb=1')).toBe(true);
    expect(isProfileOfPage('https://www.linkedin.com/sales/lead/x', 'https://www.linkedin.com/sales/lead/ACwAAB12,NAME_SEARCH,Xy9z')).toBe(
      false,
    );
  });
});
