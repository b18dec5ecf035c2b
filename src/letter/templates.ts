import type { Template, VariantId } from '../model';
import { countCharacters } from './count';
import { type PlaceholderProblemReason, describePlaceholderProblem, parsePlaceholders } from './placeholders';
import { VARIANTS, isVariantId } from './variants';

// The letters Rapport starts from. Each is meant to be sendable as it is: personal and
// short; who I am, what I hope to do, why this person, what I want to learn; plainly a
// request for advice, not for work (worded without the words the job-wording warning
// flags); at the other person's convenience and place; 20–30 minutes. Connection notes
// stay well under 200 characters when filled with an ordinary contact (see sample.ts).

function builtIn(id: string, variant: VariantId, name: string, subject: string, body: string): Template {
  return { id: `builtin:${id}`, variant, name, subject, body, builtIn: true };
}

export const DEFAULT_TEMPLATES: Template[] = [
  builtIn(
    'connection-intro',
    'connection',
    'Short introduction',
    '',
    "Hi {first name}, I'm {my name}, studying {my field}. May I ask how you became {role} at {organization}? 20 min, phone or coffee, whenever suits you. Just for advice.",
  ),
  builtIn(
    'connection-why',
    'connection',
    'Why you',
    '',
    "Hi {first name}, I'm {my name}, studying {my field}. I was struck by {why you}. Could we talk for 20 min, phone or coffee, whenever suits you? Just for advice.",
  ),
  builtIn(
    'connection-referral',
    'connection',
    'Suggested by someone',
    '',
    "Hi {first name}, {referrer} suggested I reach out. I'm {my name}, studying {my field}. Could we talk for 20 min, phone or coffee, whenever suits you? Just for advice.",
  ),
  builtIn(
    'email-intro',
    'email',
    'Introduction',
    'Could I learn from your experience at {organization}?',
    `Dear {first name},

My name is {my name}, and I'm studying {my field} at {my school}. So far I've gained experience through {my experience}, and I hope to {my goals}.

I'm reaching out because of {why you}. I would be grateful for 20–30 minutes to hear how you became {role} at {organization}, what a typical day looks like, and what you would advise someone starting out.

To be clear, I'm asking only for your advice and perspective, not for employment. I'm happy to meet whenever and however suits you: over coffee on your lunch break, by phone, or at your office.

Thank you for considering it.

Best regards,
{my signature}`,
  ),
  builtIn(
    'email-referral',
    'email',
    'Suggested by someone',
    '{referrer} suggested I contact you',
    `Dear {first name},

{referrer} suggested I reach out to you. I'm {my name}, studying {my field} at {my school}, and I hope to {my goals}.

I would be grateful for 20–30 minutes to hear how you became {role} at {organization} and what you would advise someone hoping to follow a similar path. So far I've gained experience through {my experience}, and I'd value your view on what to learn next.

I'm asking only for your advice, not for employment. I'm glad to meet whenever and however is easiest for you: over coffee on your lunch break, by phone, or at your office.

Thank you for considering it.

Best regards,
{my signature}`,
  ),
  builtIn(
    'inmail-intro',
    'inmail',
    'Introduction',
    'Could I learn from your experience at {organization}?',
    `Hi {first name},

I'm {my name}, studying {my field} at {my school}. I'm reaching out because of {why you}, and because I hope to {my goals}.

Would you have 20–30 minutes to tell me how you became {role} at {organization} and what you would advise someone starting out? I'm asking only for advice, not for employment, and I'm happy to fit your schedule: a coffee on your lunch break, a phone call, or a visit to your office.

Thank you,
{my name}`,
  ),
  builtIn(
    'thanks',
    'thanks',
    'Thank you after meeting',
    'Thank you for your time and advice',
    `Dear {first name},

Thank you for meeting with me on {meeting date}. I appreciated how openly you spoke about your work at {organization}.

What I took away most:
{takeaways}

I'll put your advice to use, and I'll let you know how it goes.

With thanks,
{my signature}`,
  ),
  builtIn(
    'touch-base',
    'touch-base',
    'Keep in touch',
    'Keeping in touch',
    `Dear {first name},

I hope all is well at {organization}. Since we spoke on {meeting date}, your advice has stayed with me as I work to {my goals}.

I'd love to hear what's new with you. If you ever have 20 minutes for a coffee or a call, whenever suits you, I'd be glad to catch up.

All the best,
{my signature}`,
  ),
];

