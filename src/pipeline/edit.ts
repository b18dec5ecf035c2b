// A user's edit of a contact: captured fields they change are remembered as theirs, so a
// later re-save from LinkedIn never overwrites what they typed.
import type { CapturedField, Contact } from '../model';
import { CAPTURED_FIELDS } from '../model';
import { getNameKey } from './contact';

export type EditableContact = Pick<
  Contact,
  'name' | 'firstName' | 'headline' | 'role' | 'organization' | 'location' | 'email' | 'leadSource' | 'why' | 'notes' | 'questions' | 'prep'
>;

export function applyPatch(contact: Contact, patch: Partial<EditableContact>, now: number): Contact {
  const next: Contact = { ...contact, ...patch, updatedAt: now };
  const edited = new Set<CapturedField>(contact.edited);
  for (const field of CAPTURED_FIELDS) {
    if (patch[field] !== undefined && patch[field] !== contact[field]) {
      edited.add(field);
    }
  }
  next.edited = [...edited];
  next.missing = contact.missing.filter((field) => !(patch[field] ?? '').trim());
  next.nameKey = getNameKey(next.name);
  return next;
}
