import type { Settings, VariantId } from '../model';

/** Where a variant is sent; decides whether a subject exists and how length is judged. */
export type Channel = 'linkedin-invite' | 'linkedin-inmail' | 'email';

export interface VariantSpec {
  id: VariantId;
  label: string;
  channel: Channel;
  hasSubject: boolean;
  /** Hard limit on the subject in characters (see count.ts), or null when none. */
  subjectLimit: number | null;
  /** Hard limit on the body in characters; the connection note's depends on the plan,
   * so read it with getBodyLimit(). */
  bodyLimit: number | null;
  /** Soft guidance on the body in words, or null. */
  wordGuide: number | null;
}

/** LinkedIn's connection-note limits (maxlength of the invitation box). */
const CONNECTION_NOTE_LIMIT_FREE = 200;
const CONNECTION_NOTE_LIMIT_PREMIUM = 300;
/** An email that is read, not skimmed: about 150 words. */
const EMAIL_WORD_GUIDE = 150;

export const VARIANTS: Readonly<Record<VariantId, VariantSpec>> = {
  connection: {
    id: 'connection',
    label: 'LinkedIn connection note',
    channel: 'linkedin-invite',
    hasSubject: false,
    subjectLimit: null,
    bodyLimit: CONNECTION_NOTE_LIMIT_FREE,
    wordGuide: null,
  },
  email: {
    id: 'email',
    label: 'Email',
    channel: 'email',
    hasSubject: true,
    subjectLimit: null,
    bodyLimit: null,
    wordGuide: EMAIL_WORD_GUIDE,
  },
  inmail: {
    id: 'inmail',
    label: 'LinkedIn InMail',
    channel: 'linkedin-inmail',
    hasSubject: true,
    subjectLimit: 200,
    bodyLimit: 2000,
    wordGuide: null,
  },
  thanks: {
    id: 'thanks',
    label: 'Thank-you email',
    channel: 'email',
    hasSubject: true,
    subjectLimit: null,
    bodyLimit: null,
    wordGuide: EMAIL_WORD_GUIDE,
  },
  'touch-base': {
    id: 'touch-base',
    label: 'Touch-base email',
    channel: 'email',
    hasSubject: true,
    subjectLimit: null,
    bodyLimit: null,
    wordGuide: EMAIL_WORD_GUIDE,
  },
};

export const VARIANT_IDS: readonly VariantId[] = ['connection', 'email', 'inmail', 'thanks', 'touch-base'];

export function isVariantId(value: unknown): value is VariantId {
  return typeof value === 'string' && Object.hasOwn(VARIANTS, value);
}

/** The body limit for this user: a connection note allows 300 characters on Premium. */
export function getBodyLimit(variant: VariantId, settings: Pick<Settings, 'linkedinPremium'>): number | null {
  if (variant === 'connection') {
    return settings.linkedinPremium ? CONNECTION_NOTE_LIMIT_PREMIUM : CONNECTION_NOTE_LIMIT_FREE;
  }
  return VARIANTS[variant].bodyLimit;
}
