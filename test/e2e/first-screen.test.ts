// The popup's first screen as a user with a few hundred people meets it: the first frame that
// shows anything shows the whole first screen ("what to do now" with its real items, and the
// list below), nothing above the fold moves after it, and search covers everyone — the oldest
// person too — once everyone is read, just after.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DB_VERSION } from '../../src/db/schema';
import { stringifyBackup, toBackup } from '../../src/formats/backup';
import type { Contact } from '../../src/model';
import { makeContact } from '../unit/pipeline/fixtures';
import { browserName, getTabId, launch, openPopup, readFixture, type Harness } from './harness';
import { sendFromPage } from './seed';

const PEOPLE = 300;
const THANKS_DUE = 7;
const FOLLOW_UPS_DUE = 3;
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const OLDEST = 'Ottilie Oldfield-Marsh';
/** A LinkedIn profile served in a tab: the popup over it shows its card first. */
const PROFILE_PATH = '/in/j%C3%B6rgen-b%C3%A4ckstr%C3%B6m-4a1b2c/';
const PROFILE_URL = `https://www.linkedin.com${PROFILE_PATH}`;

/** 300 people, one saved an hour before the next; the newest few met someone this morning
 * (thank-yous due), a few sent a request ten days ago (follow-ups due), the rest just saved. */
function makePeople(now: number): Contact[] {
  return Array.from({ length: PEOPLE }, (_, i) => {
    const createdAt = now - (i + 1) * HOUR - 30 * DAY;
    const name = i === PEOPLE - 1 ? OLDEST : `Person ${String(i).padStart(3, '0')} Example`;
    const slug = i === PEOPLE - 1 ? 'ottilie-oldfield-marsh' : `person-${i}-example`;
    const base = makeContact({
      id: `https://www.linkedin.com/in/${slug}/`,
      profileUrl: `https://www.linkedin.com/in/${slug}/`,
      name,
      firstName: name.split(' ')[0],
      nameKey: name.toLowerCase(),
      role: 'Hydrologist',
      organization: 'Bluefen',
      history: [{ at: createdAt, kind: 'saved' }],
      createdAt,
      updatedAt: createdAt,
    });
    if (i < THANKS_DUE) {
      const start = now - 3 * HOUR;
      return {
        ...base,
        stage: 'met',
        meeting: { start, timeZone: 'UTC', minutes: 30, mode: 'coffee', place: 'Hofplein 12', heldAt: start + 30 * 60_000 },
        history: [...base.history, { at: start + 30 * 60_000, kind: 'stage', from: 'meeting-scheduled', to: 'met' }],
      };
    }
    if (i < THANKS_DUE + FOLLOW_UPS_DUE) {
      return {
        ...base,
        stage: 'request-sent',
        history: [...base.history, { at: now - 10 * DAY, kind: 'stage', from: 'saved', to: 'request-sent' }],
      };
    }
    return base;
  });
}

let harness: Harness;
beforeAll(async () => {
  harness = await launch({ [PROFILE_PATH]: readFixture('loggedin-2024-jorgen-backstrom-4a1b2c.html') });
  const page = await harness.context.newPage();
  await page.goto(harness.extensionUrl('options/index.html'));
  const now = Date.now();
  await sendFromPage(page, 'data.restoreBackup', { text: stringifyBackup(toBackup(makePeople(now), {}, DB_VERSION, now)) });
  await page.close();
});
afterAll(() => harness?.close());

interface Frame {
  at: number;
  /** What the frame shows: the current tab's card, the due groups' titles, the list's heading, rows in the DOM. */
  tabCard: string | null;
  groups: string[];
  dueItems: number;
  heading: string | null;
  rows: number;
  /** Boxes of what is above the fold, as "top,left,width,height". */
  boxes: string[];
}

/**
 * In an extension page: opens the popup in a frame of 380×600 and, at every animation frame
 * (the callbacks run before that frame is drawn, after every task that changed the page), notes
 * what the popup shows, until `ms` after the first frame that shows anything.
 */
