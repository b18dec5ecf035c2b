// The one message contract between contexts, split by sender: CONTENT_MESSAGES are what
// the content script in a LinkedIn tab may send, PAGE_MESSAGES what Rapport's own pages may
// send. Each entry is a message's request and response types and its one validator; the
// senders in src/messaging.ts are typed from these maps, and the background's handler
// object must implement every name (src/background/router.ts). Messages carry plain data
// only. Last, the messages the background sends to a tab (ContentProtocolMap).
import { getContactProblem, type RestorePreview } from './formats/backup';
import type { ImportCounts, ImportPreview } from './formats/import-plan';
import { checkTemplateList } from './letter/templates';
import { isVariantId } from './letter/variants';
import {
  CAPTURED_FIELDS,
  DEFAULT_SETTINGS,
  DELETE_ALL_CONFIRMATION,
  EMPTY_PROFILE,
  type Contact,
  type ContactNotes,
  type Draft,
  type Meeting,
  type ProfileCapture,
  type Settings,
  type Stage,
  type Template,
  type UserProfile,
  type VariantId,
} from './model';
import type { EditableContact } from './pipeline/edit';
import { toValidMeeting } from './pipeline/meeting';
import type { ReferralInput } from './pipeline/referrals';
import { getReminderSettingsProblem } from './pipeline/reminders';
import { isStage } from './pipeline/stages';

/** What the content script found on the page it runs in. */
export type PageReading = { kind: 'profile'; capture: ProfileCapture } | { kind: 'not-profile'; reason: string };

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

/**
 * A message: `check` is its one validator, run by the router before any handler — it
 * returns the request as the handler may trust it (only the known fields, each of its
 * type, within its length and among its allowed values) or throws saying what is wrong —
 * and `reply` is the type of the answer, for the compiler only.
 */
export interface Message<Req, Res> {
  check(req: unknown): Req;
  readonly reply?: Res;
}

// Pure, so that a bundle which only sends (the content script, the pages) leaves the maps
// and their validators out.
/* @__NO_SIDE_EFFECTS__ */
function message<Req, Res>(check: (req: unknown) => Req): Message<Req, Res> {
  return { check };
}

/** Messages Rapport's content script, in a LinkedIn tab, may send (src/messaging.ts,
 * sendFromContent); the router takes them from such a tab only. */
export const CONTENT_MESSAGES = {
  /** Save the person on this page. Its address must be the tab's (src/background/capture.ts). */
  'page.save': message<{ reading: PageReading }, SaveResult>((req) => ({ reading: checkPageReading(fields(req).reading) })),
  /** Is the person at this canonical URL saved, and should the button show? */
  'page.status': message<{ profileUrl: string | null }, { saved: SavedState | null; showButton: boolean }>((req) => {
    const { profileUrl } = fields(req);
    return { profileUrl: profileUrl === null ? null : text(profileUrl, MAX_URL_LENGTH, 'profile address') };
  }),
};

/** Messages Rapport's own pages (the popup, the options page) may send (src/messaging.ts,
 * sendFromPage); the router takes them from this extension's pages only. */
