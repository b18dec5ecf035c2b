// The background's answer to every message in the contract (src/protocol.ts). Features
// with many messages keep their handlers in a file of their own, spread in here; the
// `Handlers` type still makes a missing one a compile error.
import { api } from '../browser';
import {
  deleteContact,
  getContact,
  getProfile,
  getSettings,
  getStoredTemplates,
  putContact,
  putProfile,
  putSettings,
  putTemplates,
  updateContact,
} from '../db/repository';
import { getContactProblem } from '../formats/backup';
import { DEFAULT_TEMPLATES, checkTemplateList } from '../letter/templates';
import type { Settings } from '../model';
import { DEFAULT_SETTINGS, EMPTY_PROFILE } from '../model';
import type { ContactPatch, CurrentTab } from '../protocol';
import { moveStage } from '../pipeline/stages';
import { applyPatch } from '../pipeline/edit';
import { getReminderSettingsProblem } from '../pipeline/reminders';
import { announceSaved, getSavedState, readTab, saveReading, saveTab, showSavedBadge } from './capture';
import { dataHandlers } from './data-handlers';
import { pipelineHandlers } from './pipeline-handlers';
import { letterHandlers } from './letter-handlers';
import { getDb } from './db';
import { isLinkedInPageUrl } from '../content/linkedin/pages';
import type { Handlers } from './router';

export const handlers: Handlers = {
  ...dataHandlers,
  ...pipelineHandlers,
  ...letterHandlers,

  async 'page.save'({ reading }, { sender }) {
    const result = await saveReading(reading);
    if (sender.tab?.id !== undefined) await announceSaved(sender.tab.id, result);
    return result;
  },

  async 'page.status'({ profileUrl }, { sender }) {
    const [saved, settings] = await Promise.all([getSavedState(profileUrl), getSettings(await getDb())]);
    if (sender.tab?.id !== undefined) await showSavedBadge(sender.tab.id, saved);
    return { saved, showButton: settings.showPageButton };
  },

  async 'tab.current'({ tabId }) {
    return getCurrentTab(tabId);
  },

  'tab.save'({ tabId }) {
    return saveTab(tabId);
  },

  async 'contact.get'({ id }) {
    return (await getContact(await getDb(), id)) ?? null;
  },

  async 'contact.update'({ id, patch }) {
    return updateContact(await getDb(), id, (contact) => applyPatch(contact, sanitizePatch(patch), Date.now()));
  },

  async 'contact.move'({ id, to, detail }) {
    return updateContact(await getDb(), id, (contact) => moveStage(contact, to, Date.now(), detail));
  },

  async 'contact.delete'({ id }) {
    return deleteContact(await getDb(), id);
  },

  async 'contact.restore'({ contact }) {
    const problem = getContactProblem(contact);
    if (problem) throw new Error(`Can't restore this person: the record ${problem}.`);
    return putContact(await getDb(), contact);
  },

  async 'profile.get'() {
    return getProfile(await getDb());
  },

  async 'profile.save'({ profile }) {
    return putProfile(await getDb(), pickStrings(profile, EMPTY_PROFILE));
  },

  async 'settings.get'() {
    return getSettings(await getDb());
  },

  async 'settings.save'({ settings }) {
    return putSettings(await getDb(), pickSettings(settings));
  },

  async 'templates.get'() {
    return (await getStoredTemplates(await getDb())) ?? DEFAULT_TEMPLATES;
  },

  async 'templates.save'({ templates }) {
    return putTemplates(await getDb(), checkTemplateList(templates));
  },
};

/** The tab the popup was opened over, or the one named (the popup opened as a page). */
async function getCurrentTab(tabId?: number): Promise<CurrentTab> {
  const [tab] =
    tabId !== undefined
      ? [await api.tabs.get(tabId)]
      : await api.tabs.query({ active: true, currentWindow: true });
  if (!tab?.id || !isLinkedInPageUrl(tab.url)) return { kind: 'not-linkedin' };
  const reading = await readTab(tab.id).catch((error: Error) => ({ kind: 'not-profile' as const, reason: error.message }));
  if (reading.kind !== 'profile') return reading;
  return { kind: 'profile', tabId: tab.id, capture: reading.capture, saved: await getSavedState(reading.capture.profileUrl) };
}

const TEXT_FIELDS = ['name', 'firstName', 'headline', 'role', 'organization', 'location', 'email', 'leadSource', 'why'] as const;

/** Keep only the editable fields, each of the type it must have. */
function sanitizePatch(patch: ContactPatch): ContactPatch {
  const clean: ContactPatch = {};
  for (const field of TEXT_FIELDS) {
    if (typeof patch[field] === 'string') clean[field] = patch[field];
  }
  if (patch.notes && typeof patch.notes === 'object') {
    clean.notes = pickStrings(patch.notes, { person: '', organization: '', takeaways: '' });
  }
  if (Array.isArray(patch.questions)) clean.questions = patch.questions.filter((q) => typeof q === 'string');
  if (Array.isArray(patch.prep)) clean.prep = patch.prep.filter((item) => typeof item === 'string');
  return clean;
}

/** Only the keys of `shape`, each a string (the default where the value is not one). */
function pickStrings<T extends object>(value: Partial<T>, shape: T): T {
  const out = { ...shape } as Record<string, unknown>;
  for (const key of Object.keys(shape)) {
    const given = (value as Record<string, unknown> | undefined)?.[key];
    if (typeof given === 'string') out[key] = given;
  }
  return out as T;
}

function pickSettings(value: Partial<Settings>): Settings {
  const out: Settings = { ...DEFAULT_SETTINGS };
  for (const key of Object.keys(DEFAULT_SETTINGS) as (keyof Settings)[]) {
    if (typeof value?.[key] === typeof DEFAULT_SETTINGS[key]) (out as unknown as Record<string, unknown>)[key] = value[key];
  }
  const problem = getReminderSettingsProblem(out);
  if (problem) throw new RangeError(problem);
  return out;
}

