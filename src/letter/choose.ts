// Which letter and which template the letter panel opens with, and the small text edits it
// offers on a draft: pure choices over plain data.
import type { Contact, Template, VariantId } from '../model';
import { type FillContext, type PlaceholderKey, getPlaceholderValue, parsePlaceholders } from './placeholders';

/** The kind of letter the stage calls for; among requests, the one last worked on. */
export function getInitialVariant(contact: Pick<Contact, 'stage' | 'drafts'>): VariantId {
  switch (contact.stage) {
    case 'meeting-scheduled':
    case 'met':
      return 'thanks';
    case 'thanked':
    case 'in-touch':
      return 'touch-base';
    default: {
      const requests = (['connection', 'email', 'inmail'] as const).filter((v) => contact.drafts[v]);
      requests.sort((a, b) => contact.drafts[b]!.updatedAt - contact.drafts[a]!.updatedAt);
      return requests[0] ?? 'connection';
    }
  }
}

/** The first template this person's details fill completely (so a referral note is not
 * offered when no one referred them), else the first. */
export function getBestTemplate(templates: Template[], ctx: FillContext): Template | undefined {
  return (
    templates.find((t) =>
      [...parsePlaceholders(t.subject).tokens, ...parsePlaceholders(t.body).tokens].every(
        (token) => getPlaceholderValue(token.key, ctx) !== '',
      ),
    ) ?? templates[0]
  );
}

export function hasPlaceholder(text: string, key: PlaceholderKey): boolean {
  return parsePlaceholders(text).tokens.some((t) => t.key === key);
}

/** The text with every placeholder for `key` (in any of its spellings) replaced by `value`. */
export function fillPlaceholder(text: string, key: PlaceholderKey, value: string): string {
  let out = text;
  for (const token of parsePlaceholders(text).tokens.reverse()) {
    if (token.key === key) out = out.slice(0, token.index) + value + out.slice(token.index + token.text.length);
  }
  return out;
}
