import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import type { Meeting } from '../../../src/model';
import { DEFAULT_SETTINGS } from '../../../src/model';
import { toIcs, toIcsFilename } from '../../../src/pipeline/calendar';
import { DEFAULT_QUESTIONS } from '../../../src/pipeline/questions';
import { makeContact } from './fixtures';

// Monday 30 March 2026, 15:00 in Stockholm — the day after clocks went forward (CEST, UTC+2).
const START = Date.UTC(2026, 2, 30, 13, 0);
const NOW = Date.UTC(2026, 2, 20, 8, 15);

const meeting: Meeting = {
  start: START,
  timeZone: 'Europe/Stockholm',
  minutes: 30,
  mode: 'coffee',
  place: 'Café Pascal, Norrtullsgatan 4; Stockholm',
};

const contact = makeContact({
  stage: 'meeting-scheduled',
  meeting,
  questions: [DEFAULT_QUESTIONS[0], DEFAULT_QUESTIONS[5]],
});

function parseEvent(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  const vevent = calendar.getFirstSubcomponent('vevent')!;
  return { calendar, vevent, event: new ICAL.Event(vevent) };
}

describe('toIcs', () => {
  const ics = toIcs(contact, meeting, DEFAULT_SETTINGS, NOW);
  const { calendar, vevent, event } = parseEvent(ics);

  it('parses back to the same instant, length and text', () => {
    expect(event.startDate.toJSDate().getTime()).toBe(START);
    expect(event.endDate.toJSDate().getTime()).toBe(START + 30 * 60_000);
    expect(event.duration.toSeconds()).toBe(30 * 60);
    expect(event.summary).toBe('Informational interview with Ana Lind');
    expect(event.location).toBe('Café Pascal, Norrtullsgatan 4; Stockholm');
    expect(event.description).toBe(
      [
        'Ana Lind — Product Manager at Northwind Traders',
        'How: Coffee — Café Pascal, Norrtullsgatan 4; Stockholm',
        'LinkedIn: https://www.linkedin.com/in/ana-lind-example/',
        '',
        'Questions:',
        '- How did you get into this field?',
        '- What is your biggest tip for a recent graduate trying to get a job in this field?',
      ].join('\n'),
    );
  });

  it('writes times in UTC, which every calendar reads as the same instant', () => {
    expect(ics).toContain('\r\nDTSTART:20260330T130000Z\r\n');
    expect(ics).toContain('\r\nDTEND:20260330T133000Z\r\n');
    expect(ics).toContain('\r\nDTSTAMP:20260320T081500Z\r\n');
    expect(event.startDate.zone?.tzid).toBe('UTC');
  });

  it('has a display reminder meetingReminderMinutes before', () => {
    const alarms = vevent.getAllSubcomponents('valarm');
    expect(alarms).toHaveLength(1);
    expect(alarms[0].getFirstPropertyValue('action')).toBe('DISPLAY');
    expect((alarms[0].getFirstPropertyValue('trigger') as ICAL.Duration).toSeconds()).toBe(-60 * 60);
    expect(alarms[0].getFirstPropertyValue('description')).toBe('Informational interview with Ana Lind');

    const custom = parseEvent(toIcs(contact, meeting, { meetingReminderMinutes: 15 }, NOW));
    const trigger = custom.vevent.getFirstSubcomponent('valarm')!.getFirstPropertyValue('trigger') as ICAL.Duration;
    expect(trigger.toSeconds()).toBe(-15 * 60);
  });

  it('reminds at the start when the reminder is set to zero', () => {
    const { vevent: zero } = parseEvent(toIcs(contact, meeting, { meetingReminderMinutes: 0 }, NOW));
    const trigger = zero.getFirstSubcomponent('valarm')!.getFirstPropertyValue('trigger') as ICAL.Time;
    expect(trigger.toJSDate().getTime()).toBe(START);
  });

  it('names Rapport as the product and keeps the UID stable per contact and start', () => {
    expect(calendar.getFirstPropertyValue('prodid')).toBe('-//Rapport//Rapport informational interviews//EN');
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    const uid = event.uid;
    expect(uid).toMatch(/^20260330T130000Z-[0-9a-f]{8}@rapport$/);
    expect(parseEvent(toIcs(contact, meeting, DEFAULT_SETTINGS, NOW + 1000)).event.uid).toBe(uid);
    expect(parseEvent(toIcs(contact, { ...meeting, start: START + 3_600_000 }, DEFAULT_SETTINGS, NOW)).event.uid).not.toBe(uid);
    const other = makeContact({ id: 'https://www.linkedin.com/in/someone-else/' });
    expect(parseEvent(toIcs(other, meeting, DEFAULT_SETTINGS, NOW)).event.uid).not.toBe(uid);
  });

  it('survives names and places with characters that need escaping', () => {
    const odd = makeContact({ name: 'Lind, Ana; "Anki" \\ Ö', role: '', organization: '', profileUrl: '', questions: [] });
    const video: Meeting = { ...meeting, mode: 'video', place: 'https://meet.example.org/abc-defg-hij?pwd=1,2;3' };
    const parsed = parseEvent(toIcs(odd, video, DEFAULT_SETTINGS, NOW));
    expect(parsed.event.summary).toBe('Informational interview with Lind, Ana; "Anki" \\ Ö');
    expect(parsed.event.location).toBe('https://meet.example.org/abc-defg-hij?pwd=1,2;3');
    expect(parsed.event.description).toBe('Lind, Ana; "Anki" \\ Ö\nHow: Video call — https://meet.example.org/abc-defg-hij?pwd=1,2;3');
    expect(parsed.vevent.getFirstSubcomponent('valarm')!.getFirstPropertyValue('description')).toBe(
      'Informational interview with Lind, Ana; "Anki" \\ Ö',
    );
  });

  it('leaves LOCATION out when there is no place', () => {
    const phone = toIcs(contact, { ...meeting, mode: 'phone', place: '' }, DEFAULT_SETTINGS, NOW);
    expect(phone).not.toContain('LOCATION');
    expect(parseEvent(phone).event.description).toContain('How: Phone call\n');
  });

  it('ends every line with CRLF', () => {
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });
});

describe('toIcsFilename', () => {
  it('is the person and the local date of the meeting', () => {
    expect(toIcsFilename(contact, meeting)).toBe('interview-ana-lind-2026-03-30.ics');
    // 00:30 on 31 March in Stockholm, still the 30th in UTC.
    const late = { ...meeting, start: Date.UTC(2026, 2, 30, 22, 30) };
    expect(toIcsFilename(makeContact({ name: 'Åsa Öberg-Núñez' }), late)).toBe('interview-asa-oberg-nunez-2026-03-31.ics');
    expect(toIcsFilename(makeContact({ name: '李雷' }), meeting)).toBe('interview-2026-03-30.ics');
  });
});

describe('line folding', () => {
  it('keeps every line within 75 octets, even with accents and dashes', () => {
    const long = makeContact({
      name: 'Åsa Öberg-Núñez',
      role: 'Directrice générale adjointe — stratégie et développement durable',
      organization: 'Société Générale d’Études Économiques',
      questions: [...DEFAULT_QUESTIONS],
    });
    const ics = toIcs(long, meeting, DEFAULT_SETTINGS, NOW);
    const encoder = new TextEncoder();
    for (const line of ics.split('\r\n')) expect(encoder.encode(line).length).toBeLessThanOrEqual(75);
    expect(parseEvent(ics).event.description).toContain(
      'Åsa Öberg-Núñez — Directrice générale adjointe — stratégie et développement durable at Société Générale d’Études Économiques',
    );
  });
});
