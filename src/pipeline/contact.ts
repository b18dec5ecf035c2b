// Contact records from a capture: the first save, and a re-save that refreshes what
// LinkedIn shows without touching anything the user wrote.
import type { CapturedField, Contact, HistoryEntry, ProfileCapture } from '../model';
import { CAPTURED_FIELDS } from '../model';

export function getNameKey(name: string): string {
  return name.trim().toLocaleLowerCase();
}

/** What is known of a new person; every other field starts empty. */
export type ContactStart = Pick<Contact, 'id' | 'profileUrl' | 'name'> &
  Partial<
    Pick<
      Contact,
      | 'firstName'
      | 'headline'
      | 'role'
      | 'organization'
      | 'location'
      | 'sources'
      | 'missing'
      | 'email'
      | 'edited'
      | 'leadSource'
      | 'referrerId'
      | 'why'
      | 'notes'
    >
  >;

/** A new contact in stage "saved", whose history starts with `first` (how Rapport met them):
 * the one place a contact record is built, whether saved from a page, suggested by someone or
 * imported from a file. */
export function createContact(start: ContactStart, first: Omit<HistoryEntry, 'at'>, now: number): Contact {
  return {
    id: start.id,
    profileUrl: start.profileUrl,
    name: start.name,
    firstName: start.firstName ?? '',
    headline: start.headline ?? '',
    role: start.role ?? '',
    organization: start.organization ?? '',
    location: start.location ?? '',
    sources: start.sources ?? {},
    missing: start.missing ?? [],
    email: start.email ?? '',
    edited: start.edited ?? [],
    leadSource: start.leadSource ?? '',
    referrerId: start.referrerId ?? null,
    why: start.why ?? '',
    stage: 'saved',
    history: [{ at: now, ...first }],
    notes: start.notes ?? { person: '', organization: '', takeaways: '' },
    questions: [],
    drafts: {},
    meeting: null,
    nudges: 0,
    snoozedUntil: null,
    createdAt: now,
    updatedAt: now,
    nameKey: getNameKey(start.name),
  };
}

/** What the person on the page gives a new contact. */
export function getCapturedStart(capture: ProfileCapture): ContactStart {
  return {
    id: capture.profileUrl,
    profileUrl: capture.profileUrl,
    name: capture.name,
    firstName: capture.firstName ?? '',
    headline: capture.headline ?? '',
    role: capture.role ?? '',
    organization: capture.organization ?? '',
    location: capture.location ?? '',
    sources: { ...capture.sources },
    missing: [...capture.missing],
  };
}

/** A new contact in stage "saved" from the person on the page. */
export function newContact(capture: ProfileCapture, now: number): Contact {
  return createContact(getCapturedStart(capture), { kind: 'saved' }, now);
}

function getCapturedValue(capture: ProfileCapture, field: CapturedField): string | null {
  const value = capture[field];
  return value === null || value.trim() === '' ? null : value;
}

/**
 * A re-save of someone already saved. Captured fields are refreshed, except those the user
 * edited (Contact.edited) and those the page did not show this time (an empty value never
 * replaces a known one). Everything else the user wrote is kept. Returns `existing` itself
 * when no value changed; otherwise appends an 'updated' history entry naming the changes.
 */
export function mergeCapture(existing: Contact, capture: ProfileCapture, now: number): Contact {
  const next: Contact = { ...existing, sources: { ...existing.sources } };
  const changes: string[] = [];
  for (const field of CAPTURED_FIELDS) {
    if (existing.edited.includes(field)) continue;
    const value = getCapturedValue(capture, field);
    if (value === null || value === existing[field]) continue;
    changes.push(existing[field] ? `${field}: “${existing[field]}” → “${value}”` : `${field}: “${value}”`);
    next[field] = value;
    const source = capture.sources[field];
    if (source) next.sources[field] = source;
    else delete next.sources[field];
  }
  if (changes.length === 0) return existing;
  next.missing = capture.missing.filter((field) => !next[field].trim());
  next.nameKey = getNameKey(next.name);
  if (!next.profileUrl) next.profileUrl = capture.profileUrl;
  next.history = [...existing.history, { at: now, kind: 'updated', detail: changes.join('; ') }];
  next.updatedAt = now;
  return next;
}

/** By id (the canonical profile URL), ascending: the database's own key order. */
export function compareById(a: Pick<Contact, 'id'>, b: Pick<Contact, 'id'>): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