export const PAGE_MESSAGES = {
  /** The popup's current tab; `tabId` names it when the popup was opened as a page. */
  'tab.current': message<{ tabId?: number }, CurrentTab>((req) => {
    const { tabId } = fields(req);
    return tabId === undefined ? {} : { tabId: checkTabId(tabId) };
  }),
  'tab.save': message<{ tabId: number }, SaveResult>((req) => ({ tabId: checkTabId(fields(req).tabId) })),

  'contact.get': message<{ id: string }, Contact | null>((req) => ({ id: contactId(fields(req).id) })),
  'contact.update': message<{ id: string; patch: ContactPatch }, Contact>((req) => {
    const { id, patch } = fields(req);
    return { id: contactId(id), patch: checkPatch(patch) };
  }),
  'contact.move': message<{ id: string; to: Stage; detail?: string }, Contact>((req) => {
    const { id, to, detail } = fields(req);
    if (!isStage(to)) throw new RangeError(`"${String(to)}" is not a stage Rapport knows.`);
    return detail === undefined
      ? { id: contactId(id), to }
      : { id: contactId(id), to, detail: text(detail, MAX_FIELD_LENGTH, 'note on the move') };
  }),
  'contact.delete': message<{ id: string }, Contact>((req) => ({ id: contactId(fields(req).id) })),
  /** Undo a delete: the record as it was. */
  'contact.restore': message<{ contact: Contact }, Contact>((req) => {
    const { contact } = fields(req);
    const problem = getContactProblem(contact);
    if (problem) throw new Error(`Can't restore this person: the record ${problem}.`);
    return { contact: contact as Contact };
  }),

  // --- Pipeline (issue 5): meetings, stage actions, snooze, referrals. Stage moves are
  // 'contact.move'. Each is one read-modify-write of the contact; the badge and the
  // reminder alarm are brought up to date after every write. ---
  /** Set or reschedule the meeting; moves to "meeting scheduled". */
  'pipeline.scheduleMeeting': message<{ id: string; meeting: MeetingInput }, Contact>((req) => {
    const { id, meeting } = fields(req);
    return { id: contactId(id), meeting: toValidMeeting(meeting) };
  }),
  /** The meeting as an .ics file. Made in the background: the `ics` library stays out of the popup. */
  'pipeline.calendarFile': message<{ id: string }, DataFile>((req) => ({ id: contactId(fields(req).id) })),
  /** The meeting took place: moves to "met". */
  'pipeline.markHeld': message<{ id: string }, Contact>((req) => ({ id: contactId(fields(req).id) })),
  /** The thank-you note went out: moves to "thanked"; the touch-base clock starts. */
  'pipeline.markThanked': message<{ id: string }, Contact>((req) => ({ id: contactId(fields(req).id) })),
  /** The user followed up on an unanswered request (past the last follow-up: "no reply"). */
  'pipeline.recordNudge': message<{ id: string }, Contact>((req) => ({ id: contactId(fields(req).id) })),
  /** The user touched base again: "in touch", and the next touch-base is months away. */
  'pipeline.recordTouchBase': message<{ id: string }, Contact>((req) => ({ id: contactId(fields(req).id) })),
  /** Hide the contact's reminder for this many days; null shows it again. */
  'pipeline.snooze': message<{ id: string; days: number | null }, Contact>((req) => {
    const { id, days } = fields(req);
    if (days !== null && !(Number.isInteger(days) && (days as number) >= 1 && (days as number) <= MAX_SNOOZE_DAYS)) {
      throw new RangeError(`Snooze for 1 to ${MAX_SNOOZE_DAYS} days.`);
    }
    return { id: contactId(id), days: days as number | null };
  }),
  /** "Who else should I talk to?": a new lead (or a saved person) linked to the referrer. */
  'pipeline.addReferral': message<{ referrerId: string; referral: ReferralInput }, Contact>((req) => {
    const { referrerId, referral } = fields(req);
    return { referrerId: contactId(referrerId), referral: checkReferral(referral) };
  }),

  'profile.get': message<Record<string, never>, UserProfile>(nothing),
  'profile.save': message<{ profile: UserProfile }, UserProfile>((req) => ({ profile: checkProfile(fields(req).profile) })),
  'settings.get': message<Record<string, never>, Settings>(nothing),
  'settings.save': message<{ settings: Settings }, Settings>((req) => ({ settings: checkSettings(fields(req).settings) })),
  'templates.get': message<Record<string, never>, Template[]>(nothing),
  'templates.save': message<{ templates: Template[] }, Template[]>((req) => ({ templates: checkTemplateList(fields(req).templates) })),

  // --- Letters (issue 4): the draft kept per person and kind of letter, and "mark as sent". ---
  /** Keep the draft the user is writing (the background stamps `updatedAt`); `null` drops it,
   * so the letter follows its template again. */
  'letter.saveDraft': message<{ id: string; variant: VariantId; draft: DraftText | null }, Draft | null>((req) => {
    const { id, variant, draft } = fields(req);
    return { id: contactId(id), variant: checkVariant(variant), draft: draft === null ? null : checkDraft(draft) };
  }),
  /** The letter went out: a request is marked sent, a thank-you thanked, a touch-base
   * recorded, each with its date in the history (src/pipeline/letter-sent.ts). */
  'letter.markSent': message<{ id: string; variant: VariantId }, Contact>((req) => {
    const { id, variant } = fields(req);
    return { id: contactId(id), variant: checkVariant(variant) };
  }),

  // --- Your data (issue 6): backup, restore, CSV export and import, delete everything. ---
  // Files travel as text: the options page reads (and decodes) them, the background
  // validates everything again before it writes, in one transaction.
  /** The whole database as a versioned JSON backup. */
  'data.exportBackup': message<Record<string, never>, DataFile>(nothing),
  /** Contacts as CSV for spreadsheets (UTF-8 with a byte-order mark). */
  'data.exportCsv': message<Record<string, never>, DataFile>(nothing),
  /** What restoring this backup text would do; throws with line and column if it is not one. */
  'data.previewRestore': message<{ text: string }, RestorePreview>(fileText),
  /** Replace everything with the backup. */
  'data.restoreBackup': message<{ text: string }, { contacts: number }>(fileText),
  /** Whether the database holds exactly this backup's records (did a cut-off restore land?). */
  'data.holdsBackup': message<{ text: string }, boolean>(fileText),
  /** What importing this CSV text would add, update and skip; nothing is written. */
  'data.previewImport': message<{ text: string }, ImportPreview>(fileText),
  /** Import this CSV text, planned again against the records as they are now. */
  'data.commitImport': message<{ text: string }, ImportCounts>(fileText),
  /** Delete every person, the profile, settings and templates. `confirm` is what the user typed. */
  'data.deleteAll': message<{ confirm: string }, { deleted: number }>((req) => {
    if (fields(req).confirm !== DELETE_ALL_CONFIRMATION)
      throw new Error(`Nothing was deleted: type ${DELETE_ALL_CONFIRMATION} to confirm.`);
    return { confirm: DELETE_ALL_CONFIRMATION };
  }),
};

