import { describe, expect, test } from 'vitest';
import { composeLetter } from '../../../src/letter/compose';
import { SAMPLE_CONTACT, SAMPLE_NOW, SAMPLE_PROFILE, SAMPLE_REFERRER } from '../../../src/letter/sample';
import {
  DEFAULT_TEMPLATES,
  TEMPLATE_LIMITS,
  addTemplate,
  checkTemplateList,
  describeUnsaved,
  duplicateTemplate,
  isTemplateModified,
  resetTemplate,
  resetTemplates,
  validateTemplate,
} from '../../../src/letter/templates';
import { VARIANT_IDS } from '../../../src/letter/variants';
import type { Template } from '../../../src/model';

const FREE = { linkedinPremium: false };

function fillWithSample(t: Template) {
  return composeLetter({
    template: t,
    contact: SAMPLE_CONTACT,
    profile: SAMPLE_PROFILE,
    settings: FREE,
    referrer: SAMPLE_REFERRER,
    now: SAMPLE_NOW,
  });
}

const byId = (id: string) => DEFAULT_TEMPLATES.find((t) => t.id === id)!;
const requests = DEFAULT_TEMPLATES.filter((t) => ['connection', 'email', 'inmail'].includes(t.variant));

describe('the default templates', () => {
  test('have stable, unique ids and cover every kind of letter', () => {
    expect(DEFAULT_TEMPLATES.map((t) => t.id)).toEqual([
      'builtin:connection-intro',
      'builtin:connection-why',
      'builtin:connection-referral',
      'builtin:email-intro',
      'builtin:email-referral',
      'builtin:inmail-intro',
      'builtin:thanks',
      'builtin:touch-base',
    ]);
    expect(DEFAULT_TEMPLATES.every((t) => t.builtIn)).toBe(true);
    expect(new Set(DEFAULT_TEMPLATES.map((t) => t.variant))).toEqual(new Set(VARIANT_IDS));
  });

  test.each(DEFAULT_TEMPLATES.map((t) => [t.id, t] as const))('%s validates', (_, t) => {
    expect(validateTemplate(t)).toEqual([]);
  });

  test.each(DEFAULT_TEMPLATES.map((t) => [t.id, t] as const))(
    '%s, filled for the sample contact, is complete and draws no warning',
    (_, t) => {
      const letter = fillWithSample(t);
      expect(letter.unfilled).toEqual([]);
      expect(letter.unknown).toEqual([]);
      expect(letter.warnings).toEqual([]);
    },
  );

  test.each(DEFAULT_TEMPLATES.filter((t) => t.variant === 'connection').map((t) => [t.id, t] as const))(
    '%s fits a free account’s 200 characters with the sample contact',
    (_, t) => {
      const letter = fillWithSample(t);
      expect(letter.limit).toBe(200);
      expect(letter.length).toBeLessThanOrEqual(200);
    },
  );

  test('the short introduction reads as a person would write it', () => {
    expect(fillWithSample(byId('builtin:connection-intro')).body).toBe(
      "Hi Maya, I'm Jordan Reyes, studying information science. May I ask how you became Senior UX Researcher at Northwind Health? 20 min, phone or coffee, whenever suits you. Just for advice.",
    );
  });

  test('every request is brief, at their convenience, and for advice only', () => {
    for (const t of requests) {
      const { body } = fillWithSample(t);
      expect(body, t.id).toMatch(/20(–30)? min/);
      expect(body, t.id).toMatch(/whenever|schedule/);
      expect(body, t.id).toMatch(/coffee/);
      expect(body, t.id).toMatch(/phone/);
      expect(body, t.id).toMatch(/advice/);
    }
  });

  test('request emails and InMail say who I am, my goals, what I hope to learn, and that it is not about work', () => {
    for (const id of ['builtin:email-intro', 'builtin:email-referral', 'builtin:inmail-intro']) {
      const { body } = fillWithSample(byId(id));
      expect(body, id).toContain('studying information science at the University of Michigan');
      expect(body, id).toContain('I hope to move into user research in health care');
      expect(body, id).toContain('how you became Senior UX Researcher at Northwind Health');
      expect(body, id).toContain('not for employment');
      expect(body, id).toMatch(/lunch break/);
      expect(body, id).toMatch(/office/);
    }
  });

  test('the referral email names who suggested the person, in the subject and first line', () => {
    const letter = fillWithSample(byId('builtin:email-referral'));
    expect(letter.subject).toBe('Dr. Priya Natarajan suggested I contact you');
    expect(letter.body.split('\n')[2]).toBe(
      "Dr. Priya Natarajan suggested I reach out to you. I'm Jordan Reyes, studying information science at the University of Michigan, and I hope to move into user research in health care.",
    );
  });

  test('the thank-you note is built on what the user wrote after the meeting', () => {
    const letter = fillWithSample(byId('builtin:thanks'));
    expect(letter.subject).toBe('Thank you for your time and advice');
    expect(letter.body).toContain('Thank you for meeting with me on Tuesday, March 3.');
    expect(letter.body).toContain(`What I took away most:\n${SAMPLE_CONTACT.notes.takeaways}`);
  });
});

