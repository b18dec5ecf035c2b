// Strategy: the 2024 top card and Experience list, in both the logged-in (Ember) and the
// public (logged-out) page. They share a layout and differ in class names, which
// selectors.ts lists as fallbacks.
import type { PositionLines } from './experience';
import { findSectionByHeading, pickCurrentPosition } from './experience';
import type { FoundFields } from './fields';
import { toFoundFields } from './fields';
import * as sel from './selectors';
import { firstReadable, isReadable, isStaleCard, readLine, readableText } from './visibility';

function getLines(els: Iterable<Element>): string[] {
  const lines: string[] = [];
  for (const el of els) {
    const line = isReadable(el) ? readLine(el) : null;
    if (line) lines.push(line);
  }
  return lines;
}

/** Logged in: leaf entities are positions; an entity that holds others is a company
 * grouping several titles. */
function getEmberPositions(section: Element): PositionLines[] {
  const linesOf = (entity: Element) =>
    getLines([...entity.querySelectorAll(sel.emberLine)].filter((line) => line.closest(sel.emberPositionEntity) === entity));
  const positions: PositionLines[] = [];
  for (const entity of section.querySelectorAll(sel.emberPositionEntity)) {
    if (entity.querySelector(sel.emberPositionEntity)) continue;
    const group = entity.parentElement?.closest(sel.emberPositionEntity);
    positions.push({ lines: linesOf(entity), groupLines: group && section.contains(group) ? linesOf(group) : null });
  }
  return positions;
}

function getPublicPositions(section: Element): PositionLines[] {
  const positions: PositionLines[] = [];
  for (const item of section.querySelectorAll(sel.publicPosition)) {
    const line = (selector: string) => getLines([...item.querySelectorAll(selector)].slice(0, 1))[0] ?? '';
    const title = line(sel.publicPositionTitle);
    // A masked title ("****") is no title, and the company must not slide into its place.
    if (!title) continue;
    const group = item.closest(sel.publicPositionGroup);
    positions.push({
      lines: [title, line(sel.publicPositionCompany), line(sel.publicPositionDates)],
      groupLines: group ? getLines(group.querySelectorAll(sel.publicPositionGroupCompany)) : null,
    });
  }
  return positions;
}

function getPositions(doc: Document): PositionLines[] {
  const publicSection = doc.querySelector(sel.publicExperienceSection);
  if (publicSection) return getPublicPositions(publicSection);
  const section = doc.querySelector(sel.experienceAnchor)?.closest('section') ?? findSectionByHeading(doc, 'experience');
  return section ? getEmberPositions(section) : [];
}

export function extractTopCard2024(doc: Document, url: string): FoundFields {
  const card = firstReadable(doc, sel.topCard);
  if (!card || isStaleCard(card, url)) return {};
  const name = readableText(firstReadable(card, sel.topCardName));
  if (!name) return {};
  const position = pickCurrentPosition(getPositions(doc));
  return toFoundFields('topcard-2024', {
    name,
    headline: readableText(firstReadable(card, sel.topCardHeadline)),
    role: position?.role,
    organization: position?.organization ?? readableText(firstReadable(card, sel.topCardCurrentCompany)),
    location: readableText(firstReadable(card, sel.topCardLocation)),
  });
}
