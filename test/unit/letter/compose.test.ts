import { describe, expect, test } from 'vitest';
import { type ComposeInput, checkText, composeLetter } from '../../../src/letter/compose';
import { SAMPLE_CONTACT, SAMPLE_NOW, SAMPLE_PROFILE } from '../../../src/letter/sample';

const FREE = { linkedinPremium: false };
const PREMIUM = { linkedinPremium: true };

function compose(template: Partial<ComposeInput['template']>, overrides: Partial<ComposeInput> = {}) {
  return composeLetter({
    template: { variant: 'email', subject: '', body: '', ...template },
    contact: SAMPLE_CONTACT,
    profile: SAMPLE_PROFILE,
    settings: FREE,
    now: SAMPLE_NOW,
    ...overrides,
  });
}

describe('composeLetter fills a template for one person', () => {
  test('subject and body, with the counter on the filled text', () => {
    const letter = compose({
      subject: 'A question about {Organization}',
      body: 'Dear {first name},\r\n\r\nI study {my field} at {my school}.\r\n\r\n{my signature}\r\n',
    });
    expect(letter).toEqual({
      variant: 'email',
      subject: 'A question about Northwind Health',
      body: 'Dear Maya,\n\nI study information science at the University of Michigan.\n\nJordan Reyes\nB.S. Information Science, University of Michigan, 2026',
      length: 139,
      limit: null,
      over: false,
      words: 20,
      subjectLength: 33,
      subjectLimit: null,
      unfilled: [],
      unknown: [],
      warnings: [],
    });
  });

  test('a connection note has no subject, even if the template carries one', () => {
    const letter = compose({ variant: 'connection', subject: 'Hello', body: 'Hi {first name}!' });
    expect(letter.subject).toBe('');
    expect(letter.body).toBe('Hi Maya!');
    expect(letter.limit).toBe(200);
  });

  test('{meeting date} is the day of the meeting', () => {
    expect(compose({ body: 'Thank you for {meeting date}.' }).body).toBe('Thank you for Tuesday, March 3.');
  });

  test('{referrer} is whoever suggested this person', () => {
    const letter = compose({ body: '{referrer} suggested I write.' }, { referrer: { name: 'Dr. Priya Natarajan' } });
    expect(letter.body).toBe('Dr. Priya Natarajan suggested I write.');
  });

  test('{my signature} is your name when you have not written a signature', () => {
    const letter = compose({ body: 'Best,\n{my signature}' }, { profile: { ...SAMPLE_PROFILE, signature: '  ' } });
    expect(letter.body).toBe('Best,\nJordan Reyes');
  });

  test('a value ending in a full stop does not double the one in the template', () => {
    const contact = { ...SAMPLE_CONTACT, why: 'your talk on patient interviews.' };
    expect(compose({ body: 'I write because of {why you}.' }, { contact }).body).toBe(
      'I write because of your talk on patient interviews.',
    );
    const excited = { ...SAMPLE_CONTACT, why: 'your talk!' };
    expect(compose({ body: 'Because of {why you}.' }, { contact: excited }).body).toBe('Because of your talk!');
  });

  test('values are trimmed', () => {
    const contact = { ...SAMPLE_CONTACT, firstName: '  Maya \n' };
    expect(compose({ body: 'Hi {first name},' }, { contact }).body).toBe('Hi Maya,');
  });
});

