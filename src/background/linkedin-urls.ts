// The background's one door to LinkedIn's URL rules (src/content/linkedin/pages.ts): which
// tabs are LinkedIn pages, a profile's one address, and whether a capture's address is the
// tab's. Nothing else of the content script's LinkedIn knowledge belongs in the background
// (test/unit/boundaries.test.ts).
export { isLinkedInPageUrl, isProfileOfPage, toCanonicalProfileUrl } from '../content/linkedin/pages';
