// Strategy: the 2026 server-driven page that logged-in members see. Class names are
// hashes that change every build, so this reads structure only. The page holds many people
// in the same shapes (the sticky header, "More profiles for you", "People you may know",
// posts), and its `<title>` can lag behind in-app navigation ("Feed | LinkedIn"): the
// owner is whoever the top card is, and the top card is the one that links to the
// address's own profile.
//
// In the top card, after the name: degree badges ("· 1st"), the headline, "Company ·
// School", the location, "Contact info", then the company and the school again as
// clickable boxes. Experience mounts lazily as the page scrolls and is often absent.
import type { CurrentPosition } from './experience';
import { findPositionsByDates, findSectionByHeading, pickCurrentPosition } from './experience';
import type { FoundFields, RawFields } from './fields';
import { toFoundFields } from './fields';
import { getLinkedProfile } from './pages';
import * as sel from './selectors';
import { getTitleText } from './title-meta';
import { isReadable, readLine } from './visibility';
import { isSectionName, toWordKey } from './words';

const FOLLOWING = 4; // Node.DOCUMENT_POSITION_FOLLOWING

const follows = (a: Element, b: Element): boolean => (a.compareDocumentPosition(b) & FOLLOWING) !== 0;

/** "· 1st", "· 3rd+", "·", "She/Her": shown beside the name, never the headline. */
function isBadge(line: string): boolean {
  return /^·/.test(line) || /^(?:1st|2nd|3rd\+?)$/.test(line) || /^(?:she|he|they|ze|xe)\/\w+$/i.test(line);
}

/** "500+", "500+ connections", "3,663 followers": counts, in any language, begin with a digit. */
const isCount = (line: string) => /^\d[\d,.\s]*\+?(?:\s|$)/.test(line);

/** Whether `root` links to the profile at `url`: true when a link names its slug, false
 * when its profile links all name someone else (a card left over from the previous page),
 * null when it links to no profile at all. */
function linksToOwner(root: Element, url: string): boolean | null {
  let other = false;
  for (const link of root.querySelectorAll(sel.profileLink)) {
    const linked = getLinkedProfile(link.getAttribute('href'), url);
    if (linked?.isOwner) return true;
    if (linked) other = true;
  }
  return other ? false : null;
}

interface TopCard {
  card: Element;
  /** The card links to the address's profile; when it links to none, only the `<title>`
   * can say whose it is. */
  linked: boolean;
}

function findTopCard(doc: Document, url: string): TopCard | null {
  let unlinked: Element | null = null;
  for (const card of doc.querySelectorAll(sel.sduiTopCard)) {
    if (!isReadable(card)) continue;
    const owner = linksToOwner(card, url);
    if (owner) return { card, linked: true };
    if (owner === null) unlinked ??= card;
  }
  if (unlinked) return { card: unlinked, linked: false };
  // No keyed card (a cohort or a saved page without keys): the section around a link only
  // the profile's own top card has.
  for (const anchor of sel.sduiTopCardAnchors) {
    for (const link of doc.querySelectorAll(anchor)) {
      const card = link.closest('section');
      if (card && isReadable(link) && getLinkedProfile(link.getAttribute('href'), url)?.isOwner) return { card, linked: true };
    }
  }
  return null;
}

const isInControl = (el: Element) => el.closest('button, [role="button"]') !== null;

/** The name: a heading (h1 or h2), else the first line inside a link to the owner's profile
 * (the name in a `p`), else a line that the `<title>` names. */
function findName(doc: Document, { card, linked }: TopCard, url: string): { el: Element; name: string } | null {
  const title = getTitleText(doc.title);
  const accept = (el: Element | null | undefined) => {
    const name = el && isReadable(el) && !isInControl(el) ? readLine(el) : null;
    if (!name || isSectionName(name) || isBadge(name)) return null;
    return linked || name === title ? { el: el!, name } : null;
  };
  for (const heading of card.querySelectorAll(sel.sduiNameHeading)) {
    const found = accept(heading);
    if (found) return found;
  }
  for (const link of card.querySelectorAll(sel.profileLink)) {
    if (!getLinkedProfile(link.getAttribute('href'), url)?.isOwnerRoot) continue;
    const found = accept(link.querySelector(sel.sduiLine));
    if (found) return found;
  }
  for (const line of card.querySelectorAll(sel.sduiLine)) {
    const found = title ? accept(line) : null;
    if (found?.name === title) return found;
  }
  return null;
}

// Words that name a school in its own language: the top card shows the current company and
// the school side by side, and a member may show only one of them.
const SCHOOL =
  /universi|college|school|schule|école|escuela|escola|scuola|academ|akadem|polytechn|politec|högskola|hogeschool|egyetem|университет|институт|академи|大学|大學|学院|學院|学校/i;

function isSchoolName(name: string, educationLines: readonly string[]): boolean {
  return SCHOOL.test(name) || educationLines.some((line) => toWordKey(line) === toWordKey(name));
}

interface TopCardFields {
  headline: string | null;
  company: string | null;
  location: string | null;
}