describe('validateTemplate', () => {
  const base: Template = { id: 'mine', variant: 'email', name: 'Mine', subject: 'Hi', body: 'Hello', builtIn: false };

  test('an unknown placeholder is an error with its text, place and a plain explanation', () => {
    expect(validateTemplate({ ...base, body: 'Dear {first name},\nI admire {compnay}.' })).toEqual([
      {
        code: 'unknown',
        part: 'body',
        index: 28,
        text: '{compnay}',
        message: '{compnay} on line 2 is not a placeholder Rapport knows. Check the spelling against the list, or remove the braces.',
      },
    ]);
  });

  test('an unclosed brace in the subject', () => {
    expect(validateTemplate({ ...base, subject: 'About {organization' })).toEqual([
      { code: 'unclosed', part: 'subject', index: 6, text: '{organization', message: '{organization on line 1 has no closing }.' },
    ]);
  });

  test('an empty letter, an empty name, an email without a subject', () => {
    expect(validateTemplate({ ...base, name: ' ', subject: '', body: '\n ' }).map((e) => e.code)).toEqual([
      'empty-name',
      'empty-body',
      'empty-subject',
    ]);
  });

  test('an InMail subject of 201 characters is over; 200 is fine', () => {
    const inmail = { ...base, variant: 'inmail' as const };
    expect(validateTemplate({ ...inmail, subject: 's'.repeat(200) })).toEqual([]);
    expect(validateTemplate({ ...inmail, subject: 's'.repeat(201) })).toEqual([
      { code: 'subject-over-limit', part: 'subject', message: 'The subject is 201 characters; LinkedIn allows 200.' },
    ]);
  });

  test('a subject on a connection note would never be sent', () => {
    expect(validateTemplate({ ...base, variant: 'connection', subject: 'Hello' }).map((e) => e.code)).toEqual(['subject-not-sent']);
  });
});