describe('a placeholder the contact or profile cannot fill', () => {
  const noRole = { ...SAMPLE_CONTACT, role: '' };

  test('stays visible in the letter, as typed, so the gap shows where it is', () => {
    const letter = compose({ body: 'How did you become {Role} at {organization}?' }, { contact: noRole });
    expect(letter.body).toBe('How did you become {Role} at Northwind Health?');
    expect(letter.unfilled).toEqual(['role']);
  });

  test('is a warning that says which field is empty and where to fill it', () => {
    const letter = compose({ body: 'As {role}, and again as {role}' }, { contact: noRole });
    expect(letter.warnings).toEqual([
      {
        kind: 'unfilled',
        placeholder: 'role',
        source: 'contact',
        field: 'role',
        message: "{role} is not filled in. This person's role is empty. Add it to the contact, or edit the letter.",
      },
    ]);
  });

  test.each([
    [
      'your profile',
      { profile: { ...SAMPLE_PROFILE, goals: '' } },
      '{my goals}',
      '{my goals} is not filled in. Your career goals is empty. Add it under Options → Your profile, or edit the letter.',
    ],
    [
      'no referrer',
      { referrer: null },
      '{referrer}',
      '{referrer} is not filled in. No one is recorded as having suggested this person. Set "suggested by" on the contact, or edit the letter.',
    ],
    [
      'no takeaways yet',
      { contact: { ...SAMPLE_CONTACT, notes: { takeaways: '' } } },
      '{takeaways}',
      "{takeaways} is not filled in. You have not written takeaways for this meeting yet. Add them to the contact's notes, or edit the letter.",
    ],
    [
      'no meeting',
      { contact: { ...SAMPLE_CONTACT, meeting: null } },
      '{meeting date}',
      '{meeting date} is not filled in. No meeting is scheduled with this person. Add the meeting, or edit the letter.',
    ],
  ])('%s', (_, overrides: Partial<ComposeInput>, token, message) => {
    const letter = compose({ body: `x ${token} y` }, overrides);
    expect(letter.body).toBe(`x ${token} y`);
    expect(letter.warnings.map((w) => w.message)).toEqual([message]);
  });

  test('in the subject too', () => {
    const letter = compose({ subject: 'Your work as {role}', body: 'Hello' }, { contact: noRole });
    expect(letter.subject).toBe('Your work as {role}');
    expect(letter.unfilled).toEqual(['role']);
  });
});

describe('an unknown placeholder', () => {
  test('is an error with its text, position and part, and is left in the text for the user to see', () => {
    const letter = compose({ subject: '{my nmae} here', body: 'Hi {first name}, {favourite food}!' });
    expect(letter.body).toBe('Hi Maya, {favourite food}!');
    expect(letter.unknown).toEqual([
      { text: '{my nmae}', index: 0, reason: 'unknown', part: 'subject' },
      { text: '{favourite food}', index: 17, reason: 'unknown', part: 'body' },
    ]);
    expect(letter.warnings).toEqual([]);
  });
});

describe('limits', () => {
  const note250 = 'x'.repeat(250);

  test('a 250-character note is over on a free account and fits on Premium', () => {
    const free = compose({ variant: 'connection', body: note250 });
    expect(free).toMatchObject({ length: 250, limit: 200, over: true });
    expect(free.warnings).toEqual([
      {
        kind: 'over-limit',
        part: 'body',
        length: 250,
        limit: 200,
        message:
          'LinkedIn connection note is 250 characters; LinkedIn allows 200. Cut 50. (Premium accounts allow 300: set it in Options if you have Premium.)',
      },
    ]);
    const premium = compose({ variant: 'connection', body: note250 }, { settings: PREMIUM });
    expect(premium).toMatchObject({ length: 250, limit: 300, over: false, warnings: [] });
  });

  test('exactly at the limit is not over', () => {
    expect(compose({ variant: 'connection', body: 'x'.repeat(200) }).over).toBe(false);
  });

  test('an InMail subject over 200 characters is over, and says it is the subject', () => {
    const letter = compose({ variant: 'inmail', subject: 's'.repeat(201), body: 'Hello' });
    expect(letter).toMatchObject({ over: true, subjectLength: 201, subjectLimit: 200, length: 5, limit: 2000 });
    expect(letter.warnings).toEqual([
      {
        kind: 'over-limit',
        part: 'subject',
        length: 201,
        limit: 200,
        message: 'LinkedIn InMail subject is 201 characters; LinkedIn allows 200. Cut 1.',
      },
    ]);
  });

  test('an InMail body over 2,000 characters is over', () => {
    expect(compose({ variant: 'inmail', subject: 'Hi', body: 'y'.repeat(2001) }).over).toBe(true);
  });

  test('the filled text is what counts, not the template', () => {
    // The template is 18 characters; "Northwind Health" makes it 20.
    expect(compose({ variant: 'connection', body: 'At {organization}.' }).length).toBe(20);
  });
});