/** A draft as the letter panel sends it. */
export type DraftText = Omit<Draft, 'updatedAt'>;

/** A file for the user to download. */
export interface DataFile {
  fileName: string;
  mimeType: string;
  text: string;
}

export type ContentMessageName = keyof typeof CONTENT_MESSAGES;
export type PageMessageName = keyof typeof PAGE_MESSAGES;
export type MessageName = ContentMessageName | PageMessageName;
type Messages = typeof CONTENT_MESSAGES & typeof PAGE_MESSAGES;
export type RequestOf<K extends MessageName> = Messages[K] extends Message<infer Req, unknown> ? Req : never;
export type ResponseOf<K extends MessageName> = Messages[K] extends Message<unknown, infer Res> ? Res : never;

export interface Envelope<K extends MessageName = MessageName> {
  rapport: 1;
  name: K;
  payload: RequestOf<K>;
}

export type Reply<T> = { ok: true; value: T } | { ok: false; error: string };

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

// --- The validators' parts -------------------------------------------------------------
// Caps far beyond anything a person writes, low enough that a runaway paste or a forged
// message cannot bloat every read of the contact or fill the disk.

const MAX_ID_LENGTH = 2_000;
const MAX_URL_LENGTH = 2_000;
/** A captured or edited field of a contact (name, headline, role, …). */
const MAX_FIELD_LENGTH = 2_000;
/** Notes, the reasons for asking, the profile's paragraphs. */
const MAX_PARAGRAPHS_LENGTH = 20_000;
const MAX_LIST_ITEMS = 200;
const MAX_SNOOZE_DAYS = 90;
/** A stored draft: far beyond any letter (an InMail is 2,000 characters). */
const DRAFT_LIMITS = { templateId: 100, subject: 1_000, body: 20_000 } as const;

