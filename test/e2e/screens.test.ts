// A picture of every screen, in light and dark, for a person to look at: the popup's home,
// the contact view with each panel open in turn, and each section of the settings. Written
// to screenshots/<browser>/ (or $RAPPORT_SCREENSHOTS/<browser>/). The checks here are the
// ones a glance at those pictures makes: the settings page has the popup's type and colours.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserName, launch, openPopup, type Harness } from './harness';
import { SEED_PEOPLE, seedPeople } from './seed';

const folder = join(process.env.RAPPORT_SCREENSHOTS ?? 'screenshots', browserName);
const SCHEMES = ['light', 'dark'] as const;
const SECTIONS = ['Your profile', 'Letters', 'On LinkedIn', 'Reminders', 'Your data'];
const ACCENT = { light: 'rgb(27, 107, 74)', dark: 'rgb(92, 199, 148)' }; // --accent in popup.css

let harness: Harness;
beforeAll(async () => {
  mkdirSync(folder, { recursive: true });
  harness = await launch();
  await seedPeople(harness);
});
afterAll(() => harness?.close());

const slug = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
const shoot = (page: Page, name: string) => page.screenshot({ path: join(folder, `${name}.png`) });

describe.each(SCHEMES)('every screen, %s', (scheme) => {
  it('the popup: home, and the contact view with each panel open', async () => {
    const popup = await openPopup(harness);
    await popup.emulateMedia({ colorScheme: scheme });
    await popup
      .locator('.people .person')
      .nth(SEED_PEOPLE.length - 1)
      .waitFor();
    await shoot(popup, `${scheme}-popup-home`);

    await popup.getByRole('group', { name: 'Thank-you notes due' }).locator('.person').first().click();
    await popup.locator('.contact-head').waitFor();
    await shoot(popup, `${scheme}-contact-0-head`);
    // Each panel by its title (the summary's first text; its badges change from run to run).
    const summaries = await popup.evaluate(() =>
      [...document.querySelectorAll('details.panel > summary')].map((summary) => (summary.firstChild?.textContent ?? '').trim()),
    );
    expect(summaries.length).toBeGreaterThanOrEqual(6);
    for (const [index, summary] of summaries.entries()) {
      await popup.evaluate((open) => {
        const panels = [...document.querySelectorAll('details.panel')] as HTMLDetailsElement[];
        panels.forEach((panel, i) => {
          panel.open = i === open;
        });
        panels[open].scrollIntoView({ block: 'start' });
      }, index);
      await popup.waitForTimeout(100);
      await shoot(popup, `${scheme}-contact-${index + 1}-${slug(summary)}`);
    }
    await popup.close();
  });

  it('the settings: each section, in the popup’s type and colours', async () => {
    const options = await harness.context.newPage();
    await options.emulateMedia({ colorScheme: scheme });
    await options.setViewportSize({ width: 900, height: 1000 });
    await options.goto(harness.extensionUrl('options/index.html'));
    await options.getByRole('heading', { name: 'Rapport settings' }).waitFor();
    for (const section of SECTIONS) {
      const tab = options.getByRole('tab', { name: section });
      await tab.click();
      await expect.poll(() => tab.getAttribute('aria-selected')).toBe('true');
      await options.waitForTimeout(150);
      expect(await tab.evaluate((el) => getComputedStyle(el).color)).toBe(ACCENT[scheme]);
      // Checkboxes in Rapport's green, not the browser's blue.
      for (const accent of await options
        .locator('input[type="checkbox"]')
        .evaluateAll((boxes) => boxes.map((box) => getComputedStyle(box).accentColor))) {
        expect(accent).toBe(ACCENT[scheme]);
      }
      await options.screenshot({ path: join(folder, `${scheme}-options-${slug(section)}.png`), fullPage: true });
    }
    const style = await options.evaluate(() => getComputedStyle(document.body).fontFamily);
    expect(style).toMatch(/^system-ui/);
    await options.close();
  });
});
