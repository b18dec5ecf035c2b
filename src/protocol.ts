// The one message contract between contexts. Each entry maps a message name to its
// request and response; `send` is typed from it and the background's handler object must
// implement every name (see src/background/handlers.ts). Messages carry plain data only.
import type { EditableContact } from './pipeline/edit';
import type {
  Contact,
  Draft,
  Meeting,
  ProfileCapture,
  Settings,
  Stage,
  Template,
  UserProfile,
  VariantId,
} from './model';
import type { RestorePreview } from './formats/backup';
import type { ReferralInput } from './pipeline/referrals';
import type { ImportCounts, ImportPreview } from './formats/import-plan';

/** What the content script found on the page it runs in. */
export type PageReading =
  | { kind: 'profile'; capture: ProfileCapture }
  | { kind: 'not-profile'; reason: string };

/** Whether a person is already in Rapport, as shown on a button or badge. */
export interface SavedState {
  id: string;
  stage: Stage;
}

export interface SaveResult {
  contact: Contact;
  /** false when the person was already saved and the capture updated the record. */
  created: boolean;
}

/** The current tab, as the popup shows it. */
export type CurrentTab =
  | { kind: 'profile'; tabId: number; capture: ProfileCapture; saved: SavedState | null }
  | { kind: 'not-profile'; reason: string }
  | { kind: 'not-linkedin' };

/** Fields a user may edit on a contact from the popup. */
export type ContactPatch = Partial<EditableContact>;

/** A meeting as the user sets it; `start` is an instant, `timeZone` the zone it was set in. */
export type MeetingInput = Omit<Meeting, 'heldAt'>;

/** Messages to the background, from extension pages (and a few from the content script). */
export interface ProtocolMap {
  /** Content script: save the person on this page. */
  'page.save'(req: { reading: PageReading }): SaveResult;
  /** Content script: is the person at this canonical URL saved, and should the button show? */
  'page.status'(req: { profileUrl: string | null }): { saved: SavedState | null; showButton: boolean };

  /** The popup's current tab; `tabId` names it when the popup was opened as a page. */
  'tab.current'(req: { tabId?: number }): CurrentTab;
  'tab.save'(req: { tabId: number }): SaveResult;

  'contact.get'(req: { id: string }): Contact | null;
  'contact.update'(req: { id: string; patch: ContactPatch }): Contact;
  'contact.move'(req: { id: string; to: Stage; detail?: string }): Contact;
  'contact.delete'(req: { id: string }): Contact;
  'contact.restore'(req: { contact: Contact }): Contact;

  // --- Pipeline (issue 5): meetings, stage actions, snooze, referrals. Stage moves are
  // 'contact.move'. Each is one read-modify-write of the contact; the badge and the
  // reminder alarm are brought up to date after every write. ---
  /** Set or reschedule the meeting; moves to "meeting scheduled". */
  'pipeline.scheduleMeeting'(req: { id: string; meeting: MeetingInput }): Contact;
  /** The meeting as an .ics file. Made in the background: the `ics` library stays out of the popup. */
  'pipeline.calendarFile'(req: { id: string }): DataFile;
  /** The meeting took place: moves to "met". */
  'pipeline.markHeld'(req: { id: string }): Contact;
  /** The thank-you note went out: moves to "thanked"; the touch-base clock starts. */
  'pipeline.markThanked'(req: { id: string }): Contact;
  /** The user followed up on an unanswered request (past the last follow-up: "no reply"). */
  'pipeline.recordNudge'(req: { id: string }): Contact;
  /** The user touched base again: "in touch", and the next touch-base is months away. */
  'pipeline.recordTouchBase'(req: { id: string }): Contact;
  /** Hide the contact's reminder for this many days; null shows it again. */
  'pipeline.snooze'(req: { id: string; days: number | null }): Contact;
  /** "Who else should I talk to?": a new lead (or a saved person) linked to the referrer. */
  'pipeline.addReferral'(req: { referrerId: string; referral: ReferralInput }): Contact;

