// How dates and people read in the popup.
import type { Contact } from '../src/model';

const relative = new Intl.RelativeTimeFormat(undefined, { numeric: 'auto' });
const dateFormat = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: 'numeric' });

/** "just now", "5 minutes ago", "yesterday", then a date. */
export function formatWhen(at: number, now = Date.now()): string {
  const seconds = Math.round((at - now) / 1000);
  const abs = Math.abs(seconds);
  if (abs < 45) return 'just now';
  if (abs < 3600) return relative.format(Math.round(seconds / 60), 'minute');
  if (abs < 86400) return relative.format(Math.round(seconds / 3600), 'hour');
  if (abs < 7 * 86400) return relative.format(Math.round(seconds / 86400), 'day');
  return dateFormat.format(at);
}

/** "Role at Organization", or whichever half is known. */
export function formatRoleAt(contact: Pick<Contact, 'role' | 'organization'>): string {
  if (contact.role && contact.organization) return `${contact.role} at ${contact.organization}`;
  return contact.role || contact.organization || '';
}