/** A request is an object of named fields. */
function fields(req: unknown): Record<string, unknown> {
  if (typeof req !== 'object' || req === null || Array.isArray(req)) throw new TypeError('Rapport received a request it cannot read.');
  return req as Record<string, unknown>;
}

function nothing(req: unknown): Record<string, never> {
  fields(req);
  return {};
}

function text(value: unknown, max: number, what: string): string {
  if (typeof value !== 'string') throw new TypeError(`The ${what} is not text.`);
  if (value.length > max) throw new RangeError(`The ${what} is over ${max.toLocaleString('en-US')} characters.`);
  return value;
}

function contactId(value: unknown): string {
  if (typeof value !== 'string' || value === '' || value.length > MAX_ID_LENGTH) throw new TypeError('No person was named.');
  return value;
}

function checkTabId(value: unknown): number {
  if (!Number.isInteger(value) || (value as number) < 0) throw new TypeError('No tab was named.');
  return value as number;
}

function fileText(req: unknown): { text: string } {
  const { text: value } = fields(req);
  if (typeof value !== 'string') throw new TypeError('No file was read. Choose the file again.');
  return { text: value };
}

function checkVariant(value: unknown): VariantId {
  if (!isVariantId(value)) throw new RangeError(`"${String(value)}" is not a kind of letter Rapport knows.`);
  return value;
}

/** The reading of a LinkedIn page: from a page we don't control, so every field is checked
 * (and cut to length) before it is stored. Also checks what a tab answers to 'content.read'. */
export function checkPageReading(value: unknown): PageReading {
  const reading = fields(value);
  if (reading.kind === 'not-profile') return { kind: 'not-profile', reason: text(reading.reason, MAX_FIELD_LENGTH, 'reason') };
  if (reading.kind !== 'profile') throw new TypeError('This page is not a LinkedIn profile.');
  const capture = fields(reading.capture);
  if (typeof capture.name !== 'string' || capture.name.trim() === '') {
    throw new Error("Couldn't read the person's name on this page, so nothing was saved.");
  }
  const clean: ProfileCapture = {
    profileUrl: text(capture.profileUrl, MAX_URL_LENGTH, 'profile address'),
    name: capture.name.slice(0, MAX_FIELD_LENGTH),
    firstName: null,
    headline: null,
    role: null,
    organization: null,
    location: null,
    sources: {},
    missing: [],
  };
  const sources = (typeof capture.sources === 'object' && capture.sources !== null ? capture.sources : {}) as ProfileCapture['sources'];
  for (const field of CAPTURED_FIELDS) {
    const value = capture[field];
    if (value !== null && value !== undefined && typeof value !== 'string') {
      throw new Error(`The ${field} read from the page is not text, so nothing was saved.`);
    }
    if (field !== 'name') {
      const cut = typeof value === 'string' ? value.slice(0, MAX_FIELD_LENGTH) : null;
      clean[field] = cut === '' ? null : cut;
    }
    const source = sources[field];
    if (source && typeof source.strategy === 'string') {
      clean.sources[field] = { strategy: source.strategy.slice(0, 64), derived: source.derived === true };
    }
    if (clean[field] === null) clean.missing.push(field);
  }
  return { kind: 'profile', capture: clean };
}

const PATCH_TEXT_FIELDS = {
  name: 'name',
  firstName: 'first name',
  headline: 'headline',
  role: 'role',
  organization: 'organization',
  location: 'location',
  email: 'email address',
  leadSource: 'lead source',
  why: 'reason for asking',
} as const satisfies Record<Exclude<keyof EditableContact, 'notes' | 'questions' | 'prep'>, string>;