function readTopCard(card: Element, nameEl: Element, name: string, educationLines: readonly string[]): TopCardFields {
  const contact = card.querySelector(sel.contactInfoLink);
  const lines = [...card.querySelectorAll(sel.sduiLine)]
    .filter((p) => follows(nameEl, p) && !nameEl.contains(p) && isReadable(p))
    .filter((p) => !contact || follows(p, contact))
    // Links are the company, the school, "Contact info", the connection count: not lines.
    .filter((p) => !p.closest('a') && !isInControl(p) && !p.querySelector('a'))
    .map(readLine)
    .filter((line): line is string => !!line && line !== name && !isBadge(line) && !isCount(line));
  const [headline = null, ...after] = lines;

  const entities = [...card.querySelectorAll(sel.sduiEntity)]
    .filter((box) => follows(nameEl, box) && isReadable(box) && !box.closest(sel.profileLink))
    .map((box) => ({ box, text: readLine(box.querySelector(sel.sduiLine) ?? box) }))
    .filter((item): item is { box: Element; text: string } => !!item.text && !isCount(item.text));
  // "Company · School" names what the boxes name; the location is the last other line.
  const entityLine = after.find((line) => line.includes(' · ') || entities.some((item) => item.text === line)) ?? null;
  const location = after.filter((line) => line !== entityLine).at(-1) ?? null;

  return { headline, company: pickCompany(entities, entityLine, educationLines), location };
}

/** A company link says which it is; two names are the company, then the school; one name is
 * the company unless it reads as a school. */
function pickCompany(
  entities: readonly { box: Element; text: string }[],
  entityLine: string | null,
  educationLines: readonly string[],
): string | null {
  const link = entities.find((item) => item.box.matches(sel.sduiCompanyLink));
  if (link) return link.text;
  const shown = entities.length ? entities.map((item) => item.text) : (entityLine?.split(' · ') ?? []);
  if (shown.length >= 2) return shown[0];
  const only = entities.some((item) => item.box.matches(sel.sduiSchoolLink)) ? null : shown[0];
  return only && !isSchoolName(only, educationLines) ? only : null;
}

// "Looking at opportunities", "Working at scale": an "at" that does not name an employer.
const NOT_A_ROLE = /^(?:looking|working|seeking|open|aiming|hoping|helping|passionate|based)\b/i;

/** "Co-founder & CEO at Brännö Labs | Speaker" → role and company, from the headline's
 * first part only, and only in that plain form (the company reads as a name: a capital or
 * a digit first). */
export function deriveFromHeadline(headline: string | null): { role: string; organization: string } | null {
  const first = headline?.split(/\s+[|•·]\s+/)[0]?.trim() ?? '';
  const match = /^(.{2,100}?)\s+(?:at|@)\s+([\p{Lu}\d].{1,99})$/u.exec(first);
  return match && !NOT_A_ROLE.test(match[1]) ? { role: match[1], organization: match[2] } : null;
}

/** "Deloitte" and "Deloitte Japan", "Mercari, Inc." and "Mercari, Japan": one employer,
 * as far as a headline can tell. */
function isSameOrganization(a: string, b: string): boolean {
  const firstWord = (text: string) =>
    toWordKey(text)
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .match(/[\p{L}\p{N}]+/u)?.[0];
  return firstWord(a) !== undefined && firstWord(a) === firstWord(b);
}

interface ExperienceReading {
  /** The section is in the page with dated entries (not a placeholder still loading). */
  mounted: boolean;
  current: CurrentPosition | null;
}

function readExperience(doc: Document, card: Element): ExperienceReading {
  const section = findSectionByHeading(doc, 'experience');
  if (!section || card.contains(section)) return { mounted: false, current: null };
  const positions = findPositionsByDates(section, sel.sduiSectionLine);
  return { mounted: positions.length > 0, current: pickCurrentPosition(positions) };
}

function getEducationLines(doc: Document): string[] {
  const section = findSectionByHeading(doc, 'education');
  if (!section) return [];
  return [...section.querySelectorAll(sel.sduiSectionLine)].map(readLine).filter((line): line is string => !!line);
}

export function extractSdui2026(doc: Document, url: string): FoundFields {
  const top = findTopCard(doc, url);
  const found = top && findName(doc, top, url);
  if (!top || !found) return {};
  const { name, el } = found;
  const { headline, company, location } = readTopCard(top.card, el, name, getEducationLines(doc));
  const raw: RawFields = { name, headline, location };

  // In order of trust: the current Experience entry; the top card's company (with the
  // headline's role only when it names that company); the headline alone, only when
  // Experience is not in the page to say otherwise.
  const experience = readExperience(doc, top.card);
  const fromHeadline = deriveFromHeadline(headline);
  if (experience.current) {
    const { role, organization } = experience.current;
    return toFoundFields('sdui-2026', { ...raw, role, organization: organization ?? company });
  }
  if (company) {
    const role = fromHeadline && isSameOrganization(fromHeadline.organization, company) ? fromHeadline.role : null;
    return toFoundFields('sdui-2026', { ...raw, role, organization: company }, ['role']);
  }
  if (fromHeadline && !experience.mounted) {
    return toFoundFields('sdui-2026', { ...raw, ...fromHeadline }, ['role', 'organization']);
  }
  return toFoundFields('sdui-2026', raw);
}
