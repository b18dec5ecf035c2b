import { describe, expect, it } from 'vitest';
import { ReferralError, getReferrals, makeReferralLead } from '../../../src/pipeline/referrals';
import { T0, makeContact } from './fixtures';

const NOW = T0 + 40 * 24 * 3_600_000;
const referrer = makeContact({ stage: 'met' });

describe('makeReferralLead', () => {
  it('makes a saved lead keyed by the profile URL and linked to the referrer', () => {
    const lead = makeReferralLead(
      {
        name: ' Bo Ek ',
        role: 'Data Engineer',
        organization: 'Contoso',
        profileUrl: 'https://www.linkedin.com/in/bo-ek-example/',
        note: 'Moved from physics into data',
      },
      referrer,
      NOW,
    );
    expect(lead).toEqual({
      id: 'https://www.linkedin.com/in/bo-ek-example/',
      profileUrl: 'https://www.linkedin.com/in/bo-ek-example/',
      name: 'Bo Ek',
      firstName: '',
      headline: '',
      role: 'Data Engineer',
      organization: 'Contoso',
      location: '',
      sources: {},
      missing: [],
      email: '',
      edited: ['name', 'role', 'organization'],
      leadSource: 'Referred by Ana Lind',
      referrerId: referrer.id,
      why: '',
      stage: 'saved',
      history: [{ at: NOW, kind: 'saved', detail: 'Referred by Ana Lind' }],
      notes: { person: 'Moved from physics into data', organization: '', takeaways: '' },
      questions: [],
      drafts: {},
      meeting: null,
      nudges: 0,
      snoozedUntil: null,
      createdAt: NOW,
      updatedAt: NOW,
      nameKey: 'bo ek',
    });
  });

  it('uses the given canonicalizer for the link', () => {
    const lead = makeReferralLead(
      { name: 'Bo Ek', profileUrl: 'https://se.linkedin.com/in/Bo-Ek-Example?trk=x' },
      referrer,
      NOW,
      (url) => `https://www.linkedin.com/in/${url.split('/in/')[1].split('?')[0].toLowerCase()}/`,
    );
    expect(lead.id).toBe('https://www.linkedin.com/in/bo-ek-example/');
    expect(lead.edited).toEqual(['name']);
  });

  it('gives someone without a link a unique local id', () => {
    const a = makeReferralLead({ name: 'Bo Ek' }, referrer, NOW);
    const b = makeReferralLead({ name: 'Bo Ek' }, referrer, NOW);
    expect(a.id).toMatch(/^local:[0-9a-f-]{36}$/);
    expect(a.id).not.toBe(b.id);
    expect(a.profileUrl).toBe('');
  });

  it('refuses a lead without a name or with a link that is not a profile', () => {
    expect(() => makeReferralLead({ name: '  ' }, referrer, NOW)).toThrow(ReferralError);
    expect(() => makeReferralLead({ name: 'Bo', profileUrl: 'https://www.linkedin.com/company/contoso/' }, referrer, NOW)).toThrow(
      expect.objectContaining({ field: 'profileUrl' }),
    );
  });
});

describe('getReferrals', () => {
  it('lists who a contact suggested, oldest first', () => {
    const b = makeReferralLead({ name: 'B' }, referrer, NOW + 1);
    const a = makeReferralLead({ name: 'A' }, referrer, NOW);
    const other = makeReferralLead({ name: 'C' }, makeContact({ id: 'someone-else' }), NOW);
    expect(getReferrals([b, other, a, referrer], referrer).map((c) => c.name)).toEqual(['A', 'B']);
  });
});