function getDefaultTemplate(id: string): Template | undefined {
  return DEFAULT_TEMPLATES.find((t) => t.id === id);
}

type TemplateErrorCode =
  | 'empty-name'
  | 'unknown-variant'
  | 'empty-body'
  | 'empty-subject'
  | 'subject-not-sent'
  | 'subject-over-limit'
  | PlaceholderProblemReason;

export interface TemplateError {
  code: TemplateErrorCode;
  part?: 'name' | 'subject' | 'body';
  /** Position in that part, for the editor to highlight. */
  index?: number;
  /** The offending text, for placeholder problems. */
  text?: string;
  message: string;
}

/** What stops a template from being saved, in words for the template editor. */
export function validateTemplate(t: Pick<Template, 'variant' | 'name' | 'subject' | 'body'>): TemplateError[] {
  const errors: TemplateError[] = [];
  if (t.name.trim() === '') errors.push({ code: 'empty-name', part: 'name', message: 'Give the template a name.' });
  if (!isVariantId(t.variant)) {
    errors.push({ code: 'unknown-variant', message: `"${String(t.variant)}" is not a kind of letter Rapport knows.` });
    return errors;
  }
  const spec = VARIANTS[t.variant];
  if (t.body.trim() === '') errors.push({ code: 'empty-body', part: 'body', message: 'The letter is empty.' });
  if (spec.hasSubject) {
    if (t.subject.trim() === '') {
      errors.push({ code: 'empty-subject', part: 'subject', message: `${spec.label} needs a subject.` });
    }
    const length = countCharacters(t.subject);
    if (spec.subjectLimit !== null && length > spec.subjectLimit) {
      errors.push({
        code: 'subject-over-limit',
        part: 'subject',
        message: `The subject is ${length} characters; LinkedIn allows ${spec.subjectLimit}.`,
      });
    }
  } else if (t.subject.trim() !== '') {
    errors.push({
      code: 'subject-not-sent',
      part: 'subject',
      message: `${spec.label} has no subject; this text would not be sent. Move it into the letter or delete it.`,
    });
  }
  for (const part of ['subject', 'body'] as const) {
    if (part === 'subject' && !spec.hasSubject) continue;
    for (const p of parsePlaceholders(t[part]).problems) {
      errors.push({ code: p.reason, part, index: p.index, text: p.text, message: describePlaceholderProblem(p, t[part]) });
    }
  }
  return errors;
}

/** Whether a built-in template differs from Rapport's version (so "reset" would change it). */
export function isTemplateModified(t: Template): boolean {
  const original = getDefaultTemplate(t.id);
  if (!t.builtIn || !original) return false;
  return t.variant !== original.variant || t.name !== original.name || t.subject !== original.subject || t.body !== original.body;
}

/** Why the list can't be saved yet, for the editor's status line: the first template with
 * errors and how many it has. Null when every template is valid. */
export function describeUnsaved(templates: readonly Template[]): string | null {
  for (const t of templates) {
    const n = validateTemplate(t).length;
    if (n > 0) return `Not saved yet: “${t.name.trim() || 'Untitled'}” has ${n === 1 ? 'an error' : `${n} errors`} to fix.`;
  }
  return null;
}

/** A new template of the user's own, after the last of its kind (so it shows in its group),
 * started with a greeting and, where the kind has one, a subject. */
export function addTemplate(templates: readonly Template[], variant: VariantId, id: string): Template[] {
  const spec = VARIANTS[variant];
  const template: Template = {
    id,
    variant,
    name: `My ${spec.label.toLowerCase()}`,
    subject: spec.hasSubject ? 'A question about your work at {organization}' : '',
    body: 'Hi {first name},\n\n',
    builtIn: false,
  };
  const lastOfKind = templates.map((t) => t.variant).lastIndexOf(variant);
  const at = lastOfKind === -1 ? templates.length : lastOfKind + 1;
  return [...templates.slice(0, at), template, ...templates.slice(at)];
}