const NOTE_FIELDS = {
  person: 'note on the person',
  organization: 'note on the organization',
  takeaways: 'takeaways note',
} as const satisfies Record<keyof ContactNotes, string>;

function textList(value: unknown, what: string): string[] {
  if (!Array.isArray(value)) throw new TypeError(`The ${what} are not a list.`);
  if (value.length > MAX_LIST_ITEMS) throw new RangeError(`There are more than ${MAX_LIST_ITEMS} ${what}.`);
  return value.map((item) => text(item, MAX_FIELD_LENGTH, what.replace(/s$/, '')));
}

/** Only the fields a user may edit, each of its type and length. */
function checkPatch(value: unknown): ContactPatch {
  const patch = fields(value);
  const clean: ContactPatch = {};
  for (const [field, what] of Object.entries(PATCH_TEXT_FIELDS) as [keyof typeof PATCH_TEXT_FIELDS, string][]) {
    if (patch[field] !== undefined) clean[field] = text(patch[field], field === 'why' ? MAX_PARAGRAPHS_LENGTH : MAX_FIELD_LENGTH, what);
  }
  if (patch.notes !== undefined) {
    const notes = fields(patch.notes);
    const cleanNotes = {} as ContactNotes;
    for (const [key, what] of Object.entries(NOTE_FIELDS) as [keyof ContactNotes, string][]) {
      cleanNotes[key] = notes[key] === undefined ? '' : text(notes[key], MAX_PARAGRAPHS_LENGTH, what);
    }
    clean.notes = cleanNotes;
  }
  if (patch.questions !== undefined) clean.questions = textList(patch.questions, 'questions');
  if (patch.prep !== undefined) clean.prep = textList(patch.prep, 'preparation items');
  return clean;
}

/** A referral: only its text fields, each trimmed and cut to length. */
function checkReferral(value: unknown): ReferralInput {
  const r = fields(value);
  const cut = (field: unknown) => (typeof field === 'string' ? field.trim().slice(0, MAX_FIELD_LENGTH) : '');
  return { name: cut(r.name), role: cut(r.role), organization: cut(r.organization), profileUrl: cut(r.profileUrl), note: cut(r.note) };
}

function checkProfile(value: unknown): UserProfile {
  const given = fields(value);
  const profile = { ...EMPTY_PROFILE };
  for (const key of Object.keys(EMPTY_PROFILE) as (keyof UserProfile)[]) {
    if (given[key] !== undefined) profile[key] = text(given[key], MAX_PARAGRAPHS_LENGTH, `profile's ${key}`);
  }
  return profile;
}

/** Every setting of its type (the default where one is missing), the reminder numbers in range. */
function checkSettings(value: unknown): Settings {
  const given = fields(value);
  const settings: Settings = { ...DEFAULT_SETTINGS };
  for (const key of Object.keys(DEFAULT_SETTINGS) as (keyof Settings)[]) {
    if (given[key] === undefined) continue;
    if (typeof given[key] !== typeof DEFAULT_SETTINGS[key])
      throw new TypeError(`The setting ${key} is not a ${typeof DEFAULT_SETTINGS[key]}.`);
    (settings as unknown as Record<string, unknown>)[key] = given[key];
  }
  const problem = getReminderSettingsProblem(settings);
  if (problem) throw new RangeError(problem);
  return settings;
}

function checkDraft(value: unknown): DraftText {
  const draft = fields(value);
  const clean = {} as DraftText;
  for (const field of ['templateId', 'subject', 'body'] as const) {
    if (typeof draft[field] !== 'string') throw new TypeError('The draft was not saved: it is incomplete.');
    if ((draft[field] as string).length > DRAFT_LIMITS[field]) {
      throw new RangeError(`The draft was not saved: its ${field === 'templateId' ? 'template' : field} is too long.`);
    }
    clean[field] = draft[field] as string;
  }
  return clean;
}