describe('editing the list of templates', () => {
  const mine: Template = { id: 'mine', variant: 'email', name: 'Introduction', subject: 'S', body: 'B', builtIn: false };

  test('a duplicate is the user’s own copy, right after the original, with a distinct name', () => {
    const once = duplicateTemplate(DEFAULT_TEMPLATES, 'builtin:email-intro', 'copy-1');
    expect(once.map((t) => t.id).slice(3, 6)).toEqual(['builtin:email-intro', 'copy-1', 'builtin:email-referral']);
    expect(once[4]).toEqual({ ...byId('builtin:email-intro'), id: 'copy-1', name: 'Introduction (copy)', builtIn: false });
    const twice = duplicateTemplate(once, 'builtin:email-intro', 'copy-2');
    expect(twice[4]).toMatchObject({ id: 'copy-2', name: 'Introduction (copy 2)' });
  });

  test('a new template is the user’s own, at the end of its group, started with a greeting and a subject where it has one', () => {
    const list = addTemplate(DEFAULT_TEMPLATES, 'email', 'new-1');
    expect(list.map((t) => t.id).slice(3, 6)).toEqual(['builtin:email-intro', 'builtin:email-referral', 'new-1']);
    expect(list[5]).toEqual({
      id: 'new-1',
      variant: 'email',
      name: 'My email',
      subject: 'A question about your work at {organization}',
      body: 'Hi {first name},\n\n',
      builtIn: false,
    });
    expect(validateTemplate(list[5])).toEqual([]);
    const note = addTemplate([], 'connection', 'new-2');
    expect(note).toEqual([
      {
        id: 'new-2',
        variant: 'connection',
        name: 'My linkedin connection note',
        subject: '',
        body: 'Hi {first name},\n\n',
        builtIn: false,
      },
    ]);
    expect(validateTemplate(note[0])).toEqual([]);
  });

  test('the list is not saved while a template has errors, and says which and how many', () => {
    expect(describeUnsaved(DEFAULT_TEMPLATES)).toBeNull();
    const broken = [mine, { ...mine, id: 'b', name: '  ', body: '{frist name}' }, { ...mine, id: 'c', name: 'Other', body: '' }];
    expect(describeUnsaved(broken)).toBe('Not saved yet: “Untitled” has 2 errors to fix.');
    expect(describeUnsaved([broken[2]])).toBe('Not saved yet: “Other” has an error to fix.');
  });

  test('duplicating an id that is not there changes nothing', () => {
    expect(duplicateTemplate([mine], 'nope', 'x')).toEqual([mine]);
  });

  test('reset restores edited and deleted built-ins and keeps the user’s own templates', () => {
    const edited = DEFAULT_TEMPLATES.filter((t) => t.id !== 'builtin:thanks').map((t) =>
      t.id === 'builtin:connection-intro' ? { ...t, body: 'my words' } : t,
    );
    const reset = resetTemplates([mine, ...edited]);
    expect(reset).toEqual([...DEFAULT_TEMPLATES, mine]);
    expect(reset.some(isTemplateModified)).toBe(false);
  });

  test('resetting one template leaves the others as the user has them', () => {
    const list = [
      { ...byId('builtin:connection-intro'), body: 'mine' },
      { ...byId('builtin:connection-why'), body: 'also mine' },
    ];
    expect(isTemplateModified(list[0])).toBe(true);
    expect(resetTemplate(list, 'builtin:connection-intro')).toEqual([byId('builtin:connection-intro'), list[1]]);
  });

  test('only a changed built-in counts as modified', () => {
    expect(isTemplateModified(byId('builtin:thanks'))).toBe(false);
    expect(isTemplateModified({ ...byId('builtin:thanks'), name: 'Thanks!' })).toBe(true);
    expect(isTemplateModified(mine)).toBe(false);
  });
});

describe('checkTemplateList (what the background stores)', () => {
  const own: Template = { id: 'user:1', variant: 'connection', name: 'Mine', subject: '', body: 'Hi {first name}', builtIn: false };

  test('passes a valid list through as clean copies', () => {
    const list = [...DEFAULT_TEMPLATES, { ...own, extra: 'dropped' } as Template];
    const checked = checkTemplateList(list);
    expect(checked).toEqual([...DEFAULT_TEMPLATES, own]);
    expect(checked[0]).not.toBe(DEFAULT_TEMPLATES[0]);
  });

  test('claims built-in only for the ids Rapport ships', () => {
    expect(checkTemplateList([{ ...own, builtIn: true }])[0].builtIn).toBe(false);
  });

  test.each([
    ['not a list', { templates: [] }, 'Templates were not saved: expected a list.'],
    ['a non-string field', [{ ...own, body: 42 }], 'Templates were not saved: template 1 has no body.'],
    ['a duplicate id', [own, { ...own, name: 'Other' }], 'Templates were not saved: two templates share the id user:1.'],
    ['an empty id', [{ ...own, id: '' }], 'Templates were not saved: “Mine” has a bad id.'],
    [
      'an oversized body',
      [{ ...own, body: 'x'.repeat(TEMPLATE_LIMITS.body + 1) }],
      'Templates were not saved: the body of “Mine” is over 10,000 characters.',
    ],
    [
      'an unknown placeholder',
      [{ ...own, body: 'Hi {frist name}' }],
      'Templates were not saved: “Mine”: {frist name} on line 1 is not a placeholder Rapport knows. Check the spelling against the list, or remove the braces.',
    ],
    [
      'an unknown kind of letter',
      [{ ...own, variant: 'fax' }],
      'Templates were not saved: “Mine”: "fax" is not a kind of letter Rapport knows.',
    ],
  ])('refuses %s', (_, value, message) => {
    expect(() => checkTemplateList(value)).toThrow(message);
  });

  test('refuses more templates than the cap', () => {
    const many = Array.from({ length: TEMPLATE_LIMITS.templates + 1 }, (_, i) => ({ ...own, id: `user:${i}` }));
    expect(() => checkTemplateList(many)).toThrow('at most 200 templates, not 201');
  });
});
