// URL rules for LinkedIn. Pure functions of a URL string (never `location`), so the
// content script, the background and the CLI agree on what a profile is.

export type RouteKind =
  | 'profile' // the profile page itself
  | 'profile-section' // /in/<slug>/overlay/…, /in/<slug>/details/…, …/recent-activity/…
  | 'sales-lead' // Sales Navigator's page for one person
  | 'sales-other' // any other Sales Navigator page: searches, lists, accounts, home
  | 'recruiter' // LinkedIn Recruiter (/talent/…), profiles included
  | 'feed'
  | 'people-search'
  | 'search' // search for posts, companies, jobs, everything
  | 'jobs'
  | 'company' // a company, school or showcase page
  | 'other' // any other LinkedIn page: messaging, notifications, My Network, home…
  | 'not-linkedin';

function parseLinkedInUrl(url: string): URL | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return null;
  const host = parsed.hostname.toLowerCase();
  // Country subdomains (se.linkedin.com) serve the same profiles; "linkedin.com.evil.io" does not.
  return host === 'linkedin.com' || host.endsWith('.linkedin.com') ? parsed : null;
}

/** A LinkedIn page our content script runs in (the manifest matches https only).
 *   https://se.linkedin.com/in/x/        → true
 *   http://www.linkedin.com/             → false
 *   https://linkedin.com.evil.example/   → false */
export function isLinkedInPageUrl(url: string | undefined): boolean {
  return url !== undefined && parseLinkedInUrl(url)?.protocol === 'https:';
}

/** A slug as a comparable key: percent-decoded, NFC, lower-case. `null` when malformed.
 * "J%C3%B6rgen-B%C3%A4ck" and "jörgen-bäck" give the same key; so does Voyager's
 * `publicIdentifier` for that person. */
