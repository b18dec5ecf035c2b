// Pages where nobody can be saved, with a reason the user can act on.
import { type RouteKind, getLinkedProfile, getRouteKind } from './pages';
import * as sel from './selectors';

const OPEN_A_PROFILE = 'Open a person’s profile to save them.';

const ROUTE_REASONS: Partial<Record<RouteKind, string>> = {
  'not-linkedin': 'This is not a LinkedIn page.',
  'profile-section':
    'This is a part of a profile (a dialog or a "show all" page), not the profile itself. Go back to the main profile page to save this person.',
  feed: `This is the LinkedIn feed. ${OPEN_A_PROFILE}`,
  'people-search': `This is a list of search results. ${OPEN_A_PROFILE}`,
  search: `This is a search page. ${OPEN_A_PROFILE}`,
  jobs: `This is a LinkedIn jobs page. Rapport saves people: ${OPEN_A_PROFILE.toLowerCase()}`,
  company: `This is a company or school page, not a person’s profile. ${OPEN_A_PROFILE}`,
  recruiter: 'Rapport doesn’t read LinkedIn Recruiter. Open the person’s LinkedIn profile (linkedin.com/in/…) to save them.',
  'sales-other': 'This Sales Navigator page is not a lead’s page. Open the lead’s page, or their LinkedIn profile, to save them.',
  other: `This LinkedIn page is not a person’s profile. ${OPEN_A_PROFILE}`,
};

const SIGN_IN_WALL = 'LinkedIn showed its sign-in page instead of the profile. Sign in to LinkedIn, open the profile again, then save.';

/** Why this page is not a profile to save, or null when it may be one. */
export function getNotProfileReason(doc: Document, url: string): string | null {
  const route = ROUTE_REASONS[getRouteKind(url)];
  if (route) return route;
  // An interstitial reloads itself into the real page; a `noscript` fallback on a normal
  // page is not one.
  const head = doc.head ?? doc;
  const refresh = head.querySelector(sel.refreshMeta);
  if (refresh && !refresh.closest('noscript')) {
    return 'LinkedIn showed a security check instead of the profile. Reload the page, then try again.';
  }
  if (doc.querySelector(sel.profileNotFound) || /^Profile Not Found\b/i.test(doc.title)) {
    return 'LinkedIn says this profile doesn’t exist or isn’t visible to you (“Profile Not Found”).';
  }
  if (head.querySelector(sel.signInWallPageKey) || /^(?:LinkedIn: Log In or Sign Up|Sign Up \| LinkedIn|LinkedIn Login)/i.test(doc.title)) {
    return SIGN_IN_WALL;
  }
  return null;
}

/** Why a page at a profile address showed no one to save: a sign-in form in any language,
 * or the previous page (another profile, the feed) still on screen after in-app navigation. */
export function getNoOneFoundReason(doc: Document, url: string): string {
  if (doc.querySelector(sel.signInForm)) return SIGN_IN_WALL;
  const screen = doc.querySelector(sel.sduiScreen)?.getAttribute('data-sdui-screen');
  const topCardLinks = [sel.sduiTopCard, ...sel.topCard].map((card) => `${card} ${sel.contactInfoLink}`).join(', ');
  const otherCard = [...doc.querySelectorAll(topCardLinks)].some(
    (link) => getLinkedProfile(link.getAttribute('href'), url)?.isOwner === false,
  );
  if (otherCard || (screen && !/\.profile\./.test(screen))) {
    return 'LinkedIn is still showing the previous page. Wait until this profile has loaded, then save again.';
  }
  return 'Couldn’t find the person’s name on this page.';
}
