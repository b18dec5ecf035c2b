// Letters: the draft kept per person and kind of letter, and "mark as sent". Only extension
// pages may send these (router.ts refuses them from content scripts and web pages).
import { updateContact } from '../db/repository';
import { VARIANTS } from '../letter/variants';
import type { Contact, Draft, VariantId } from '../model';
import { markLetterSent } from '../pipeline/letter-sent';
import { getDb } from './db';
import type { Handlers } from './router';

type LetterMessage = 'letter.saveDraft' | 'letter.markSent';

export const letterHandlers: Pick<Handlers, LetterMessage> = {
  async 'letter.saveDraft'({ id, variant, draft }) {
    const clean = draft === null ? null : { ...draft, updatedAt: Date.now() };
    await updateContact(await getDb(), id, (contact) => withDraft(contact, variant, clean));
    return clean;
  },

  async 'letter.markSent'({ id, variant }) {
    return updateContact(await getDb(), id, (contact) => markLetterSent(contact, variant, Date.now(), VARIANTS[variant].label));
  },
};

function withDraft(contact: Contact, variant: VariantId, draft: Draft | null): Contact {
  const drafts = { ...contact.drafts };
  if (draft) drafts[variant] = draft;
  else delete drafts[variant];
  return { ...contact, drafts, updatedAt: draft?.updatedAt ?? Date.now() };
}
