// People a contact suggested ("who else should I talk to?") become new leads linked to
// whoever referred them, so the request letter can mention the referrer.
import type { CapturedField, Contact } from '../model';
import { createContact } from './contact';

export interface ReferralInput {
  name: string;
  role?: string;
  organization?: string;
  profileUrl?: string;
  /** What the referrer said about the person; kept as the note on the person. */
  note?: string;
}

/** Maps a profile link to its canonical form, or null when it is not a profile link. */
export type CanonicalizeProfileUrl = (url: string) => string | null;

const CANONICAL_PROFILE_URL = /^https:\/\/www\.linkedin\.com\/in\/[^/?#\s]+\/$/;

/** Accepts only an already canonical link; the content code's canonicalizer is stricter and kinder. */
function acceptCanonical(url: string): string | null {
  return CANONICAL_PROFILE_URL.test(url) ? url : null;
}

export class ReferralError extends Error {
  readonly field: 'name' | 'profileUrl';
  constructor(field: 'name' | 'profileUrl', message: string) {
    super(message);
    this.name = 'ReferralError';
    this.field = field;
  }
}

/** An id for a person with no LinkedIn link yet. */
function newLocalId(): string {
  return `local:${globalThis.crypto.randomUUID()}`;
}

/**
 * A new lead (stage "saved") suggested by `referrer`. Keyed by the canonical profile URL
 * when one is given, so saving the person from LinkedIn later finds this record; otherwise
 * by a local id. What the user typed counts as edited, so a later save keeps it.
 */
export function makeReferralLead(
  input: ReferralInput,
  referrer: Contact,
  now: number,
  canonicalize: CanonicalizeProfileUrl = acceptCanonical,
): Contact {
  const name = input.name.trim();
  if (!name) throw new ReferralError('name', 'A referral needs a name.');
  const link = input.profileUrl?.trim() ?? '';
  const profileUrl = link ? canonicalize(link) : '';
  if (profileUrl === null) throw new ReferralError('profileUrl', 'That is not a LinkedIn profile link.');
  const role = input.role?.trim() ?? '';
  const organization = input.organization?.trim() ?? '';
  const typed: CapturedField[] = ['name'];
  if (role) typed.push('role');
  if (organization) typed.push('organization');
  const leadSource = `Referred by ${referrer.name.trim() || 'a contact'}`;
  return createContact(
    {
      id: profileUrl || newLocalId(),
      profileUrl,
      name,
      role,
      organization,
      edited: typed,
      leadSource,
      referrerId: referrer.id,
      notes: { person: input.note?.trim() ?? '', organization: '', takeaways: '' },
    },
    { kind: 'saved', detail: leadSource },
    now,
  );
}

/** The contacts `referrer` suggested, oldest first. */
export function getReferrals(contacts: readonly Contact[], referrer: Contact): Contact[] {
  return contacts.filter((c) => c.referrerId === referrer.id).sort((a, b) => a.createdAt - b.createdAt);
}
