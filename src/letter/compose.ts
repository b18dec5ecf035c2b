import type { Settings, Template, UserProfile, VariantId } from '../model';
import { countCharacters, countGraphemes, countWords, normalizeLineBreaks } from './count';
import {
  type FillContext,
  type LetterContact,
  type PlaceholderInfo,
  type PlaceholderKey,
  type PlaceholderProblem,
  type PlaceholderSource,
  describeMissing,
  getPlaceholder,
  getPlaceholderValue,
  parsePlaceholders,
} from './placeholders';
import { VARIANTS, getBodyLimit } from './variants';

export type LetterPart = 'subject' | 'body';

/** Guidance shown next to the letter. None of it blocks copying or sending. */
export type Warning =
  | { kind: 'over-limit'; part: LetterPart; length: number; limit: number; message: string }
  | { kind: 'unfilled'; placeholder: PlaceholderKey; source: PlaceholderSource; field: string; message: string }
  | { kind: 'job-wording'; word: string; part: LetterPart; index: number; message: string }
  | { kind: 'long-email'; words: number; guide: number; message: string };

export interface TextCheck {
  variant: VariantId;
  /** Body length in characters as the destination counts them (count.ts). */
  length: number;
  /** Hard limit on the body for this user's plan, or null (emails have none). */
  limit: number | null;
  /** True when the body or the subject is past a hard limit. */
  over: boolean;
  /** Words in the body, for the email guidance. */
  words: number;
  subjectLength: number;
  subjectLimit: number | null;
  warnings: Warning[];
}

export interface UnknownPlaceholder extends PlaceholderProblem {
  part: LetterPart;
}

export interface Composition extends TextCheck {
  subject: string;
  body: string;
  /** Placeholders left visible, as "{role}", because their source is empty. */
  unfilled: PlaceholderKey[];
  /** Braces in the template that are not placeholders: errors to fix in the template. */
  unknown: UnknownPlaceholder[];
}

export interface ComposeInput {
  template: Pick<Template, 'variant' | 'subject' | 'body'>;
  contact: LetterContact;
  profile: UserProfile;
  settings: Pick<Settings, 'linkedinPremium'>;
  referrer?: { name: string } | null;
  /** Epoch ms; defaults to the current time. */
  now?: number;
}

export interface CheckOptions {
  /** The person the letter is to. Words in their own name, role, organization or headline
   * ("Hiring Manager", "Jobs Foundation") are theirs, not a request, and are not flagged. */
  contact?: Partial<Pick<LetterContact, 'name' | 'role' | 'organization' | 'headline'>>;
}

/**
 * Fills a template for one person. A placeholder whose source is empty stays in the text
 * as typed ("{role}"), so the gap is visible in the letter itself rather than leaving a
 * sentence with a hole ("your work as  at Northwind"); a warning says where to fill it.
 */
export function composeLetter(input: ComposeInput): Composition {
  const ctx: FillContext = {
    contact: input.contact,
    profile: input.profile,
    referrer: input.referrer,
    now: input.now ?? Date.now(),
  };
  const variant = input.template.variant;
  const hasSubject = VARIANTS[variant].hasSubject;
  const subject = hasSubject ? fill(input.template.subject, ctx) : { text: '', unfilled: [], problems: [] };
  const body = fill(input.template.body, ctx);

  const subjectText = subject.text.replace(/\s*\n\s*/g, ' ').trim();
  const bodyText = body.text.replace(/\s+$/, '');
  const unfilled = [...new Set([...subject.unfilled, ...body.unfilled])];
  const check = inspect(variant, subjectText, bodyText, input.settings, { contact: input.contact }, (p) =>
    unfilled.includes(p.key) ? `${p.token} is not filled in. ${describeMissing(p)}` : undefined,
  );
  return {
    ...check,
    subject: subjectText,
    body: bodyText,
    unfilled,
    unknown: [
      ...subject.problems.map((p) => ({ ...p, part: 'subject' as const })),
      ...body.problems.map((p) => ({ ...p, part: 'body' as const })),
    ],
  };
}

/** Counter and warnings for text as it stands, e.g. a draft the user has edited. */
export function checkText(
  variant: VariantId,
  subject: string,
  body: string,
  settings: Pick<Settings, 'linkedinPremium'>,
  options: CheckOptions = {},
): TextCheck {
  return inspect(variant, VARIANTS[variant].hasSubject ? subject : '', body, settings, options, () => undefined);
}

interface Filled {
  text: string;
  unfilled: PlaceholderKey[];
  problems: PlaceholderProblem[];
}