export function toSlugKey(raw: string): string | null {
  let slug: string;
  try {
    slug = decodeURIComponent(raw);
  } catch {
    return null; // broken escapes such as "%E0%A4%A"
  }
  slug = slug.normalize('NFC').toLowerCase().trim();
  return slug && !/[/?#\s]/.test(slug) ? slug : null;
}

/** The path segments after /in/<slug>, or null when the URL is not under /in/. */
function splitProfilePath(url: string): { slug: string; rest: string[] } | null {
  const parsed = parseLinkedInUrl(url);
  if (!parsed) return null;
  const [first, raw, ...rest] = parsed.pathname.split('/').filter(Boolean);
  if (first !== 'in' || !raw) return null;
  const slug = toSlugKey(raw);
  return slug ? { slug, rest } : null;
}

/** The profile's slug, decoded and lower-cased, from any URL under /in/<slug>.
 *   https://se.linkedin.com/in/Ana-Brandt?trk=x          → "ana-brandt"
 *   https://www.linkedin.com/in/j%C3%B6rgen/details/skills/ → "jörgen"
 *   https://www.linkedin.com/feed/                         → null */
export function getProfileSlug(url: string): string | null {
  return splitProfilePath(url)?.slug ?? null;
}

/** The one key for a person: https://www.linkedin.com/in/<slug>/ with the slug
 * lower-cased and re-encoded, whatever subdomain, query, fragment or sub-path it came with.
 *   https://se.linkedin.com/in/Ana-Brandt?trk=x#about      → https://www.linkedin.com/in/ana-brandt/
 *   https://linkedin.com/in/jörgen/overlay/contact-info/  → https://www.linkedin.com/in/j%C3%B6rgen/
 *   https://www.linkedin.com/in/J%c3%b6rgen               → https://www.linkedin.com/in/j%C3%B6rgen/ */
export function toCanonicalProfileUrl(url: string): string | null {
  const slug = getProfileSlug(url);
  return slug ? `https://www.linkedin.com/in/${encodeURIComponent(slug)}/` : null;
}

/** What kind of LinkedIn page a URL is.
 *   https://www.linkedin.com/in/ana-brandt/                         → profile
 *   https://www.linkedin.com/in/ana-brandt/overlay/contact-info/    → profile-section
 *   https://www.linkedin.com/in/ana-brandt/details/experience/      → profile-section
 *   https://www.linkedin.com/sales/lead/ACwAAB12,NAME_SEARCH,Xy9z   → sales-lead
 *   https://www.linkedin.com/sales/search/people?query=x            → sales-other
 *   https://www.linkedin.com/talent/profile/AEMAAB12                → recruiter
 *   https://www.linkedin.com/feed/                                  → feed
 *   https://www.linkedin.com/search/results/people/?keywords=ana    → people-search
 *   https://www.linkedin.com/search/results/content/?keywords=ana   → search
 *   https://www.linkedin.com/jobs/view/4012345678/                  → jobs
 *   https://www.linkedin.com/company/kvarnby/                       → company
 *   https://www.linkedin.com/messaging/                             → other
 *   https://example.com/in/ana-brandt/                              → not-linkedin */
export function getRouteKind(url: string): RouteKind {
  const parsed = parseLinkedInUrl(url);
  if (!parsed) return 'not-linkedin';
  const profile = splitProfilePath(url);
  if (profile) return profile.rest.length ? 'profile-section' : 'profile';
  const [first, second, third] = parsed.pathname.split('/').filter(Boolean);
  if (first === 'sales') return second === 'lead' || second === 'people' ? 'sales-lead' : 'sales-other';
  if (first === 'talent') return 'recruiter';
  if (first === 'feed') return 'feed';
  if (first === 'search') return third === 'people' ? 'people-search' : 'search';
  if (first === 'jobs') return 'jobs';
  if (first === 'company' || first === 'school' || first === 'showcase') return 'company';
  return 'other';
}

/** The profile page itself (not one of its overlays or sub-pages).
 *   https://www.linkedin.com/in/ana-brandt        → true
 *   https://se.linkedin.com/in/ana-brandt/?trk=x  → true
 *   https://www.linkedin.com/in/ana-brandt/details/experience/ → false */
export function isProfileUrl(url: string): boolean {
  return getRouteKind(url) === 'profile';
}

/** Sales Navigator's page for one lead; its URL carries no slug.
 *   https://www.linkedin.com/sales/lead/ACwAAB12,NAME_SEARCH,Xy9z?_ntb=1 → true
 *   https://www.linkedin.com/sales/search/people?query=x               → false */
export function isSalesLeadUrl(url: string): boolean {
  return getRouteKind(url) === 'sales-lead';
}

export interface LinkedProfile {
  slug: string;
  /** The link names the profile `pageUrl` is about. */
  isOwner: boolean;
  /** …and points at that profile itself, not one of its overlays. */
  isOwnerRoot: boolean;
}

/** Whose profile a link on the page at `pageUrl` points to; null for any other link.
 *   "/in/ana-brandt/overlay/contact-info/" on …/in/Ana-Brandt/ → { slug: "ana-brandt", isOwner: true, isOwnerRoot: false }
 *   "https://www.linkedin.com/in/rasmus-ek/" on …/in/ana-brandt/ → { slug: "rasmus-ek", isOwner: false, … }
 *   "/company/kvarnby/"                                          → null */
export function getLinkedProfile(href: string | null, pageUrl: string): LinkedProfile | null {
  if (!href) return null;
  let target: string;
  try {
    target = new URL(href, pageUrl).href;
  } catch {
    return null; // a malformed href links nowhere
  }
  const linked = splitProfilePath(target);
  if (!linked) return null;
  const isOwner = linked.slug === getProfileSlug(pageUrl);
  return { slug: linked.slug, isOwner, isOwnerRoot: isOwner && linked.rest.length === 0 };
}

/** Whether a profile address read on the page at `pageUrl` names that page's person: the
 * canonical address of the same slug on a profile (or one of its sub-pages), or any
 * canonical profile address on a Sales Navigator lead page, whose URL carries no slug.
 *   "https://www.linkedin.com/in/ana-brandt/" on https://se.linkedin.com/in/Ana-Brandt?trk=x → true
 *   "https://www.linkedin.com/in/rasmus-ek/" on https://www.linkedin.com/in/ana-brandt/   → false
 *   "https://www.linkedin.com/in/Ana-Brandt" on https://www.linkedin.com/in/ana-brandt/   → false (not canonical)
 *   "https://www.linkedin.com/in/ana-brandt/" on https://www.linkedin.com/sales/lead/ACwAAB12,NAME_SEARCH,Xy9z → true
 *   "https://www.linkedin.com/in/ana-brandt/" on https://www.linkedin.com/feed/          → false */
export function isProfileOfPage(profileUrl: string, pageUrl: string): boolean {
  if (toCanonicalProfileUrl(profileUrl) !== profileUrl) return false;
  if (isSalesLeadUrl(pageUrl)) return true;
  return toCanonicalProfileUrl(pageUrl) === profileUrl;
}
