// Records for the data tests: fictional people with everything a contact can hold filled in.
import type { Contact, Settings, Template, UserProfile } from '../../../src/model';
import { DEFAULT_SETTINGS } from '../../../src/model';
import type { RapportDb } from '../../../src/db/schema';
import { toSettings } from '../../../src/db/schema';
import {
  buildSummary,
  fromStored,
  HEAD_KEY,
  type StoredHead,
  type StoredSummary,
  type SummaryKey,
  type SummaryRecord,
} from '../../../src/db/summary';
import { getDefaultTimeZone } from '../../../src/pipeline/zoned-time';

export function makeContact(slug: string, overrides: Partial<Contact> = {}): Contact {
  const id = `https://www.linkedin.com/in/${slug}/`;
  const name =
    overrides.name ??
    slug
      .split('-')
      .map((w) => w[0].toUpperCase() + w.slice(1))
      .join(' ');
  return {
    id,
    profileUrl: id,
    name,
    firstName: name.split(' ')[0],
    headline: 'Hydrologist · flood models, rivers, open data',
    role: 'Hydrologist',
    organization: 'Bluefen',
    location: 'Rotterdam, South Holland, Netherlands',
    sources: { name: { strategy: 'json-ld', derived: false }, role: { strategy: 'headline', derived: true } },
    missing: [],
    email: '',
    edited: [],
    leadSource: 'Professor Lind',
    referrerId: null,
    why: 'Works on the river models I studied.',
    stage: 'meeting-scheduled',
    history: [
      { at: 1_700_000_000_000, kind: 'saved' },
      { at: 1_700_000_100_000, kind: 'stage', from: 'saved', to: 'request-sent' },
      { at: 1_700_000_200_000, kind: 'stage', from: 'request-sent', to: 'meeting-scheduled', detail: 'Coffee at Hofplein' },
    ],
    notes: { person: 'Ran a 10k for charity — ask.', organization: 'Bluefen: 40 people, Delft office', takeaways: '' },
    questions: ['How did you get into this field?', 'What is a typical day like?'],
    drafts: { email: { templateId: 'email-default', subject: 'A short question', body: 'Dear Maren,\n\n…', updatedAt: 1_700_000_150_000 } },
    meeting: { start: 1_700_600_000_000, timeZone: 'Europe/Amsterdam', minutes: 30, mode: 'coffee', place: 'Hofplein 12' },
    nudges: 1,
    snoozedUntil: null,
    createdAt: 1_700_000_000_000,
    updatedAt: 1_700_000_200_000,
    nameKey: name.toLowerCase(),
    ...overrides,
  };
}

export const PROFILE: UserProfile = {
  name: 'Sam Rivera',
  school: 'Lakeside University',
  fieldOfStudy: 'Environmental engineering',
  experience: 'Intern at the county water board',
  goals: 'Flood-risk modelling',
  signature: 'Sam Rivera\nLakeside University',
  email: 'sam@example.org',
};

export const SETTINGS: Settings = { ...DEFAULT_SETTINGS, linkedinPremium: true, followUpDays: 10 };

export const TEMPLATES: Template[] = [
  { id: 'mine-1', variant: 'email', name: 'My email', subject: 'Hello {firstName}', body: 'Dear {firstName}, …', builtIn: false },
];

/** Fill a database with three people, a profile, settings and templates. */
export async function fillDb(db: RapportDb): Promise<void> {
  const tx = db.transaction(['contacts', 'meta', 'summary'], 'readwrite');
  const contacts = [
    makeContact('maren-okafor'),
    makeContact('ines-varga', { stage: 'saved', meeting: null, drafts: {}, edited: ['role'], role: 'Typed by me' }),
    makeContact('j%C3%B6rgen-b%C3%A4ck', {
      name: 'Jörgen Bäck',
      nameKey: 'jörgen bäck',
      headline: '=HYPERLINK("http://evil.example","click")',
    }),
  ];
  await Promise.all([
    ...contacts.map((contact) => tx.objectStore('contacts').put(contact)),
    ...[...buildSummary(contacts, SETTINGS, getDefaultTimeZone())].map(([key, record]) => tx.objectStore('summary').put(record, key)),
    tx.objectStore('meta').put({ key: 'profile', value: PROFILE }),
    tx.objectStore('meta').put({ key: 'settings', value: SETTINGS }),
    tx.objectStore('meta').put({ key: 'templates', value: TEMPLATES }),
    tx.done,
  ]);
}

/** Everything in the database as text, each summary record with its key too: two dumps are
 * equal only if the data is. */
export async function dumpDb(db: RapportDb): Promise<string> {
  const tx = db.transaction(['contacts', 'meta', 'summary'], 'readonly');
  const [contacts, meta, keys, records] = await Promise.all([
    tx.objectStore('contacts').getAll(),
    tx.objectStore('meta').getAll(),
    tx.objectStore('summary').getAllKeys(),
    tx.objectStore('summary').getAll(),
    tx.done,
  ]);
  return JSON.stringify({ contacts, meta, summary: keys.map((key, i) => [key, records[i]]) });
}

/** The summary the database holds (as the popup reads it: everyone, and each record by its
 * key, the head too), and the one its contacts make, at the moment its head was written. */
export async function readSummaries(db: RapportDb) {
  const tx = db.transaction(['contacts', 'meta', 'summary'], 'readonly');
  const [contacts, settings, keys, records] = await Promise.all([
    tx.objectStore('contacts').getAll(),
    tx.objectStore('meta').get('settings'),
    tx.objectStore('summary').getAllKeys(),
    tx.objectStore('summary').getAll(),
    tx.done,
  ]);
  const head = records[keys.indexOf(HEAD_KEY)] as StoredHead | undefined;
  const built = buildSummary(contacts, toSettings(settings), getDefaultTimeZone(), head?.todo.at);
  const numbered = (entries: Iterable<[SummaryKey, SummaryRecord]>) =>
    [...entries].filter(([key]) => typeof key === 'number').map(([, record]) => record as StoredSummary);
  return {
    stored: fromStored(numbered(keys.map((key, i) => [key, records[i]]))),
    expected: fromStored(numbered(built)),
    storedRecords: new Map(keys.map((key, i) => [key, records[i]])),
    expectedRecords: built,
  };
}
