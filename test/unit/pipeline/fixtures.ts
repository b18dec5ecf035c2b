// A fictional contact to build test cases from.
import type { Contact } from '../../../src/model';

export const T0 = Date.UTC(2026, 0, 5, 9, 0); // Monday 5 January 2026, 09:00 UTC

export function makeContact(overrides: Partial<Contact> = {}): Contact {
  return {
    id: 'https://www.linkedin.com/in/ana-lind-example/',
    profileUrl: 'https://www.linkedin.com/in/ana-lind-example/',
    name: 'Ana Lind',
    firstName: 'Ana',
    headline: 'Product manager at Northwind',
    role: 'Product Manager',
    organization: 'Northwind Traders',
    location: 'Stockholm, Sweden',
    sources: {},
    missing: [],
    email: '',
    edited: [],
    leadSource: '',
    referrerId: null,
    why: '',
    stage: 'saved',
    history: [{ at: T0, kind: 'saved' }],
    notes: { person: '', organization: '', takeaways: '' },
    questions: [],
    drafts: {},
    meeting: null,
    nudges: 0,
    snoozedUntil: null,
    createdAt: T0,
    updatedAt: T0,
    nameKey: 'ana lind',
    ...overrides,
  };
}
