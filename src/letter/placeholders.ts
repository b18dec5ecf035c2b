import type { Contact, ContactNotes, UserProfile } from '../model';

// Placeholders are written in plain words between braces, as a person would say them:
// "Hi {first name}," — matched without regard to case, spaces, "-" or "_", so
// {First Name}, {firstname} and { first_name } all mean the same. Anything else between
// braces is an error with its text and position, never text that slips into a letter.

export type PlaceholderKey =
  | 'first name'
  | 'name'
  | 'role'
  | 'organization'
  | 'headline'
  | 'location'
  | 'why you'
  | 'my name'
  | 'my school'
  | 'my field'
  | 'my experience'
  | 'my goals'
  | 'my signature'
  | 'my email'
  | 'referrer'
  | 'takeaways'
  | 'meeting date';

/** Where a placeholder's value comes from, so a gap can be explained and fixed there. */
export type PlaceholderSource = 'contact' | 'profile' | 'referrer' | 'notes' | 'meeting';

export interface PlaceholderInfo {
  key: PlaceholderKey;
  /** How to type it: "{first name}". */
  token: string;
  /** Other spellings that work, e.g. {company} for {organization}. */
  aliases: readonly string[];
  description: string;
  example: string;
  source: PlaceholderSource;
  /** The field it reads, named for the person filling it in ("role", "school"). */
  field: string;
}

function info(
  key: PlaceholderKey,
  source: PlaceholderSource,
  field: string,
  description: string,
  example: string,
  aliases: readonly string[] = [],
): PlaceholderInfo {
  return { key, token: `{${key}}`, aliases, description, example, source, field };
}

/** Every placeholder, in the order the template editor lists them. */
export const PLACEHOLDERS: readonly PlaceholderInfo[] = [
  info('first name', 'contact', 'first name', "The person's first name.", 'Maya'),
  info('name', 'contact', 'name', "The person's full name.", 'Maya Okafor'),
  info('role', 'contact', 'role', 'Their current title.', 'Senior UX Researcher', ['title']),
  info('organization', 'contact', 'organization', 'Where they work now.', 'Northwind Health', ['company', 'organisation']),
  info('headline', 'contact', 'headline', 'The headline under their name on LinkedIn.', 'Making care easier to navigate'),
  info('location', 'contact', 'location', 'Where they are based.', 'Minneapolis, Minnesota'),
  info(
    'why you',
    'contact',
    'why you',
    'What drew you to this person, written to follow "I\'m reaching out because of …".',
    'your talk on patient interviews at UXPA',
  ),
  info('my name', 'profile', 'name', 'Your name.', 'Jordan Reyes'),
  info('my school', 'profile', 'school', 'Your school or university.', 'the University of Michigan'),
  info('my field', 'profile', 'field of study', 'What you study or studied.', 'information science'),
  info(
    'my experience',
    'profile',
    'experience',
    'Your internships or experience, written to follow "I\'ve gained experience through …".',
    'a UX internship at the Ann Arbor library',
  ),
  info(
    'my goals',
    'profile',
    'career goals',
    'Your career goals, written to follow "I hope to …".',
    'move into user research in health care',
  ),
  info('my signature', 'profile', 'signature', 'How you sign off; your name when you have not written a signature.', 'Jordan Reyes'),
  info('my email', 'profile', 'email', 'Your email address.', 'jordan.reyes@example.edu'),
  info('referrer', 'referrer', 'suggested by', 'Full name of whoever suggested this person to you.', 'Dr. Priya Natarajan'),
  info(
    'takeaways',
    'notes',
    'takeaways',
    'What you wrote after the meeting: takeaways, advice received, people suggested.',
    'Your advice to run usability tests with real patients early.',
  ),
  info('meeting date', 'meeting', 'meeting', 'The day of your meeting.', 'Tuesday, March 3'),
];

function normalizeName(text: string): string {
  return text.toLowerCase().replace(/[\s_-]+/g, '');
}

const BY_NAME: ReadonlyMap<string, PlaceholderInfo> = new Map(
  PLACEHOLDERS.flatMap((p) => [p.key, ...p.aliases].map((name) => [normalizeName(name), p] as const)),
);

/** The placeholder named by the text between braces (or with them), if any. */
export function getPlaceholder(name: string): PlaceholderInfo | undefined {
  const inner = name.trim().replace(/^\{([^{}]*)\}$/, '$1');
  return BY_NAME.get(normalizeName(inner));
}

export interface PlaceholderToken {
  /** Exactly as typed, braces included: "{First Name}". */
  text: string;
  /** Position of the "{" in the text (UTF-16 index, as the editor's selection uses). */
  index: number;
  key: PlaceholderKey;
}

export type PlaceholderProblemReason = 'unknown' | 'unclosed' | 'unopened';

export interface PlaceholderProblem {
  /** The offending text: "{frist name}", "{first name" (no closing brace) or "}". */
  text: string;
  index: number;
  reason: PlaceholderProblemReason;
}

export interface ParsedText {
  tokens: PlaceholderToken[];
  problems: PlaceholderProblem[];
}