  'profile.get'(req: Record<string, never>): UserProfile;
  'profile.save'(req: { profile: UserProfile }): UserProfile;
  'settings.get'(req: Record<string, never>): Settings;
  'settings.save'(req: { settings: Settings }): Settings;
  'templates.get'(req: Record<string, never>): Template[];
  'templates.save'(req: { templates: Template[] }): Template[];

  // --- Letters (issue 4): the draft kept per person and kind of letter, and "mark as sent". ---
  /** Keep the draft the user is writing (the background stamps `updatedAt`); `null` drops it,
   * so the letter follows its template again. */
  'letter.saveDraft'(req: { id: string; variant: VariantId; draft: DraftText | null }): Draft | null;
  /** The letter went out: a request is marked sent, a thank-you thanked, a touch-base
   * recorded, each with its date in the history (src/pipeline/letter-sent.ts). */
  'letter.markSent'(req: { id: string; variant: VariantId }): Contact;

  // --- Your data (issue 6): backup, restore, CSV export and import, delete everything. ---
  // Files travel as text: the options page reads (and decodes) them, the background
  // validates everything again before it writes, in one transaction.
  /** The whole database as a versioned JSON backup. */
  'data.exportBackup'(req: Record<string, never>): DataFile;
  /** Contacts as CSV for spreadsheets (UTF-8 with a byte-order mark). */
  'data.exportCsv'(req: Record<string, never>): DataFile;
  /** What restoring this backup text would do; throws with line and column if it is not one. */
  'data.previewRestore'(req: { text: string }): RestorePreview;
  /** Replace everything with the backup. */
  'data.restoreBackup'(req: { text: string }): { contacts: number };
  /** Whether the database holds exactly this backup's records (did a cut-off restore land?). */
  'data.holdsBackup'(req: { text: string }): boolean;
  /** What importing this CSV text would add, update and skip; nothing is written. */
  'data.previewImport'(req: { text: string }): ImportPreview;
  /** Import this CSV text, planned again against the records as they are now. */
  'data.commitImport'(req: { text: string }): ImportCounts;
  /** Delete every person, the profile, settings and templates. `confirm` is what the user typed. */
  'data.deleteAll'(req: { confirm: string }): { deleted: number };
}

/** A draft as the letter panel sends it. */
export type DraftText = Omit<Draft, 'updatedAt'>;

/** A file for the user to download. */
export interface DataFile {
  fileName: string;
  mimeType: string;
  text: string;
}

export type MessageName = keyof ProtocolMap;
export type RequestOf<K extends MessageName> = Parameters<ProtocolMap[K]>[0];
export type ResponseOf<K extends MessageName> = ReturnType<ProtocolMap[K]>;

/** The only messages a content script (running in LinkedIn's page) may send. */
export const CONTENT_SCRIPT_MESSAGES: ReadonlySet<MessageName> = new Set<MessageName>([
  'page.save',
  'page.status',
]);

export interface Envelope<K extends MessageName = MessageName> {
  rapport: 1;
  name: K;
  payload: RequestOf<K>;
}

export type Reply<T> = { ok: true; value: T } | { ok: false; error: string };

/** The popup opened on one person (from a notification): popup/index.html#contact=<id>. */
export function toContactHash(id: string): string {
  return `#contact=${encodeURIComponent(id)}`;
}

/** The contact id in a location hash made by toContactHash, or null. */
export function fromContactHash(hash: string): string | null {
  const match = /^#contact=(.+)$/.exec(hash);
  if (!match) return null;
  try {
    return decodeURIComponent(match[1]);
  } catch {
    return null;
  }
}

export function isEnvelope(message: unknown): message is Envelope {
  if (typeof message !== 'object' || message === null) return false;
  const m = message as Partial<Envelope>;
  return m.rapport === 1 && typeof m.name === 'string';
}

/** Messages from the background to the content script of a tab. */
export interface ContentProtocolMap {
  /** Read the page as it is now (the user asked to save from the menu, shortcut or popup). */
  'content.read'(req: Record<string, never>): PageReading;
  /** The person's saved state changed elsewhere (popup, another tab): update the button. */
  'content.saved'(req: { profileUrl: string; saved: SavedState | null }): void;
}
