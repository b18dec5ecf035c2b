// The current position from an Experience list, shared by the 2024 and 2026 forms: both
// show an entry as lines (title, "Company · Full-time", dates, place…), and a company
// with several titles as a header line above its positions. Dates and employment types
// are read in any interface language (words.ts).
import { isReadable, readLine, readableText } from './visibility';
import { type SectionKind, isCurrentRange, isDateRange, isDuration, isEmploymentType, isSectionName, toWordKey } from './words';

export interface PositionLines {
  /** The position's own lines: title first. */
  lines: string[];
  /** The company header's lines when the position is grouped under it. */
  groupLines: string[] | null;
}

export interface CurrentPosition {
  role: string;
  organization: string | null;
}

const partsOf = (line: string) =>
  line
    .split(' · ')
    .map((part) => part.trim())
    .filter(Boolean);

/** How the entries on this page say how someone worked, in the page's own language: a part
 * followed on its line by dates or a duration ("Vollzeit · 4 Jahre", "Full-time · Nov 2024 -
 * Present"), never an entry's or a header's first part (its title or company). */
function getEmploymentTypes(positions: readonly PositionLines[]): Set<string> {
  const types = new Set<string>();
  for (const block of positions.flatMap(({ lines, groupLines }) => [lines, groupLines ?? []])) {
    block.forEach((line, index) => {
      const parts = partsOf(line);
      parts.forEach((part, i) => {
        const after = parts.slice(i + 1);
        if ((index === 0 && i === 0) || !after.length || isDateRange(part) || isDuration(part)) return;
        if (isDateRange(after[0]) || after.every(isDuration)) types.add(toWordKey(part));
      });
    });
  }
  return types;
}

/** A line holding a date range: "Mar 2023 – Present · 3 yrs", "Jan 2016 - Jun 2018". */
function hasDateRange(line: string): boolean {
  return partsOf(line).some(isDateRange);
}

/** The first entry whose dates run to the present. Its title is the first line; its
 * company is on a line between the title and the dates ("Company · Full-time"), or the
 * group header's first line when titles are grouped under a company. Lines after the dates
 * are the place and the description, never the company. An entry without current dates is
 * never taken: a past job reported as the current role is worse than a missing one. */
export function pickCurrentPosition(positions: readonly PositionLines[]): CurrentPosition | null {
  const types = getEmploymentTypes(positions);
  // A part that says how or how long, never who or where: "Full-time", "3 yrs 2 mos".
  const isAttribute = (part: string) => types.has(toWordKey(part)) || isEmploymentType(part) || isDuration(part) || /^[·•]$/.test(part);
  for (const { lines, groupLines } of positions) {
    const dated = lines.findIndex((line) => partsOf(line).some(isCurrentRange));
    if (dated === -1) continue;
    // Every part before the date range, with the line it is on.
    const before: { part: string; line: number }[] = [];
    for (const [index, line] of lines.slice(0, dated + 1).entries()) {
      for (const part of partsOf(line)) {
        if (isDateRange(part)) break;
        if (!isAttribute(part)) before.push({ part, line: index });
      }
    }
    const [title, ...rest] = before;
    if (!title) continue;
    const header = groupLines?.length ? partsOf(groupLines[0]).find((part) => !isAttribute(part)) : undefined;
    const organization = header ?? rest.find((item) => item.line > title.line)?.part ?? null;
    return { role: title.part, organization };
  }
  return null;
}

/** The first readable `section` whose own heading is `kind`'s in any interface language
 * (the 2024 card and the 2026 section both use an h2; the 2024 one doubles its text for
 * screen readers). */
export function findSectionByHeading(doc: Document, kind: SectionKind): Element | null {
  for (const heading of doc.querySelectorAll('section h2')) {
    const text = readableText(heading);
    if (!text || !isSectionName(text, kind)) continue;
    const section = heading.closest('section');
    if (section && isReadable(section)) return section;
  }
  return null;
}

/** The positions of a section whose markup says nothing of its own (2026: hashed classes,
 * any nesting): each entry is the largest box around one date line that holds no other;
 * a box around several entries whose own lines come before them is a company group.
 * `lineSelector` names the elements that hold one line of text each. */
export function findPositionsByDates(section: Element, lineSelector: string): PositionLines[] {
  const lines = [...section.querySelectorAll(lineSelector)]
    .filter((el) => !el.querySelector(lineSelector) && isReadable(el))
    .map((el) => ({ el, text: readLine(el) }))
    .filter((line): line is { el: Element; text: string } => !!line.text);
  const dates = lines.filter((line) => hasDateRange(line.text)).map((line) => line.el);
  const datesIn = (box: Element) => dates.filter((date) => box.contains(date)).length;

  const boxes: Element[] = [];
  for (const date of dates) {
    let box = date;
    while (box.parentElement && box.parentElement !== section && datesIn(box.parentElement) === 1) box = box.parentElement;
    if (!boxes.includes(box)) boxes.push(box);
  }
  const inBox = (el: Element) => boxes.some((box) => box.contains(el));
  const heading = section.querySelector('h2');

  // A line outside every entry heads the smallest box around it that holds entries, when
  // it comes before them: "Tallbo Pay", "Full-time · 5 yrs".
  const headers = new Map<Element, string[]>();
  for (const line of lines) {
    if (inBox(line.el)) continue;
    let group = line.el.parentElement;
    while (group && group !== section && !boxes.some((box) => group!.contains(box))) group = group.parentElement;
    if (!group || group === section || (heading && group.contains(heading))) continue;
    const first = boxes.find((box) => group!.contains(box))!;
    if (!(line.el.compareDocumentPosition(first) & 4)) continue; // Node.DOCUMENT_POSITION_FOLLOWING
    headers.set(group, [...(headers.get(group) ?? []), line.text]);
  }

  return boxes.map((box) => {
    let groupLines: string[] | null = null;
    for (let up = box.parentElement; up && up !== section && !groupLines; up = up.parentElement) groupLines = headers.get(up) ?? null;
    return { lines: lines.filter((line) => box.contains(line.el)).map((line) => line.text), groupLines };
  });
}
