import { describe, expect, test } from 'vitest';
import {
  PLACEHOLDERS,
  describePlaceholderProblem,
  formatMeetingDate,
  getPlaceholder,
  parsePlaceholders,
} from '../../../src/letter/placeholders';

describe('placeholders are matched the way a person types them', () => {
  test.each(['{first name}', '{First Name}', '{FIRST NAME}', '{ first  name }', '{firstname}', '{first_name}', '{first-name}'])(
    '%s is {first name}',
    (text) => {
      expect(parsePlaceholders(`Hi ${text},`)).toEqual({ tokens: [{ text, index: 3, key: 'first name' }], problems: [] });
    },
  );

  test('{company} and {organisation} mean {organization}; {title} means {role}', () => {
    expect(getPlaceholder('{company}')?.key).toBe('organization');
    expect(getPlaceholder('organisation')?.key).toBe('organization');
    expect(getPlaceholder('{Title}')?.key).toBe('role');
  });

  test('{name} and {my name} are different people', () => {
    expect(getPlaceholder('{name}')?.source).toBe('contact');
    expect(getPlaceholder('{my name}')?.source).toBe('profile');
  });

  test('every placeholder in the documented list is recognised by its token and aliases', () => {
    for (const p of PLACEHOLDERS) {
      expect(parsePlaceholders(p.token).tokens.map((t) => t.key)).toEqual([p.key]);
      for (const alias of p.aliases) expect(getPlaceholder(alias)?.key).toBe(p.key);
      expect(p.description).not.toBe('');
      expect(p.example).not.toBe('');
    }
    expect(new Set(PLACEHOLDERS.map((p) => p.key)).size).toBe(PLACEHOLDERS.length);
  });
});

describe('anything else in braces is an error with its text and position', () => {
  test('a misspelt placeholder', () => {
    const text = 'Hi {frist name}, I saw {role}';
    expect(parsePlaceholders(text)).toEqual({
      tokens: [{ text: '{role}', index: 23, key: 'role' }],
      problems: [{ text: '{frist name}', index: 3, reason: 'unknown' }],
    });
  });

  test('empty braces', () => {
    expect(parsePlaceholders('a {} b').problems).toEqual([{ text: '{}', index: 2, reason: 'unknown' }]);
  });

  test('a brace left open is reported on its own line, and the next line still parses', () => {
    const text = 'Hi {first name,\nI work at {organization}.';
    expect(parsePlaceholders(text)).toEqual({
      tokens: [{ text: '{organization}', index: 26, key: 'organization' }],
      problems: [{ text: '{first name,', index: 3, reason: 'unclosed' }],
    });
  });

  test('a closing brace with no opening one', () => {
    expect(parsePlaceholders('Hi first name}!').problems).toEqual([{ text: '}', index: 13, reason: 'unopened' }]);
  });

  test('the explanation names the line, in plain words', () => {
    const text = 'Dear {first name},\n\nI admire {organisation} and {orgnization}.';
    const [problem] = parsePlaceholders(text).problems;
    expect(describePlaceholderProblem(problem, text)).toBe(
      '{orgnization} on line 3 is not a placeholder Rapport knows. Check the spelling against the list, or remove the braces.',
    );
  });
});

describe('{meeting date}', () => {
  const now = Date.UTC(2026, 2, 4, 12);

  test('is the weekday and date, without the year when it is this year', () => {
    expect(formatMeetingDate(Date.UTC(2026, 2, 3, 18, 30), 'America/Chicago', now)).toBe('Tuesday, March 3');
  });

  test('carries the year when it is another year', () => {
    expect(formatMeetingDate(Date.UTC(2025, 10, 20, 15), 'America/Chicago', now)).toBe('Thursday, November 20, 2025');
  });

  test('is the day in the zone the meeting was scheduled in', () => {
    // 23:30 UTC on Monday, March 2 is 00:30 on Tuesday in Stockholm.
    expect(formatMeetingDate(Date.UTC(2026, 2, 2, 23, 30), 'Europe/Stockholm', now)).toBe('Tuesday, March 3');
  });

  test('falls back to UTC when the stored zone is not one the browser knows', () => {
    expect(formatMeetingDate(Date.UTC(2026, 2, 3, 12), 'Mars/Olympus', now)).toBe('Tuesday, March 3');
  });
});
