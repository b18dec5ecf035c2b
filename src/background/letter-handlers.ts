// Letters: the draft kept per person and kind of letter, and "mark as sent". Only extension
// pages may send these (router.ts refuses them from content scripts and web pages).
import { updateContact } from '../db/repository';
import { VARIANTS, isVariantId } from '../letter/variants';
import type { Contact, Draft, VariantId } from '../model';
import { markLetterSent } from '../pipeline/letter-sent';
import type { DraftText } from '../protocol';
import { getDb } from './db';
import type { Handlers } from './router';

type LetterMessage = 'letter.saveDraft' | 'letter.markSent';

/** Caps on a stored draft: far beyond any letter (an InMail is 2,000 characters), low enough
 * that a runaway paste cannot bloat every read of the contact. */
export const DRAFT_LIMITS = { templateId: 100, subject: 1_000, body: 20_000 } as const;

export const letterHandlers: Pick<Handlers, LetterMessage> = {
  async 'letter.saveDraft'({ id, variant, draft }) {
    const kind = requireVariant(variant);
    const clean = draft === null ? null : { ...checkDraft(draft), updatedAt: Date.now() };
    await updateContact(await getDb(), requireId(id), (contact) => withDraft(contact, kind, clean));
    return clean;
  },

  async 'letter.markSent'({ id, variant }) {
    const kind = requireVariant(variant);
    return updateContact(await getDb(), requireId(id), (contact) =>
      markLetterSent(contact, kind, Date.now(), VARIANTS[kind].label),
    );
  },
};

function withDraft(contact: Contact, variant: VariantId, draft: Draft | null): Contact {
  const drafts = { ...contact.drafts };
  if (draft) drafts[variant] = draft;
  else delete drafts[variant];
  return { ...contact, drafts, updatedAt: draft?.updatedAt ?? Date.now() };
}

function requireId(id: unknown): string {
  if (typeof id !== 'string' || id === '') throw new Error('No person was named.');
  return id;
}

function requireVariant(variant: unknown): VariantId {
  if (!isVariantId(variant)) throw new Error(`"${String(variant)}" is not a kind of letter Rapport knows.`);
  return variant;
}

function checkDraft(draft: unknown): DraftText {
  const d = (typeof draft === 'object' && draft !== null ? draft : {}) as Record<string, unknown>;
  for (const field of ['templateId', 'subject', 'body'] as const) {
    const value = d[field];
    if (typeof value !== 'string') throw new Error('The draft was not saved: it is incomplete.');
    if (value.length > DRAFT_LIMITS[field]) {
      throw new Error(`The draft was not saved: its ${field === 'templateId' ? 'template' : field} is too long.`);
    }
  }
  return { templateId: d.templateId as string, subject: d.subject as string, body: d.body as string };
}
