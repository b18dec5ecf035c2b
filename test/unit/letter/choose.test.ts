import { describe, expect, test } from 'vitest';
import { fillPlaceholder, getBestTemplate, getInitialVariant, hasPlaceholder } from '../../../src/letter/choose';
import { SAMPLE_CONTACT, SAMPLE_NOW, SAMPLE_PROFILE } from '../../../src/letter/sample';
import { DEFAULT_TEMPLATES } from '../../../src/letter/templates';
import type { Draft, Stage } from '../../../src/model';

const draft = (updatedAt: number): Draft => ({ templateId: 't', subject: '', body: 'b', updatedAt });

describe('the letter the panel opens with', () => {
  test.each([
    ['meeting-scheduled', 'thanks'],
    ['met', 'thanks'],
    ['thanked', 'touch-base'],
    ['in-touch', 'touch-base'],
    ['saved', 'connection'],
    ['no-reply', 'connection'],
  ] as [Stage, string][])('at %s: %s', (stage, variant) => {
    expect(getInitialVariant({ stage, drafts: {} })).toBe(variant);
  });

  test('before a meeting, the request last worked on', () => {
    expect(getInitialVariant({ stage: 'request-sent', drafts: { connection: draft(1), inmail: draft(3), email: draft(2) } })).toBe(
      'inmail',
    );
    expect(getInitialVariant({ stage: 'saved', drafts: { thanks: draft(9), email: draft(1) } })).toBe('email');
  });
});

describe('the template the panel opens with', () => {
  const connection = DEFAULT_TEMPLATES.filter((t) => t.variant === 'connection');
  const ctx = { contact: SAMPLE_CONTACT, profile: SAMPLE_PROFILE, now: SAMPLE_NOW };

  test('is the first one this person’s details fill completely: no referral note without a referrer', () => {
    expect(getBestTemplate(connection, { ...ctx, referrer: null })?.id).toBe('builtin:connection-intro');
    expect(getBestTemplate(connection.slice(1), { ...ctx, referrer: null })?.id).toBe('builtin:connection-why');
    expect(getBestTemplate(connection.slice(2), { ...ctx, referrer: { name: 'Dr. Natarajan' } })?.id).toBe('builtin:connection-referral');
  });

  test('is the first one when none fills completely, and none when there are none', () => {
    const empty = { ...ctx, contact: { ...SAMPLE_CONTACT, why: '', role: '', organization: '' }, referrer: null };
    expect(getBestTemplate(connection.slice(1), empty)?.id).toBe(connection[1].id);
    expect(getBestTemplate([], ctx)).toBeUndefined();
  });
});

describe('placeholders in a draft', () => {
  test('are found and filled in any of their spellings, the rest of the text kept', () => {
    const text = 'Hi {First Name}, about {company} and {organization}: {role}';
    expect(hasPlaceholder(text, 'organization')).toBe(true);
    expect(hasPlaceholder(text, 'why you')).toBe(false);
    expect(fillPlaceholder(text, 'organization', 'Northwind')).toBe('Hi {First Name}, about Northwind and Northwind: {role}');
    expect(fillPlaceholder('{frist name} {first name}', 'first name', 'Maya')).toBe('{frist name} Maya');
  });
});
