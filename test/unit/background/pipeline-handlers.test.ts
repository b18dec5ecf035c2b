// Meetings, snooze and referrals through the message handlers, on a real (fake-indexeddb)
// database: the checks a message gets before anything is written.
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { MessageSender } from '../../../src/browser';

vi.mock('../../../src/browser', () => ({
  api: { runtime: { id: 'rapport-id' } },
  getRuntimeId: () => 'rapport-id',
  getExtensionOrigin: () => 'chrome-extension://rapport-id/',
}));

const { pipelineHandlers } = await import('../../../src/background/pipeline-handlers');
const { getDb } = await import('../../../src/background/db');
const { dispatch } = await import('../../../src/background/router');
const { putContact } = await import('../../../src/db/repository');
const { makeContact } = await import('../pipeline/fixtures');
type Handlers = import('../../../src/background/router').Handlers;

const page: MessageSender = { id: 'rapport-id', url: 'chrome-extension://rapport-id/popup/index.html' };
const handlers = pipelineHandlers as Handlers;
const ana = makeContact({ stage: 'met' });
const start = Date.UTC(2026, 2, 30, 12, 0);

beforeEach(async () => {
  const db = await getDb();
  await db.clear('contacts');
  await putContact(db, ana);
});

describe('pipeline messages', () => {
  it('schedules a meeting and writes its calendar file', async () => {
    const meeting = { start, timeZone: 'Europe/Stockholm', minutes: 30, mode: 'video' as const, place: 'https://meet.example/ana' };
    const scheduled = await dispatch(handlers, 'pipeline.scheduleMeeting', { id: ana.id, meeting }, page);
    expect(scheduled).toMatchObject({ ok: true, value: { stage: 'meeting-scheduled', meeting } });
    const file = await dispatch(handlers, 'pipeline.calendarFile', { id: ana.id }, page);
    expect(file).toMatchObject({ ok: true, value: { fileName: 'interview-ana-lind-2026-03-30.ics', mimeType: 'text/calendar' } });
    expect(file.ok && file.value.text).toContain('DTSTART:20260330T120000Z');
  });

  it('refuses a meeting without a time, and writes nothing', async () => {
    const meeting = { start: Number.NaN, timeZone: 'Europe/Stockholm', minutes: 30, mode: 'coffee' as const, place: '' };
    expect(await dispatch(handlers, 'pipeline.scheduleMeeting', { id: ana.id, meeting }, page)).toEqual({
      ok: false,
      error: 'Choose a date and a start time.',
    });
    expect((await (await getDb()).get('contacts', ana.id))?.stage).toBe('met');
  });

  it('snoozes for whole days only', async () => {
    const reply = await dispatch(handlers, 'pipeline.snooze', { id: ana.id, days: 7 }, page);
    expect(reply.ok && reply.value.snoozedUntil).toBeGreaterThan(Date.now() + 6 * 24 * 3_600_000);
    expect(await dispatch(handlers, 'pipeline.snooze', { id: ana.id, days: 0.5 }, page)).toEqual({
      ok: false,
      error: 'Snooze for 1 to 90 days.',
    });
    const cleared = await dispatch(handlers, 'pipeline.snooze', { id: ana.id, days: null }, page);
    expect(cleared.ok && cleared.value.snoozedUntil).toBeNull();
  });

  it('adds a referral as a new lead keyed by the canonical profile URL, linked both ways in the history', async () => {
    const reply = await dispatch(
      handlers,
      'pipeline.addReferral',
      { referrerId: ana.id, referral: { name: ' Bo Ek ', role: 'Analyst', profileUrl: 'https://se.linkedin.com/in/Bo-Ek?trk=people' } },
      page,
    );
    expect(reply).toMatchObject({
      ok: true,
      value: {
        id: 'https://www.linkedin.com/in/bo-ek/',
        name: 'Bo Ek',
        role: 'Analyst',
        referrerId: ana.id,
        stage: 'saved',
        leadSource: 'Referred by Ana Lind',
      },
    });
    const referrer = await (await getDb()).get('contacts', ana.id);
    expect(referrer?.history.at(-1)).toMatchObject({ kind: 'referral', detail: 'Suggested Bo Ek' });
  });

  it('links someone already saved instead of replacing them, once', async () => {
    const bo = makeContact({
      id: 'https://www.linkedin.com/in/bo-ek/',
      profileUrl: 'https://www.linkedin.com/in/bo-ek/',
      name: 'Bo Ek',
      notes: { person: 'Met at the fair', organization: '', takeaways: '' },
    });
    await putContact(await getDb(), bo);
    const referral = { name: 'Bo', profileUrl: 'https://www.linkedin.com/in/bo-ek/' };
    const reply = await dispatch(handlers, 'pipeline.addReferral', { referrerId: ana.id, referral }, page);
    expect(reply).toMatchObject({ ok: true, value: { name: 'Bo Ek', referrerId: ana.id, notes: { person: 'Met at the fair' } } });
    expect(await dispatch(handlers, 'pipeline.addReferral', { referrerId: ana.id, referral }, page)).toEqual({
      ok: false,
      error: 'Bo Ek is already on the list of people Ana Lind suggested.',
    });
  });

  it('refuses a link that is not a LinkedIn profile', async () => {
    const referral = { name: 'Bo Ek', profileUrl: 'https://example.com/bo' };
    expect(await dispatch(handlers, 'pipeline.addReferral', { referrerId: ana.id, referral }, page)).toEqual({
      ok: false,
      error: 'That is not a LinkedIn profile link.',
    });
  });
});
