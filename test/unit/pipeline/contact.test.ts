import { describe, expect, it } from 'vitest';
import type { ProfileCapture } from '../../../src/model';
import { mergeCapture, newContact } from '../../../src/pipeline/contact';
import { markRequestSent } from '../../../src/pipeline/stages';

const T = Date.UTC(2026, 1, 10, 9, 0);
const LATER = T + 30 * 24 * 3_600_000;

const capture: ProfileCapture = {
  profileUrl: 'https://www.linkedin.com/in/ana-lind-example/',
  name: 'Ana Lind',
  firstName: 'Ana',
  headline: 'Product manager at Northwind',
  role: 'Product Manager',
  organization: 'Northwind Traders',
  location: null,
  sources: {
    name: { strategy: 'json-ld', derived: false },
    role: { strategy: 'headline', derived: true },
    organization: { strategy: 'json-ld', derived: false },
  },
  missing: ['location'],
};

describe('newContact', () => {
  it('makes a saved contact keyed by the profile URL, with empty text for what was not read', () => {
    expect(newContact(capture, T)).toEqual({
      id: 'https://www.linkedin.com/in/ana-lind-example/',
      profileUrl: 'https://www.linkedin.com/in/ana-lind-example/',
      name: 'Ana Lind',
      firstName: 'Ana',
      headline: 'Product manager at Northwind',
      role: 'Product Manager',
      organization: 'Northwind Traders',
      location: '',
      sources: capture.sources,
      missing: ['location'],
      email: '',
      edited: [],
      leadSource: '',
      referrerId: null,
      why: '',
      stage: 'saved',
      history: [{ at: T, kind: 'saved' }],
      notes: { person: '', organization: '', takeaways: '' },
      questions: [],
      drafts: {},
      meeting: null,
      nudges: 0,
      snoozedUntil: null,
      createdAt: T,
      updatedAt: T,
      nameKey: 'ana lind',
    });
  });
});

describe('mergeCapture', () => {
  // Saved, then the user typed the role and location themselves and wrote notes.
  const existing = {
    ...markRequestSent(newContact(capture, T), T + 1000),
    role: 'Senior PM, Payments',
    location: 'Stockholm',
    edited: ['role' as const, 'location' as const],
    missing: [],
    why: 'She moved from consulting into product.',
    notes: { person: 'Spoke at the Lund meetup', organization: '', takeaways: '' },
    email: 'ana@example.org',
  };

  it('refreshes captured fields but keeps what the user edited and wrote', () => {
    const fresh: ProfileCapture = {
      ...capture,
      headline: 'Head of Product at Contoso',
      role: 'Head of Product',
      organization: 'Contoso',
      location: 'Gothenburg, Sweden',
      sources: {
        ...capture.sources,
        role: { strategy: 'experience', derived: false },
        location: { strategy: 'topcard-2026', derived: false },
      },
      missing: [],
    };
    const merged = mergeCapture(existing, fresh, LATER);
    expect(merged.headline).toBe('Head of Product at Contoso');
    expect(merged.organization).toBe('Contoso');
    expect(merged.role).toBe('Senior PM, Payments');
    expect(merged.location).toBe('Stockholm');
    expect(merged.sources.role).toEqual({ strategy: 'headline', derived: true });
    expect(merged.edited).toEqual(['role', 'location']);
    expect(merged.why).toBe(existing.why);
    expect(merged.notes).toEqual(existing.notes);
    expect(merged.email).toBe('ana@example.org');
    expect(merged.stage).toBe('request-sent');
    expect(merged.history.slice(0, -1)).toEqual(existing.history);
    expect(merged.history.at(-1)).toEqual({
      at: LATER,
      kind: 'updated',
      detail: 'headline: “Product manager at Northwind” → “Head of Product at Contoso”; organization: “Northwind Traders” → “Contoso”',
    });
    expect(merged.updatedAt).toBe(LATER);
    expect(merged.createdAt).toBe(T);
  });

  it('never blanks a known value because the page did not show it this time', () => {
    const sparse: ProfileCapture = { ...capture, headline: null, organization: '  ', missing: ['headline', 'organization'] };
    expect(mergeCapture(existing, sparse, LATER)).toBe(existing);
  });

  it('returns the same record, with no history entry, when nothing changed', () => {
    const same = mergeCapture(existing, capture, LATER);
    expect(same).toBe(existing);
  });

  it('fills a field read for the first time and drops it from missing', () => {
    const saved = newContact(capture, T);
    const merged = mergeCapture(saved, { ...capture, location: 'Malmö, Sweden', missing: [] }, LATER);
    expect(merged.location).toBe('Malmö, Sweden');
    expect(merged.missing).toEqual([]);
    expect(merged.history.at(-1)).toEqual({ at: LATER, kind: 'updated', detail: 'location: “Malmö, Sweden”' });
  });

  it('updates the name key with the name', () => {
    const merged = mergeCapture(newContact(capture, T), { ...capture, name: 'Ana Lind-Berg' }, LATER);
    expect(merged.nameKey).toBe('ana lind-berg');
  });
});
