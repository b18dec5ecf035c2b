// Each message's one validator: what a handler receives is only the known fields, each of
// its type, length and allowed values; anything else is refused with words the user can act on.
import { describe, expect, it } from 'vitest';
import { CONTENT_MESSAGES, PAGE_MESSAGES, checkPageReading } from '../../src/protocol';

const refusal = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    return (error as Error).message;
  }
  return 'accepted';
};

const CAPTURE = {
  profileUrl: 'https://www.linkedin.com/in/maren-okafor/',
  name: 'Maren Okafor',
  firstName: 'Maren',
  headline: 'Hydrologist',
  role: 'Hydrologist',
  organization: '',
  location: null,
  sources: { name: { strategy: 'json-ld', derived: false, extra: 'dropped' } },
  missing: [],
};

describe('the content script’s messages', () => {
  it('page.save: a capture keeps its fields, cut to length, empty ones missing, nothing else', () => {
    const { reading } = CONTENT_MESSAGES['page.save'].check({
      reading: { kind: 'profile', capture: { ...CAPTURE, headline: 'x'.repeat(2500), injected: '<img>' } },
    });
    expect(reading).toEqual({
      kind: 'profile',
      capture: {
        profileUrl: 'https://www.linkedin.com/in/maren-okafor/',
        name: 'Maren Okafor',
        firstName: 'Maren',
        headline: 'x'.repeat(2000),
        role: 'Hydrologist',
        organization: null,
        location: null,
        sources: { name: { strategy: 'json-ld', derived: false } },
        missing: ['organization', 'location'],
      },
    });
  });

  it('page.save: refuses a capture without a name or with a field that is not text', () => {
    const save = (capture: object) => () => CONTENT_MESSAGES['page.save'].check({ reading: { kind: 'profile', capture } });
    expect(refusal(save({ ...CAPTURE, name: '  ' }))).toBe("Couldn't read the person's name on this page, so nothing was saved.");
    expect(refusal(save({ ...CAPTURE, role: 42 }))).toBe('The role read from the page is not text, so nothing was saved.');
    expect(refusal(save({ ...CAPTURE, profileUrl: 7 }))).toBe('The profile address is not text.');
    expect(refusal(() => checkPageReading({ kind: 'feed' }))).toBe('This page is not a LinkedIn profile.');
  });

  it('page.status: an address or null', () => {
    expect(CONTENT_MESSAGES['page.status'].check({ profileUrl: null })).toEqual({ profileUrl: null });
    expect(refusal(() => CONTENT_MESSAGES['page.status'].check({ profileUrl: 'x'.repeat(2001) }))).toBe(
      'The profile address is over 2,000 characters.',
    );
  });
});

describe('the pages’ messages', () => {
  it('refuses a request that is not an object of fields', () => {
    for (const request of [null, 'contact', ['id']]) {
      expect(refusal(() => PAGE_MESSAGES['contact.get'].check(request))).toBe('Rapport received a request it cannot read.');
    }
    expect(refusal(() => PAGE_MESSAGES['contact.get'].check({ id: '' }))).toBe('No person was named.');
    expect(refusal(() => PAGE_MESSAGES['tab.save'].check({ tabId: -1 }))).toBe('No tab was named.');
    expect(PAGE_MESSAGES['tab.current'].check({})).toEqual({});
  });

  it('contact.update: only the editable fields, each text within its length', () => {
    const check = (patch: unknown) => PAGE_MESSAGES['contact.update'].check({ id: 'c1', patch });
    expect(check({ role: 'Analyst', stage: 'met', createdAt: 0, notes: { person: 'Met at a fair' } })).toEqual({
      id: 'c1',
      patch: { role: 'Analyst', notes: { person: 'Met at a fair', organization: '', takeaways: '' } },
    });
    expect(refusal(() => check({ name: 5 }))).toBe('The name is not text.');
    expect(refusal(() => check({ notes: { takeaways: 'x'.repeat(20_001) } }))).toBe('The takeaways note is over 20,000 characters.');
    expect(refusal(() => check({ questions: 'Why?' }))).toBe('The questions are not a list.');
  });

  it('allowed values: stages, kinds of letter, snooze days, the word that deletes everything', () => {
    expect(refusal(() => PAGE_MESSAGES['contact.move'].check({ id: 'c1', to: 'hired' }))).toBe('"hired" is not a stage Rapport knows.');
    expect(refusal(() => PAGE_MESSAGES['letter.markSent'].check({ id: 'c1', variant: 'fax' }))).toBe(
      '"fax" is not a kind of letter Rapport knows.',
    );
    for (const days of [0, 91, 1.5, '7']) {
      expect(refusal(() => PAGE_MESSAGES['pipeline.snooze'].check({ id: 'c1', days }))).toBe('Snooze for 1 to 90 days.');
    }
    expect(PAGE_MESSAGES['pipeline.snooze'].check({ id: 'c1', days: null })).toEqual({ id: 'c1', days: null });
    expect(refusal(() => PAGE_MESSAGES['data.deleteAll'].check({ confirm: 'delete' }))).toBe(
      'Nothing was deleted: type DELETE to confirm.',
    );
  });

  it('drafts, settings and files', () => {
    const draft = { templateId: 't1', subject: 'Hello', body: 'x'.repeat(20_001) };
    expect(refusal(() => PAGE_MESSAGES['letter.saveDraft'].check({ id: 'c1', variant: 'email', draft }))).toBe(
      'The draft was not saved: its body is too long.',
    );
    expect(refusal(() => PAGE_MESSAGES['settings.save'].check({ settings: { notifications: 'yes' } }))).toBe(
      'The setting notifications is not a boolean.',
    );
    expect(refusal(() => PAGE_MESSAGES['settings.save'].check({ settings: { followUpDays: 0 } }))).toBe(
      'Days before a follow-up must be a whole number from 1 to 60.',
    );
    expect(refusal(() => PAGE_MESSAGES['data.commitImport'].check({ text: undefined }))).toBe('No file was read. Choose the file again.');
  });
});
