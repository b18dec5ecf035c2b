// Calendar arithmetic in an IANA time zone, with nothing but Intl. A reminder "in three
// months" or "tomorrow" means the user's wall clock, so across a daylight-saving change it
// is not a multiple of 24 hours.

export interface WallTime {
  year: number;
  month: number; // 1–12
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
}

const DAY = 24 * 60 * 60 * 1000;

const formatters = new Map<string, Intl.DateTimeFormat>();

function getFormatter(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    // Throws RangeError on an unknown zone: better than silently using UTC.
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** The wall time as the zone's formatter reads it: exact, and the slow part (about 10 µs). */
function readWallTime(instant: number, timeZone: string): WallTime {
  const parts: Record<string, number> = {};
  for (const part of getFormatter(timeZone).formatToParts(instant)) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  return {
    year: parts.year,
    month: parts.month,
    day: parts.day,
    hour: parts.hour === 24 ? 0 : parts.hour,
    minute: parts.minute,
    second: parts.second,
    millisecond: ((instant % 1000) + 1000) % 1000,
  };
}

function wallTimeAsUtc(wall: WallTime): number {
  return Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second, wall.millisecond);
}

function readUtcOffset(instant: number, timeZone: string): number {
  return wallTimeAsUtc(readWallTime(instant, timeZone)) - instant;
}

/**
 * Offsets by zone and UTC day: the offset when it is the same at the day's first and last
 * millisecond, or null on a day the zone changes offset. Zones change at most twice a year,
 * so a popup working out due dates for 10,000 people asks the formatter a few hundred
 * times instead of a hundred thousand.
 */
const offsetsByDay = new Map<string, Map<number, number | null>>();
const MAX_CACHED_DAYS = 20_000;

/** Offset of the zone from UTC at that instant, in ms (Stockholm in summer: +7_200_000). */
export function getUtcOffset(instant: number, timeZone: string): number {
  const day = Math.floor(instant / DAY);
  let days = offsetsByDay.get(timeZone);
  if (!days) {
    days = new Map();
    offsetsByDay.set(timeZone, days);
  }
  let offset = days.get(day);
  if (offset === undefined) {
    const first = readUtcOffset(day * DAY, timeZone);
    offset = first === readUtcOffset(day * DAY + DAY - 1, timeZone) ? first : null;
    if (days.size >= MAX_CACHED_DAYS) days.clear();
    days.set(day, offset);
  }
  return offset ?? readUtcOffset(instant, timeZone);
}

export function getWallTime(instant: number, timeZone: string): WallTime {
  const shifted = new Date(instant + getUtcOffset(instant, timeZone));
  return {
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth() + 1,
    day: shifted.getUTCDate(),
    hour: shifted.getUTCHours(),
    minute: shifted.getUTCMinutes(),
    second: shifted.getUTCSeconds(),
    millisecond: shifted.getUTCMilliseconds(),
  };
}

/**
 * The instant a wall-clock time names in a zone. Like Temporal's "compatible"
 * disambiguation: a time repeated when clocks go back resolves to the earlier instant; a
 * time skipped when clocks go forward is read with the offset before the change (02:30 on
 * the spring-forward night in Stockholm becomes 03:30 summer time).
 */
export function fromWallTime(wall: WallTime, timeZone: string): number {
  const local = wallTimeAsUtc(wall);
  // Zone changes are months apart, so the offsets a day either side cover every case.
  const offsetBefore = getUtcOffset(local - DAY, timeZone);
  const offsetAfter = getUtcOffset(local + DAY, timeZone);
  const candidates = [local - offsetBefore, local - offsetAfter].filter((instant) => instant + getUtcOffset(instant, timeZone) === local);
  if (candidates.length === 0) return local - offsetBefore;
  return Math.min(...candidates);
}

function getDaysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * The same wall-clock time `months` calendar months later in the zone. A day that does not
 * exist in the target month is clamped to its last day (31 January + 1 month = 28 or 29
 * February), as calendars do.
 */
export function addMonths(instant: number, months: number, timeZone: string): number {
  const wall = getWallTime(instant, timeZone);
  const monthIndex = wall.year * 12 + (wall.month - 1) + months;
  const year = Math.floor(monthIndex / 12);
  const month = (monthIndex % 12) + 1;
  const day = Math.min(wall.day, getDaysInMonth(year, month));
  return fromWallTime({ ...wall, year, month, day }, timeZone);
}

/** The same wall-clock time `days` calendar days later in the zone. */
export function addDays(instant: number, days: number, timeZone: string): number {
  const wall = getWallTime(instant, timeZone);
  const shifted = new Date(Date.UTC(wall.year, wall.month - 1, wall.day + days));
  return fromWallTime({ ...wall, year: shifted.getUTCFullYear(), month: shifted.getUTCMonth() + 1, day: shifted.getUTCDate() }, timeZone);
}

/** The first instant of the calendar day that holds `instant`, in the zone. */
export function getStartOfDay(instant: number, timeZone: string): number {
  return fromWallTime({ ...getWallTime(instant, timeZone), hour: 0, minute: 0, second: 0, millisecond: 0 }, timeZone);
}

/** "2026-03-29": the calendar date of an instant in the zone. */
export function getDateKey(instant: number, timeZone: string): string {
  const { year, month, day } = getWallTime(instant, timeZone);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The zone the runtime reports for the user; callers that know better pass a zone in. */
export function getDefaultTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}
