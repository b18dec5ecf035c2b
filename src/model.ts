// Plain data shapes shared by every context. Types only: no runtime code, no imports of
// browser or storage APIs, so any context (and the pure modules) may import it.

/** Fields read from a LinkedIn profile. */
export type CapturedField = 'name' | 'firstName' | 'headline' | 'role' | 'organization' | 'location';

export const CAPTURED_FIELDS: readonly CapturedField[] = ['name', 'firstName', 'headline', 'role', 'organization', 'location'];

/** Where a captured value came from, e.g. "json-ld" or "topcard-2024"; `derived` when it
 * was inferred (a role taken from "CEO at Seyu") rather than read as such. */
export interface FieldSource {
  strategy: string;
  derived: boolean;
}

/** What the content script hands the background when the user saves a person. */
export interface ProfileCapture {
  profileUrl: string; // canonical: https://www.linkedin.com/in/<slug>/
  name: string;
  firstName: string | null;
  headline: string | null;
  role: string | null;
  organization: string | null;
  location: string | null;
  sources: Partial<Record<CapturedField, FieldSource>>;
  missing: CapturedField[];
}

export type Stage = 'saved' | 'request-sent' | 'meeting-scheduled' | 'met' | 'thanked' | 'in-touch' | 'no-reply' | 'declined' | 'archived';

export interface HistoryEntry {
  at: number; // epoch ms
  /** 'saved' | 'updated' | 'stage' | 'request-sent' | 'meeting' | 'note' | ... */
  kind: string;
  from?: Stage;
  to?: Stage;
  detail?: string;
}

export type MeetingMode = 'coffee' | 'phone' | 'video' | 'office';

export interface Meeting {
  /** Start as epoch ms (an instant; shown in the user's time zone). */
  start: number;
  /** IANA zone the user scheduled it in, e.g. "Europe/Stockholm". */
  timeZone: string;
  minutes: number;
  mode: MeetingMode;
  place: string; // address, phone number or video link
  heldAt?: number;
}

export type VariantId = 'connection' | 'email' | 'inmail' | 'thanks' | 'touch-base';

export interface Draft {
  templateId: string;
  subject: string;
  body: string;
  updatedAt: number;
}

export interface ContactNotes {
  person: string;
  organization: string;
  /** Written after the meeting: takeaways, advice received. Feeds the thank-you note. */
  takeaways: string;
}

export interface Contact extends Omit<ProfileCapture, 'firstName' | 'headline' | 'role' | 'organization' | 'location'> {
  /** Key: the canonical profile URL. */
  id: string;
  firstName: string;
  headline: string;
  role: string;
  organization: string;
  location: string;
  email: string;
  /** Fields the user typed or edited; a re-save never overwrites them. */
  edited: CapturedField[];
  /** Where the lead came from: a professor, a peer, an event, a referral… */
  leadSource: string;
  /** Contact id of whoever suggested this person. */
  referrerId: string | null;
  /** What drew the user to this person; letters use it. */
  why: string;
  stage: Stage;
  history: HistoryEntry[];
  notes: ContactNotes;
  /** Questions chosen for this person (text). */
  questions: string[];
  drafts: Partial<Record<VariantId, Draft>>;
  meeting: Meeting | null;
  /** Follow-ups sent after a request without reply. */
  nudges: number;
  /** Reminders for this contact are hidden until then (epoch ms). */
  snoozedUntil: number | null;
  /** Preparation checklist items ticked (PrepItemId from src/pipeline/questions.ts). */
  prep?: string[];
  /** The due action the user was last reminded of (src/pipeline/reminders.ts), kept here so a
   * restarted service worker does not remind again. */
  reminded?: string;
  createdAt: number;
  updatedAt: number;
  /** Lower-cased name, for the name index. */
  nameKey: string;
}

/** The user's own background, from the options page. Letters draw on it. */
export interface UserProfile {
  name: string;
  school: string;
  fieldOfStudy: string;
  experience: string; // internships or experience
  goals: string; // career goals
  signature: string;
  email: string;
}

export interface Settings {
  /** Show the in-page Save button on LinkedIn profiles. */
  showPageButton: boolean;
  /** LinkedIn Premium raises the connection-note limit from 200 to 300. */
  linkedinPremium: boolean;
  followUpDays: number; // default 7
  maxNudges: number; // default 2
  touchBaseMonths: number; // default 3
  meetingReminderMinutes: number; // default 60
  notifications: boolean;
}

export const DEFAULT_SETTINGS: Settings = {
  showPageButton: true,
  linkedinPremium: false,
  followUpDays: 7,
  maxNudges: 2,
  touchBaseMonths: 3,
  meetingReminderMinutes: 60,
  notifications: true,
};

/** The word the user types to delete everything: the settings page asks for it, the background
 * deletes nothing without it. */
export const DELETE_ALL_CONFIRMATION = 'DELETE';

export const EMPTY_PROFILE: UserProfile = {
  name: '',
  school: '',
  fieldOfStudy: '',
  experience: '',
  goals: '',
  signature: '',
  email: '',
};

export interface Template {
  id: string;
  variant: VariantId;
  name: string;
  subject: string;
  body: string;
  builtIn: boolean;
}
