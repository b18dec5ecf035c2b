// From request to relationship in a real browser (Chromium and Firefox): save a person from LinkedIn, schedule a
// meeting, download its calendar file and read it with a real iCalendar parser, mark it
// held, see the thank-you due on the popup's home and the badge, mark thanked, and see
// when to touch base next.
import ICAL from 'ical.js';
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { addMonths, getDateKey } from '../../src/pipeline/zoned-time';
import { FIXTURES, getFixturePath } from '../fixtures/index';
import { launch, openPopup, saveButton, type Harness } from './harness';

let harness: Harness | undefined;
afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

function getBadge(h: Harness): Promise<string> {
  return h.worker.evaluate(() => chrome.action.getBadgeText({}));
}

/** Tomorrow at 14:30 on the browser's clock: the form's date, and the instant it names. */
function getTomorrowAt1430(popup: Page) {
  return popup.evaluate(() => {
    const day = new Date();
    day.setDate(day.getDate() + 1);
    day.setHours(14, 30, 0, 0);
    const pad = (n: number) => String(n).padStart(2, '0');
    return {
      date: `${day.getFullYear()}-${pad(day.getMonth() + 1)}-${pad(day.getDate())}`,
      start: day.getTime(),
      timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
    };
  });
}

describe('the pipeline, end to end', () => {
  it('schedules a meeting with a calendar file, then thank-you due, thanked, next touch-base', async () => {
    const fixture = FIXTURES.find((f) => f.file.startsWith('public-2024-ana-lucia'))!;
    if (fixture.expected.kind !== 'profile') throw new Error('the fixture must be a profile');
    const { name, profileUrl } = fixture.expected.profile;
    harness = await launch({ [new URL(fixture.url).pathname]: readFileSync(getFixturePath(fixture.file), 'utf8') });

    const linkedin = await harness.context.newPage();
    await linkedin.goto(fixture.url);
    await saveButton(linkedin).click();
    await expect.poll(() => saveButton(linkedin).innerText()).toMatch(/saved/i);

    const popup = await openPopup(harness);
    await popup.locator('.person', { hasText: name }).click();
    const head = popup.locator('.contact-head');
    await expect.poll(() => head.locator('h2').innerText()).toBe(name);

    // Schedule: tomorrow 14:30, the default 30 minutes, by video.
    const { date, start, timeZone } = await getTomorrowAt1430(popup);
    await popup.locator('summary', { hasText: 'Meeting' }).click();
    await popup.getByLabel('Date', { exact: true }).fill(date);
    await popup.getByLabel('Start', { exact: true }).fill('14:30');
    expect(await popup.getByLabel('Length', { exact: true }).inputValue()).toBe('30');
    await popup.getByLabel('How', { exact: true }).selectOption('video');
    await popup.getByLabel('Place or link', { exact: true }).fill('https://meet.example/ana');
    await popup.getByRole('button', { name: 'Save meeting' }).click();
    await expect.poll(() => head.locator('.badge').innerText()).toBe('Meeting scheduled');

    // The calendar file, read by ical.js: start, length and a reminder an hour before.
    const [download] = await Promise.all([
      popup.waitForEvent('download'),
      popup.getByRole('button', { name: 'Download calendar file (.ics)' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`interview-ana-lucia-ferreira-brandt-${date}.ics`);
    const ics = await readFile(await download.path(), 'utf8');
    const calendar = new ICAL.Component(ICAL.parse(ics));
    const vevent = calendar.getFirstSubcomponent('vevent')!;
    const event = new ICAL.Event(vevent);
    expect(event.startDate.toJSDate().getTime()).toBe(start);
    expect(event.endDate.toJSDate().getTime() - start).toBe(30 * 60_000);
    expect(event.location).toBe('https://meet.example/ana');
    const alarm = vevent.getFirstSubcomponent('valarm')!;
    expect(alarm.getFirstPropertyValue('action')).toBe('DISPLAY');
    expect((alarm.getFirstPropertyValue('trigger') as ICAL.Duration).toSeconds()).toBe(-60 * 60);

    // Held: a thank-you is due, on the popup's home and on the toolbar badge.
    await popup.getByRole('button', { name: 'Mark as held' }).click();
    await expect.poll(() => head.locator('.badge').innerText()).toBe('Met');
    await expect.poll(() => getBadge(harness!)).toBe('1');
    await popup.getByRole('button', { name: '← All people' }).click();
    const thanks = popup.getByRole('group', { name: 'Thank-you notes due' });
    await expect.poll(() => thanks.innerText()).toContain(name);

    // Thanked from home: nothing due any more. The home keeps showing what was due until it
    // has read what is due now (a message to the background, then two reads), so wait for
    // the new state to be on screen before looking for what it left out.
    await thanks.getByRole('button', { name: 'Thanked' }).click();
    await popup.getByText('Nothing due.', { exact: false }).waitFor();
    expect(await thanks.count()).toBe(0);
    await expect.poll(() => getBadge(harness!)).toBe('');
    const thankedAt = Date.now();

    // The next touch-base, three months on, on the person's page — opened the way a
    // notification opens it, by the address alone.
    const page = await harness.context.newPage();
    await page.setViewportSize({ width: 380, height: 600 });
    await page.goto(harness.extensionUrl(`popup/index.html#contact=${encodeURIComponent(profileUrl)}`));
    const next = page.locator('.next-step');
    await expect.poll(() => next.innerText()).toMatch(/^Touch base with Ana Lucía Ferreira Brandt\s+Next touch-base /);
    expect(await next.locator('time').getAttribute('datetime')).toBe(getDateKey(addMonths(thankedAt, 3, timeZone), timeZone));
    expect(await page.locator('.contact-head .badge').innerText()).toBe('Thanked');
  });
});
