// Strategy: the 2026 server-driven page. Class names are hashes that change every build,
// so this reads structure only: the name is the `<title>`'s, confirmed by an h1 or h2
// with exactly that text in the top card (`componentkey` ending in "Topcard"); the lines
// after it are the degree badge, the headline, "Company · School", the location, then
// "Contact info". Experience is mounted lazily and often absent; then the role can only
// be derived from a headline such as "CEO at Seyu".
import type { PositionLines } from './experience';
import { findSectionByHeading, pickCurrentPosition } from './experience';
import type { FoundFields, RawFields } from './fields';
import { toFoundFields } from './fields';
import * as sel from './selectors';
import { getTitleText } from './title-meta';
import { isReadable, isStaleCard, readLine } from './visibility';

const FOLLOWING = 4; // Node.DOCUMENT_POSITION_FOLLOWING

const follows = (a: Element, b: Element): boolean => (a.compareDocumentPosition(b) & FOLLOWING) !== 0;

/** "· 1st", "· 3rd+", "She/Her": shown beside the name, never the headline. */
function isBadge(line: string): boolean {
  return /^·/.test(line) || /^(?:1st|2nd|3rd\+?)$/.test(line) || /^(?:she|he|they|ze|xe)\/\w+$/i.test(line);
}

function findNameHeading(card: Element, name: string): Element | null {
  for (const heading of card.querySelectorAll(sel.sduiNameHeading)) {
    if (isReadable(heading) && readLine(heading) === name) return heading;
  }
  return null;
}

// "Looking at opportunities", "Working at scale": an "at" that does not name an employer.
const NOT_A_ROLE = /^(?:looking|working|seeking|open|aiming|hoping|helping|passionate|based)\b/i;

/** "Co-founder & CEO at Brännö Labs | Speaker" → role and company, marked derived. The
 * company must read as a name (capital or digit first). */
export function deriveFromHeadline(headline: string | null): { role: string; organization: string } | null {
  for (const part of headline?.split(/\s+[|•]\s+/) ?? []) {
    const match = /^(.{2,100}?)\s+(?:at|@)\s+([\p{Lu}\d].{1,99})$/u.exec(part.trim());
    if (match && !NOT_A_ROLE.test(match[1])) return { role: match[1], organization: match[2] };
  }
  return null;
}

function getPositions(section: Element): PositionLines[] {
  const linesOf = (item: Element) =>
    [...item.querySelectorAll(sel.sduiLine)]
      .filter((p) => p.closest(sel.sduiPosition) === item && isReadable(p))
      .map(readLine)
      .filter((line): line is string => !!line);
  return [...section.querySelectorAll(sel.sduiPosition)]
    .filter((item) => !item.querySelector(sel.sduiPosition) && isReadable(item))
    .map((item) => {
      const group = item.parentElement?.closest(sel.sduiPosition);
      return { lines: linesOf(item), groupLines: group && section.contains(group) ? linesOf(group) : null };
    });
}

function readTopCard(card: Element, heading: Element): RawFields {
  const contact = card.querySelector(sel.contactInfoLink);
  const link = (selector: string) => [...card.querySelectorAll(selector)].find(isReadable) ?? null;
  const company = readLine(link(sel.sduiCompanyLink));
  const school = readLine(link(sel.sduiSchoolLink));
  const lines = [...card.querySelectorAll(sel.sduiLine)]
    .filter((p) => follows(heading, p) && !heading.contains(p) && isReadable(p))
    .filter((p) => !contact || follows(p, contact))
    // Links are the company, the school, "Contact info", the connection count: not lines.
    .filter((p) => !p.closest('a, button') && !p.querySelector('a'))
    .map(readLine)
    .filter((line): line is string => !!line && !isBadge(line));
  const [headline, ...after] = lines;
  // "Company · School" names what the links name; the location is the last line before
  // "Contact info".
  const isEntityLine = (line: string) => line.includes(' · ') || line === company || line === school;
  const places = after.filter((line) => !isEntityLine(line) && !/\b(?:connections?|followers?)\b/i.test(line));
  return { headline, organization: company, location: places.at(-1) };
}

export function extractSdui2026(doc: Document, url: string): FoundFields {
  const name = getTitleText(doc.title);
  if (!name) return {};
  for (const card of doc.querySelectorAll(sel.sduiTopCard)) {
    const heading = isReadable(card) ? findNameHeading(card, name) : null;
    if (!heading) continue;
    if (isStaleCard(card, url)) return {};
    const top = readTopCard(card, heading);
    const section = findSectionByHeading(doc, 'Experience');
    const position = section ? pickCurrentPosition(getPositions(section)) : null;
    if (position) {
      return toFoundFields('sdui-2026', { ...top, name, role: position.role, organization: position.organization ?? top.organization });
    }
    const derived = deriveFromHeadline(top.headline ?? null);
    if (!derived) return toFoundFields('sdui-2026', { ...top, name });
    return toFoundFields(
      'sdui-2026',
      { ...top, name, role: derived.role, organization: top.organization ?? derived.organization },
      top.organization ? ['role'] : ['role', 'organization'],
    );
  }
  return {};
}