/** Finds every placeholder and every brace that is not one. A placeholder never spans a
 * line break: a "{" left open to the end of its line is reported there, where the user can
 * see it, rather than swallowing text up to some later "}". */
export function parsePlaceholders(text: string): ParsedText {
  const tokens: PlaceholderToken[] = [];
  const problems: PlaceholderProblem[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text[i];
    if (ch === '}') {
      problems.push({ text: '}', index: i, reason: 'unopened' });
      i++;
      continue;
    }
    if (ch !== '{') {
      i++;
      continue;
    }
    const end = findTokenEnd(text, i + 1);
    if (text[end] !== '}') {
      problems.push({ text: text.slice(i, end).trimEnd().slice(0, 40), index: i, reason: 'unclosed' });
      i = end;
      continue;
    }
    const tokenText = text.slice(i, end + 1);
    const found = getPlaceholder(tokenText);
    if (found) tokens.push({ text: tokenText, index: i, key: found.key });
    else problems.push({ text: tokenText, index: i, reason: 'unknown' });
    i = end + 1;
  }
  return { tokens, problems };
}

function findTokenEnd(text: string, from: number): number {
  let j = from;
  while (j < text.length && !'{}\n\r'.includes(text[j])) j++;
  return j;
}

/** A plain-words explanation of a placeholder problem, for the template editor. */
export function describePlaceholderProblem(problem: PlaceholderProblem, text: string): string {
  const line = text.slice(0, problem.index).split('\n').length;
  switch (problem.reason) {
    case 'unknown':
      return `${problem.text} on line ${line} is not a placeholder Rapport knows. Check the spelling against the list, or remove the braces.`;
    case 'unclosed':
      return `${problem.text} on line ${line} has no closing }.`;
    case 'unopened':
      return `A } on line ${line} has no opening {.`;
  }
}

/** What a letter can be filled from. The contact needs only the fields letters read, so
 * a sample contact for the editor's preview can be small. */
export interface LetterContact
  extends Pick<Contact, 'name' | 'firstName' | 'role' | 'organization' | 'headline' | 'location' | 'why' | 'meeting'> {
  notes: Pick<ContactNotes, 'takeaways'>;
}

export interface FillContext {
  contact: LetterContact;
  profile: UserProfile;
  /** Whoever suggested this person, when someone did. */
  referrer?: { name: string } | null;
  /** Epoch ms, for writing dates relative to the present (the year is left out when it
   * is the current one). */
  now: number;
}

/** The text a placeholder stands for, trimmed; "" when the source lacks it. */
export function getPlaceholderValue(key: PlaceholderKey, ctx: FillContext): string {
  const { contact, profile } = ctx;
  switch (key) {
    case 'first name':
      return contact.firstName.trim();
    case 'name':
      return contact.name.trim();
    case 'role':
      return contact.role.trim();
    case 'organization':
      return contact.organization.trim();
    case 'headline':
      return contact.headline.trim();
    case 'location':
      return contact.location.trim();
    case 'why you':
      return contact.why.trim();
    case 'my name':
      return profile.name.trim();
    case 'my school':
      return profile.school.trim();
    case 'my field':
      return profile.fieldOfStudy.trim();
    case 'my experience':
      return profile.experience.trim();
    case 'my goals':
      return profile.goals.trim();
    case 'my signature':
      return profile.signature.trim() || profile.name.trim();
    case 'my email':
      return profile.email.trim();
    case 'referrer':
      return ctx.referrer?.name.trim() ?? '';
    case 'takeaways':
      return contact.notes.takeaways.trim();
    case 'meeting date':
      return contact.meeting ? formatMeetingDate(contact.meeting.start, contact.meeting.timeZone, ctx.now) : '';
  }
}

/** "Tuesday, March 3", with the year when it is not the current one, on the calendar of
 * the zone the meeting was scheduled in (a 23:30 meeting in Stockholm is that day there). */
export function formatMeetingDate(start: number, timeZone: string, now: number): string {
  const zone = isTimeZone(timeZone) ? timeZone : 'UTC';
  const year = (t: number) => new Intl.DateTimeFormat('en-US', { year: 'numeric', timeZone: zone }).format(t);
  const withYear = year(start) !== year(now);
  return new Intl.DateTimeFormat('en-US', {
    weekday: 'long',
    month: 'long',
    day: 'numeric',
    ...(withYear ? { year: 'numeric' } : {}),
    timeZone: zone,
  }).format(start);
}

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return zone !== '';
  } catch {
    return false;
  }
}

/** How to fill a placeholder the letter could not fill, in the words of the screen where
 * the user can do it. */
export function describeMissing(p: PlaceholderInfo): string {
  switch (p.source) {
    case 'contact':
      return `This person's ${p.field} is empty. Add it to the contact, or edit the letter.`;
    case 'profile':
      return `Your ${p.field} is empty. Add it under Options → Your profile, or edit the letter.`;
    case 'referrer':
      return 'No one is recorded as having suggested this person. Set "suggested by" on the contact, or edit the letter.';
    case 'notes':
      return "You have not written takeaways for this meeting yet. Add them to the contact's notes, or edit the letter.";
    case 'meeting':
      return 'No meeting is scheduled with this person. Add the meeting, or edit the letter.';
  }
}