/** Adds an editable copy right after the original, named "X (copy)", "X (copy 2)"… so it
 * stands apart in the list. The copy is the user's own: reset leaves it alone. */
export function duplicateTemplate(templates: readonly Template[], id: string, newId: string): Template[] {
  const at = templates.findIndex((t) => t.id === id);
  if (at === -1) return [...templates];
  const original = templates[at];
  const names = new Set(templates.map((t) => t.name));
  let name = `${original.name} (copy)`;
  for (let n = 2; names.has(name); n++) name = `${original.name} (copy ${n})`;
  const copy: Template = { ...original, id: newId, name, builtIn: false };
  return [...templates.slice(0, at + 1), copy, ...templates.slice(at + 1)];
}

/** "Reset to defaults": every built-in template back as Rapport ships it (deleted ones
 * return), in the default order, followed by the user's own templates, which are kept —
 * a reset must not throw away letters the user wrote. */
export function resetTemplates(templates: readonly Template[]): Template[] {
  return [...DEFAULT_TEMPLATES.map((t) => ({ ...t })), ...templates.filter((t) => !t.builtIn)];
}

/** Resets one built-in template in place; the others are untouched. */
export function resetTemplate(templates: readonly Template[], id: string): Template[] {
  const original = getDefaultTemplate(id);
  if (!original) return [...templates];
  return templates.some((t) => t.id === id) ? templates.map((t) => (t.id === id ? { ...original } : t)) : [...templates, { ...original }];
}

/** Caps on what a template list may hold: far above any real letter, low enough that a
 * runaway paste or a forged message cannot fill the disk. */
export const TEMPLATE_LIMITS = { templates: 200, id: 100, name: 120, subject: 1_000, body: 10_000 } as const;

/**
 * The template list as the background stores it. A list arrives by message, so everything
 * the editor guarantees is checked again: an array of objects with string fields, ids
 * unique, sizes capped, and each template free of the errors validateTemplate() reports.
 * Throws an Error naming the template and the problem; returns clean copies otherwise
 * (only the known fields; `builtIn` only for ids Rapport ships).
 */
export function checkTemplateList(value: unknown): Template[] {
  if (!Array.isArray(value)) throw new Error('Templates were not saved: expected a list.');
  if (value.length > TEMPLATE_LIMITS.templates) {
    throw new Error(`Templates were not saved: at most ${TEMPLATE_LIMITS.templates} templates, not ${value.length}.`);
  }
  const ids = new Set<string>();
  return value.map((item: unknown, i) => {
    const where = `template ${i + 1}`;
    if (typeof item !== 'object' || item === null) throw new Error(`Templates were not saved: ${where} is not a template.`);
    const t = item as Record<string, unknown>;
    for (const field of ['id', 'variant', 'name', 'subject', 'body'] as const) {
      if (typeof t[field] !== 'string') throw new Error(`Templates were not saved: ${where} has no ${field}.`);
    }
    const clean: Template = {
      id: t.id as string,
      variant: t.variant as VariantId,
      name: t.name as string,
      subject: t.subject as string,
      body: t.body as string,
      builtIn: t.builtIn === true && getDefaultTemplate(t.id as string) !== undefined,
    };
    const named = clean.name.trim() ? `“${clean.name.slice(0, 40)}”` : where;
    if (clean.id === '' || clean.id.length > TEMPLATE_LIMITS.id) throw new Error(`Templates were not saved: ${named} has a bad id.`);
    if (ids.has(clean.id)) throw new Error(`Templates were not saved: two templates share the id ${clean.id}.`);
    ids.add(clean.id);
    for (const field of ['name', 'subject', 'body'] as const) {
      if (clean[field].length > TEMPLATE_LIMITS[field]) {
        throw new Error(
          `Templates were not saved: the ${field} of ${named} is over ${TEMPLATE_LIMITS[field].toLocaleString('en-US')} characters.`,
        );
      }
    }
    const [error] = validateTemplate(clean);
    if (error) throw new Error(`Templates were not saved: ${named}: ${error.message}`);
    return clean;
  });
}
