// How dates and people read in the popup.
import type { Contact } from '../src/model';

/** A formatter made on first use: making one takes time, and the popup's first screen needs
 * only two of them. */
function lazy<T>(make: () => T): () => T {
  let made: T | undefined;
  return () => (made ??= make());
}

const relative = lazy(() => new Intl.RelativeTimeFormat(undefined, { numeric: 'auto' }));
const dateFormat = lazy(() => new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: 'numeric' }));

/** "just now", "5 minutes ago", "yesterday", then a date. */
export function formatWhen(at: number, now = Date.now()): string {
  const seconds = Math.round((at - now) / 1000);
  const abs = Math.abs(seconds);
  if (abs < 45) return 'just now';
  if (abs < 3600) return relative().format(Math.round(seconds / 60), 'minute');
  if (abs < 86400) return relative().format(Math.round(seconds / 3600), 'hour');
  if (abs < 7 * 86400) return relative().format(Math.round(seconds / 86400), 'day');
  return dateFormat().format(at);
}

/** "Role at Organization", or whichever half is known. */
export function formatRoleAt(contact: Pick<Contact, 'role' | 'organization'>): string {
  if (contact.role && contact.organization) return `${contact.role} at ${contact.organization}`;
  return contact.role || contact.organization || '';
}

const dayFormat = lazy(() => new Intl.DateTimeFormat(undefined, { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' }));
const timeFormat = lazy(() => new Intl.DateTimeFormat(undefined, { hour: 'numeric', minute: '2-digit' }));
const dateTimeFormat = lazy(
  () =>
    new Intl.DateTimeFormat(undefined, {
      weekday: 'short',
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      hour: 'numeric',
      minute: '2-digit',
    }),
);

/** "Tue, 6 Jan 2026", in the user's locale and zone. */
export function formatDay(at: number): string {
  return dayFormat().format(at);
}

/** "14:30" or "2:30 PM", as the user's locale writes times. */
export function formatTime(at: number): string {
  return timeFormat().format(at);
}

/** "Tue, 6 Jan 2026, 14:30". */
export function formatDateTime(at: number): string {
  return dateTimeFormat().format(at);
}

/** Where a captured value came from, as a user reads it; the strategy's own name stays in
 * the label's tooltip for a bug report. */
const SOURCE_NAMES: Record<string, string> = {
  'json-ld': 'LinkedIn’s page data',
  voyager: 'LinkedIn’s page data',
  'topcard-2024': 'the LinkedIn profile',
  'sdui-2026': 'the LinkedIn profile',
  'sales-navigator': 'Sales Navigator',
  'title-meta': 'the page title',
  'linkedin-export': 'your LinkedIn export',
  'csv-import': 'your CSV import',
};

/** "from the LinkedIn profile", "guessed from the LinkedIn profile". */
export function describeSource(source: { strategy: string; derived: boolean }): string {
  return `${source.derived ? 'guessed from' : 'from'} ${SOURCE_NAMES[source.strategy] ?? 'LinkedIn'}`;
}
