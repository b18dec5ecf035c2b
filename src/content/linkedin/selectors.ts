// Every CSS selector Rapport uses on LinkedIn, named for what the element is. A list is
// fallbacks in order: the first that matches a readable element wins. Dates say when a
// form was last seen on a real page; drop a selector a year after its form disappears.
// The 2026 server-driven pages hash their class names every build, so nothing below
// relies on a class for them: only attributes, tags and link targets.

/** Subtrees nobody sees or that belong to someone else: closed or open popovers and
 * dialogs (hovercards, the sign-in modal with its duplicate title), inert or hidden
 * parts, and the site navigation that carries the viewer's own name. The profile's own
 * top card is never inside one of these. A `header` counts only outside `main` (see
 * visibility.ts): inside `main` it is a card's heading. */
export const unreadable =
  '[popover], [role="dialog"], dialog, [inert], [aria-hidden="true"], [hidden], template, nav, [role="navigation"], .global-nav, #global-nav';

// --- 2024 top card: logged in (Ember) and public (logged out) ---------------------------

export const topCard = [
  'section[data-member-id]', // logged in, seen 2024-09
  'section.top-card-layout', // public, seen 2024-04
];

export const topCardName = [
  'h1.text-heading-xlarge', // logged in, seen 2024-09
  'h1.top-card-layout__title', // public, seen 2024-04 (a second one sits in the sign-in modal)
];

export const topCardHeadline = [
  'div.text-body-medium.break-words', // logged in, seen 2024-09
  'h2.top-card-layout__headline', // public, seen 2024-04
];

export const topCardLocation = [
  'span.text-body-small.inline.t-black--light.break-words', // logged in, seen 2024-09
  '.top-card-layout__first-subline .not-first-middot > span:first-child', // public, seen 2024-04
];

/** The current employer as the top card shows it (its text, not its aria-label: the
 * label appends ". Click to skip to experience card" and company names contain dots). */
export const topCardCurrentCompany = [
  'button[aria-label^="Current company: "]', // logged in, seen 2024-09
  'a[data-tracking-control-name="public_profile_topcard-current-company"]', // public, seen 2024-04
];

/** Carries the profile's slug; a top card whose link names another slug is stale. */
export const contactInfoLink = 'a[href*="/overlay/contact-info"]';

/** The Experience card's anchor; when it is missing, the section whose heading reads
 * "Experience" (see experience.ts). */
export const experienceAnchor = '#experience'; // logged in, seen 2024-09
export const publicExperienceSection = 'section[data-section="experience"]'; // public, seen 2024-04

/** One position in the logged-in Experience card; a company grouping several titles is an
 * entity with nested entities. Its visible lines are `aria-hidden` spans, each doubled by
 * a `.visually-hidden` span with the same text for screen readers: that one is read. */
export const emberPositionEntity = '[data-view-name="profile-component-entity"]'; // seen 2024-09
export const emberLine = '.visually-hidden'; // seen 2024-09

export const publicPosition = 'li.experience-item, li.experience-group-position'; // seen 2024-04
export const publicPositionTitle = '.experience-item__title';
export const publicPositionCompany = '.experience-item__subtitle';
export const publicPositionDates = '.date-range';
export const publicPositionGroup = 'li.experience-group';
export const publicPositionGroupCompany = '.experience-group-header__company';

// --- Embedded data ----------------------------------------------------------------------

export const jsonLd = 'script[type="application/ld+json"]';
/** Voyager API responses embedded at first load (`datalet-bpr-guid-…` are their request
 * descriptions, not data). Seen 2024-09. */
export const voyagerData = 'code[id^="bpr-guid-"]';

// --- 2026 server-driven UI (no class names) -------------------------------------------
// Seen 2026-11 on real logged-in pages.

/** The top card: one of hundreds of `componentkey`s, the only one ending in "Topcard"
 * ("com.linkedin.sdui.profile.card.ref<member urn>Topcard"; the outer div and its section
 * both carry it). */
export const sduiTopCard = '[componentkey$="Topcard"]';
/** Links only the profile's own top card has, each naming its slug: where a card's key is
 * missing or scrubbed, the section around one of these is the top card. */
export const sduiTopCardAnchors = ['a[href*="/overlay/contact-info"]', 'a[href*="/overlay/background-photo"]', 'a[href*="/overlay/photo"]'];
/** The name: an h2 in most cohorts, a hashed h1 in some, a `p` in others. */
export const sduiNameHeading = 'h1, h2';
/** Every line of text is a `p` (the Experience entry's title may be an h3). */
export const sduiLine = 'p';
export const sduiSectionLine = 'p, h3';
/** The current company and the school after the location: clickable boxes with a logo
 * (2026-11), links to the company and school pages in earlier cohorts. */
export const sduiEntity = '[role="button"], a[href*="/company/"], a[href*="/school/"]';
export const sduiCompanyLink = 'a[href*="/company/"]';
export const sduiSchoolLink = 'a[href*="/school/"]';
/** Links to a member's profile (the owner's own, or other people's in sidebars). */
export const profileLink = 'a[href*="/in/"]';
/** The app's screen: "com.linkedin.sdui.flagshipnav.profile.Profile" on a profile. */
export const sduiScreen = '[data-sdui-screen]';

// --- Sales Navigator ------------------------------------------------------------------

/** Sales Navigator marks personal data for its screenshot anonymizer; the first readable
 * one is the lead's own (lists of other leads come later in the page). */
export const salesName = ['h1 [data-anonymize="person-name"]', 'h1[data-anonymize="person-name"]', '[data-anonymize="person-name"]'];
export const salesHeadline = ['[data-anonymize="headline"]'];
export const salesTitle = ['[data-anonymize="title"]'];
export const salesCompany = ['[data-anonymize="company-name"]'];
export const salesLocation = ['[data-anonymize="location"]'];
export const salesProfileLink = 'a[href*="linkedin.com/in/"], a[href^="/in/"]';

// --- Pages that are not a profile ------------------------------------------------------

export const profileNotFound = '.page-not-found__headline'; // public, seen 2024-04
/** The guest home or sign-up wall served in place of a profile (auth wall). Seen 2024-04. */
export const signInWallPageKey =
  'meta[name="pageKey"][content*="guest-home"], meta[name="pageKey"][content*="authwall"], meta[name="pageKey"][content*="auth_wall"]';
/** A sign-in or join form: in the page only when LinkedIn asks a visitor to sign in, in
 * whatever language it asks. */
export const signInForm = 'form[action*="login-submit"], form[action*="/signup"], input[type="password"]';
export const refreshMeta = 'meta[http-equiv="refresh" i]';