describe('a connection note with emoji', () => {
  test('199 letters and one emoji is over the 200 limit, though it looks like 200', () => {
    const check = checkText('connection', '', `${'a'.repeat(199)}😀`, FREE);
    expect(check.length).toBe(201);
    expect(check.over).toBe(true);
    expect(check.warnings.map((w) => w.message)).toEqual([
      'LinkedIn connection note is 201 characters; LinkedIn allows 200. Cut 1. (Premium accounts allow 300: set it in Options if you have Premium.) Emoji and some accented letters count as 2 or more characters.',
    ]);
  });

  test('200 CJK characters fit exactly', () => {
    expect(checkText('connection', '', '你'.repeat(200), FREE)).toMatchObject({ length: 200, over: false });
  });
});

describe('wording that reads like a job request', () => {
  test('is flagged as whole words in any case, with the word as written and where it is', () => {
    const body = 'Any Jobs or an opening? Positions, hiring, openings, my résumé. Not: jobless, repositioned.';
    const found = checkText('email', 'About the job', body, FREE).warnings.flatMap((w) =>
      w.kind === 'job-wording' ? [[w.part, w.word, w.index]] : [],
    );
    expect(found).toEqual([
      ['subject', 'job', 10],
      ['body', 'Jobs', 4],
      ['body', 'Positions', 24],
      ['body', 'hiring', 35],
      ['body', 'openings', 43],
      ['body', 'résumé', 56],
    ]);
  });

  test('the message explains, and does not block', () => {
    const check = checkText('connection', '', 'Do you have a position for me?', FREE);
    expect(check.over).toBe(false);
    expect(check.warnings).toEqual([
      {
        kind: 'job-wording',
        word: 'position',
        part: 'body',
        index: 14,
        message: '"position" can read like a request for a job. People say yes more readily to a request for advice and information.',
      },
    ]);
  });

  test("is not flagged inside the person's own title or organization", () => {
    const contact = { ...SAMPLE_CONTACT, role: 'Hiring Manager', organization: 'Jobs for the Future' };
    const letter = compose({ body: 'How did you become {role} at {organization}? I am not hiring.' }, { contact });
    expect(letter.body).toBe('How did you become Hiring Manager at Jobs for the Future? I am not hiring.');
    expect(letter.warnings.map((w) => (w.kind === 'job-wording' ? w.index : null))).toEqual([67]);
  });
});

describe('email length guidance', () => {
  const words = (n: number) => Array.from({ length: n }, () => 'word').join(' ');

  test('an email over 150 words gets a warning; 150 does not', () => {
    expect(checkText('email', 'Hi', words(150), FREE).warnings).toEqual([]);
    expect(checkText('email', 'Hi', words(151), FREE).warnings).toEqual([
      {
        kind: 'long-email',
        words: 151,
        guide: 150,
        message: 'This email is 151 words. Busy people read short emails: aim for about 150.',
      },
    ]);
  });

  test('applies to thank-you and touch-base emails, not to InMail', () => {
    expect(checkText('thanks', 'Hi', words(151), FREE).warnings.map((w) => w.kind)).toEqual(['long-email']);
    expect(checkText('touch-base', 'Hi', words(151), FREE).warnings.map((w) => w.kind)).toEqual(['long-email']);
    expect(checkText('inmail', 'Hi', words(151), FREE).warnings).toEqual([]);
  });
});

describe('an edited draft', () => {
  test('is counted and checked as it stands', () => {
    const check = checkText('connection', '', 'Hi Maya, could we meet? 😀', FREE);
    expect(check).toEqual({
      variant: 'connection',
      length: 26,
      limit: 200,
      over: false,
      words: 5,
      subjectLength: 0,
      subjectLimit: null,
      warnings: [],
    });
  });

  test('a placeholder still in the text is a warning to replace it', () => {
    const check = checkText('email', 'About {Organization}', 'Hi {first name}, hi again {first name}', FREE);
    expect(check.warnings).toEqual([
      {
        kind: 'unfilled',
        placeholder: 'organization',
        source: 'contact',
        field: 'organization',
        message: '{Organization} is still in the letter. Replace it before sending.',
      },
      {
        kind: 'unfilled',
        placeholder: 'first name',
        source: 'contact',
        field: 'first name',
        message: '{first name} is still in the letter. Replace it before sending.',
      },
    ]);
  });

  test('a connection note ignores any subject', () => {
    expect(checkText('connection', 'the job', 'Hi', FREE)).toMatchObject({ subjectLength: 0, warnings: [] });
  });
});
