// The first thing a user does: on a LinkedIn profile, click Save, and find the person in
// the popup.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, openPopup, readFixture, saveButton, type Harness } from './harness';

const PROFILE_URL = 'https://www.linkedin.com/in/jörgen-bäckström-4a1b2c/';

let harness: Harness;
beforeAll(async () => {
  harness = await launch({
    '/in/j%C3%B6rgen-b%C3%A4ckstr%C3%B6m-4a1b2c/': readFixture('loggedin-2024-jorgen-backstrom-4a1b2c.html'),
    '/in/ana-lucia-ferreira-brandt/': readFixture('public-2024-ana-lucia-ferreira-brandt.html'),
  });
});
afterAll(() => harness?.close());

describe('saving a profile', () => {
  it('shows an empty popup that tells a new user what to do', async () => {
    const popup = await openPopup(harness);
    // The first screen is shown once it has been read (the database, the tab): wait for it.
    const heading = popup.getByRole('heading', { name: 'No one saved yet' });
    await heading.waitFor();
    await expect(heading.isVisible()).resolves.toBe(true);
    await popup.close();
  });

  it('opens the settings in a tab from the popup', async () => {
    const popup = await openPopup(harness);
    const [options] = await Promise.all([harness.context.waitForEvent('page'), popup.getByRole('button', { name: 'Settings' }).click()]);
    await options.waitForURL(harness.extensionUrl('options/index.html'));
    await options.getByRole('heading', { name: 'Rapport settings' }).waitFor();
    await options.close();
    await popup.close();
  });

  it('saves the person on the page with one click, and the popup lists them', async () => {
    const page = await harness.context.newPage();
    await page.goto(PROFILE_URL);
    const button = saveButton(page);
    await expect(button.getAttribute('aria-busy')).resolves.toBe('false');
    expect(await button.textContent()).toContain('Save to Rapport');

    await page.getByRole('button', { name: /^Save/ }).click();
    await page.getByRole('button', { name: 'Saved to Rapport' }).waitFor();

    const popup = await openPopup(harness);
    const row = popup.getByRole('button', { name: /Jörgen Bäckström/ });
    await row.waitFor();
    expect(await row.textContent()).toContain('Lead Data Engineer at Tjärnberg Analytics');
    await popup.close();

    // Visiting the saved person again shows it.
    await page.reload();
    await page.getByRole('button', { name: 'Saved to Rapport' }).waitFor();
    await page.close();
  });

  it('lists the newest saved first, from the public page too', async () => {
    const page = await harness.context.newPage();
    await page.goto('https://www.linkedin.com/in/ana-lucia-ferreira-brandt/');
    await page.getByRole('button', { name: /^Save/ }).click();
    await page.getByRole('button', { name: 'Saved to Rapport' }).waitFor();
    const popup = await openPopup(harness);
    await popup.getByRole('button', { name: /Ana Lucía Ferreira Brandt/ }).waitFor();
    const names = await popup.locator('.person .name').allTextContents();
    expect(names).toEqual(['Ana Lucía Ferreira Brandt', 'Jörgen Bäckström']);
    expect(await popup.locator('.person .what').first().textContent()).toBe('Head of R&D - Nordics at Kvarnby Robotics - Europe AB');
    await popup.close();
    await page.close();
  });
});
