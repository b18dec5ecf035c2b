// The current position from an Experience list, shared by the 2024 and 2026 forms: both
// show an entry as lines (title, "Company · Full-time", dates, place…), and a company
// with several titles as a header line above its positions.
import { isReadable, readableText } from './visibility';

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

/** "Jan 2019 – Present · 7 yrs", "Feb 2019 to Present" (screen-reader text),
 * "Jul 2021 - Present 2 years" (public). */
export function isCurrentDates(line: string): boolean {
  return /(?:[-–—]|\bto)\s*Present\b/.test(line);
}

/** The first entry whose dates run to "Present". An entry without such dates is never
 * taken: a past job reported as the current role is worse than a missing one. */
export function pickCurrentPosition(positions: readonly PositionLines[]): CurrentPosition | null {
  for (const { lines, groupLines } of positions) {
    const [title, second] = lines;
    if (!title || !lines.slice(1).some(isCurrentDates)) continue;
    const organization = groupLines
      ? (groupLines[0] ?? null)
      : second && !isCurrentDates(second)
        ? second.split(' · ')[0]
        : null;
    return { role: title, organization };
  }
  return null;
}

/** The first readable `section` whose own heading reads `title` (the 2024 card and the
 * 2026 section both use an h2; the 2024 one doubles its text for screen readers). */
export function findSectionByHeading(doc: Document, title: string): Element | null {
  for (const heading of doc.querySelectorAll('section h2')) {
    if (readableText(heading)?.replace(/\s+/g, ' ').trim() !== title) continue;
    const section = heading.closest('section');
    if (section && isReadable(section)) return section;
  }
  return null;
}