async function recordFrames({ ms, query }: { ms: number; query: string }): Promise<Frame[]> {
  const frames: Frame[] = [];
  const iframe = document.createElement('iframe');
  iframe.style.cssText = 'width:380px;height:600px;border:0';
  document.body.replaceChildren(iframe);
  const started = performance.now();
  iframe.src = `/popup/index.html${query}`;
  let first: number | null = null;
  await new Promise<void>((done) => {
    const sample = () => {
      const doc = iframe.contentDocument;
      const main = doc?.getElementById('app');
      if (doc && main && main.children.length > 1) {
        const above = [
          ...doc.querySelectorAll(
            'section[aria-label="This tab"], section.today, .due-group, .due-item, section[aria-label="Saved people"] h2, input[type="search"], .people li',
          ),
        ].filter((el) => el.getBoundingClientRect().top < 600);
        first ??= performance.now();
        frames.push({
          at: Math.round(performance.now() - started),
          tabCard: doc.querySelector('section[aria-label="This tab"]')?.textContent ?? null,
          groups: [...doc.querySelectorAll('.due-title')].map((el) => el.textContent ?? ''),
          dueItems: doc.querySelectorAll('.due-item').length,
          heading: doc.querySelector('section[aria-label="Saved people"] h2')?.textContent ?? null,
          rows: doc.querySelectorAll('.people .person').length,
          boxes: above.map((el) => {
            const r = el.getBoundingClientRect();
            return `${el.className || el.tagName} ${r.top},${r.left},${r.width},${r.height}`;
          }),
        });
      }
      if (first !== null && performance.now() - first > ms) done();
      else requestAnimationFrame(sample);
    };
    requestAnimationFrame(sample);
  });
  return frames;
}

describe('the popup’s first screen', () => {
  it('its first frame is the whole first screen, and nothing above the fold moves after it', async () => {
    const page = await harness.context.newPage();
    await page.goto(harness.extensionUrl('options/index.html'));
    // A first opening (creating the page's caches), then the one recorded.
    await page.evaluate(recordFrames, { ms: 100, query: '' });
    const frames = await page.evaluate(recordFrames, { ms: 500, query: '' });
    const [first] = frames;
    expect(first.tabCard).toBeNull();
    expect(first.groups).toEqual([`Thank-you notes due ${THANKS_DUE}`, `Follow-ups due ${FOLLOW_UPS_DUE}`]);
    expect(first.dueItems).toBe(5 + FOLLOW_UPS_DUE); // a long group shows its first five
    expect(first.heading).toBe(`Saved people (${PEOPLE})`);
    expect(first.rows).toBeGreaterThan(0);
    expect(frames.length).toBeGreaterThan(5);
    // Rows may be added below the fold once the first frame is shown; above it, nothing moves.
    for (const frame of frames) expect(frame.boxes, `at ${frame.at} ms`).toEqual(first.boxes);
    await page.close();
  });

  it('over a LinkedIn profile, its first frame holds the tab’s card too, and nothing above the fold moves after it', async () => {
    const profile = await harness.context.newPage();
    await profile.goto(PROFILE_URL);
    await profile.locator('rapport-save button').waitFor();
    const query = `?tab=${await getTabId(harness, PROFILE_URL)}`;
    const page = await harness.context.newPage();
    await page.goto(harness.extensionUrl('options/index.html'));
    await page.evaluate(recordFrames, { ms: 100, query });
    const frames = await page.evaluate(recordFrames, { ms: 500, query });
    const [first] = frames;
    expect(first.tabCard).toBe('Jörgen BäckströmLead Data Engineer at Tjärnberg AnalyticsSave');
    expect(first.groups).toEqual([`Thank-you notes due ${THANKS_DUE}`, `Follow-ups due ${FOLLOW_UPS_DUE}`]);
    expect(first.heading).toBe(`Saved people (${PEOPLE})`);
    expect(frames.length).toBeGreaterThan(5);
    for (const frame of frames) {
      expect(frame.tabCard, `at ${frame.at} ms`).toBe(first.tabCard);
      expect(frame.boxes, `at ${frame.at} ms`).toEqual(first.boxes);
    }
    await page.close();
    await profile.close();
  });

  it('says nothing of checking what is due, and search covers everyone just after: the oldest person too', async () => {
    const popup = await openPopup(harness);
    await popup.getByRole('heading', { name: `Saved people (${PEOPLE})` }).waitFor();
    expect(await popup.getByText('Checking what is due…').count()).toBe(0);
    // The first screen shows the newest; everyone is read once it is shown (rapport:search-ready).
    await expect
      .poll(() =>
        popup.evaluate(() =>
          ['rapport:list-ready', 'rapport:list-shown', 'rapport:search-ready'].map(
            (name) => performance.getEntriesByName(name)[0]?.startTime ?? null,
          ),
        ),
      )
      .toEqual([expect.any(Number), expect.any(Number), expect.any(Number)]);
    const folder = join(process.env.RAPPORT_SCREENSHOTS ?? 'screenshots', browserName);
    mkdirSync(folder, { recursive: true });
    await popup.screenshot({ path: join(folder, 'popup-first-screen-300.png') });
    const search = popup.getByRole('searchbox', { name: 'Search people' });
    await search.fill('oldfield');
    await popup
      .getByRole('status')
      .filter({ hasText: `1 of ${PEOPLE}` })
      .waitFor();
    expect(await popup.locator('.people .person .name').allTextContents()).toEqual([OLDEST]);
    await popup.close();
  });
});
