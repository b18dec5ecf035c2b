// Pages where nobody can be saved, with a reason the user can act on.
import { getRouteKind } from './pages';
import * as sel from './selectors';

const ROUTE_REASONS: Record<string, string> = {
  'not-linkedin': 'This is not a LinkedIn page.',
  'profile-section':
    'This is a part of a profile (a dialog or a "show all" page), not the profile itself. Go back to the main profile page to save this person.',
  feed: 'This is the LinkedIn feed. Open a person’s profile to save them.',
  search: 'This is a search page. Open a person’s profile to save them.',
  other: 'This LinkedIn page is not a person’s profile.',
};

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
  if (head.querySelector(sel.guestHomePageKey) || /^LinkedIn: Log In or Sign Up/i.test(doc.title)) {
    return 'LinkedIn showed its sign-in page instead of the profile. Sign in to LinkedIn, open the profile again, then save.';
  }
  return null;
}