function fill(template: string, ctx: FillContext): Filled {
  const text = normalizeLineBreaks(template);
  const { tokens, problems } = parsePlaceholders(text);
  const unfilled: PlaceholderKey[] = [];
  let out = '';
  let pos = 0;
  for (const token of tokens) {
    out += text.slice(pos, token.index);
    pos = token.index + token.text.length;
    const value = getPlaceholderValue(token.key, ctx);
    if (value === '') {
      out += token.text;
      if (!unfilled.includes(token.key)) unfilled.push(token.key);
      continue;
    }
    out += value;
    // "because of {why you}." with why = "your talk." must not end in "talk.."
    if (/[.!?…]$/.test(value) && text[pos] === '.') pos++;
  }
  return { text: out + text.slice(pos), unfilled, problems };
}

function inspect(
  variant: VariantId,
  subject: string,
  body: string,
  settings: Pick<Settings, 'linkedinPremium'>,
  options: CheckOptions,
  explainUnfilled: (p: PlaceholderInfo) => string | undefined,
): TextCheck {
  const spec = VARIANTS[variant];
  const length = countCharacters(body);
  const limit = getBodyLimit(variant, settings);
  const subjectLength = countCharacters(subject);
  const subjectLimit = spec.subjectLimit;
  const words = countWords(body);
  const warnings: Warning[] = [];

  if (subjectLimit !== null && subjectLength > subjectLimit) {
    warnings.push(overLimit(variant, 'subject', subject, subjectLimit, settings));
  }
  if (limit !== null && length > limit) warnings.push(overLimit(variant, 'body', body, limit, settings));
  if (spec.wordGuide !== null && words > spec.wordGuide) {
    warnings.push({
      kind: 'long-email',
      words,
      guide: spec.wordGuide,
      message: `This email is ${words} words. Busy people read short emails: aim for about ${spec.wordGuide}.`,
    });
  }

  const seen = new Set<PlaceholderKey>();
  for (const token of [...parsePlaceholders(subject).tokens, ...parsePlaceholders(body).tokens]) {
    if (seen.has(token.key)) continue;
    seen.add(token.key);
    const p = getPlaceholder(token.key)!;
    warnings.push({
      kind: 'unfilled',
      placeholder: p.key,
      source: p.source,
      field: p.field,
      message: explainUnfilled(p) ?? `${token.text} is still in the letter. Replace it before sending.`,
    });
  }

  const theirs = Object.values(options.contact ?? {}).filter((s): s is string => typeof s === 'string');
  warnings.push(...findJobWording(subject, 'subject', theirs), ...findJobWording(body, 'body', theirs));

  return {
    variant,
    length,
    limit,
    over: warnings.some((w) => w.kind === 'over-limit'),
    words,
    subjectLength,
    subjectLimit,
    warnings,
  };
}

function overLimit(
  variant: VariantId,
  part: LetterPart,
  text: string,
  limit: number,
  settings: Pick<Settings, 'linkedinPremium'>,
): Warning {
  const length = countCharacters(text);
  const what = part === 'subject' ? `${VARIANTS[variant].label} subject` : VARIANTS[variant].label;
  let message = `${what} is ${length} characters; LinkedIn allows ${limit}. Cut ${length - limit}.`;
  if (variant === 'connection' && !settings.linkedinPremium) {
    message += ' (Premium accounts allow 300: set it in Options if you have Premium.)';
  }
  if (countGraphemes(text) < length) message += ' Emoji and some accented letters count as 2 or more characters.';
  return { kind: 'over-limit', part, length, limit, message };
}

/** Words that make a request for advice read like a request for a job. Whole words, any
 * case; plurals and "résumé" included. */
const JOB_WORDS = /(?<![\p{L}\p{N}])(?:jobs?|positions?|hiring|openings|r[eé]sum[eé]s?)(?![\p{L}\p{N}])/giu;

function findJobWording(text: string, part: LetterPart, theirs: string[]): Warning[] {
  const exempt = theirs
    .map((s) => s.trim())
    .filter((s) => s !== '')
    .flatMap((s) => [...text.matchAll(new RegExp(escapeRegExp(s), 'giu'))].map((m) => [m.index, m.index + m[0].length] as const));
  const warnings: Warning[] = [];
  for (const m of text.matchAll(JOB_WORDS)) {
    if (exempt.some(([from, to]) => m.index >= from && m.index < to)) continue;
    warnings.push({
      kind: 'job-wording',
      word: m[0],
      part,
      index: m.index,
      message: `"${m[0]}" can read like a request for a job. People say yes more readily to a request for advice and information.`,
    });
  }
  return warnings;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
