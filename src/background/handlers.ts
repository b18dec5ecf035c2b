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
import { DEFAULT_TEMPLATES } from '../letter/templates';
import type { CurrentTab } from '../protocol';
import { moveStage } from '../pipeline/stages';
import { applyPatch } from '../pipeline/edit';
import { announceSaved, getSavedState, readTab, saveReading, saveTab, showSavedBadge } from './capture';
import { dataHandlers } from './data-handlers';
import { pipelineHandlers } from './pipeline-handlers';
import { letterHandlers } from './letter-handlers';
import { getDb } from './db';
import { isLinkedInPageUrl } from './linkedin-urls';
import type { Handlers } from './router';

export const handlers: Handlers = {
  ...dataHandlers,
  ...pipelineHandlers,
  ...letterHandlers,

  async 'page.save'({ reading }, { sender }) {
    const result = await saveReading(reading, sender.tab?.url ?? sender.url ?? '');
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
    return updateContact(await getDb(), id, (contact) => applyPatch(contact, patch, Date.now()));
  },

  async 'contact.move'({ id, to, detail }) {
    return updateContact(await getDb(), id, (contact) => moveStage(contact, to, Date.now(), detail));
  },

  async 'contact.delete'({ id }) {
    return deleteContact(await getDb(), id);
  },

  async 'contact.restore'({ contact }) {
    return putContact(await getDb(), contact);
  },

  async 'profile.get'() {
    return getProfile(await getDb());
  },

  async 'profile.save'({ profile }) {
    return putProfile(await getDb(), profile);
  },

  async 'settings.get'() {
    return getSettings(await getDb());
  },

  async 'settings.save'({ settings }) {
    return putSettings(await getDb(), settings);
  },

  async 'templates.get'() {
    return (await getStoredTemplates(await getDb())) ?? DEFAULT_TEMPLATES;
  },

  async 'templates.save'({ templates }) {
    return putTemplates(await getDb(), templates);
  },
};

/** The tab the popup was opened over, or the one named (the popup opened as a page). */
async function getCurrentTab(tabId?: number): Promise<CurrentTab> {
  const [tab] = tabId !== undefined ? [await api.tabs.get(tabId)] : await api.tabs.query({ active: true, currentWindow: true });
  if (!tab?.id || !isLinkedInPageUrl(tab.url)) return { kind: 'not-linkedin' };
  const reading = await readTab(tab.id).catch((error: Error) => ({ kind: 'not-profile' as const, reason: error.message }));
  if (reading.kind !== 'profile') return reading;
  return { kind: 'profile', tabId: tab.id, capture: reading.capture, saved: await getSavedState(reading.capture.profileUrl) };
}
