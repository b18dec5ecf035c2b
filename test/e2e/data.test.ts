// "Your data" in a real browser (Chromium and Firefox): import LinkedIn's Connections.csv with a preview, back up,
// delete everything, restore and see the people again; hostile text stays text; and using
// Rapport sends no request anywhere but the routed LinkedIn pages.
import { readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DB_VERSION } from '../../src/db/schema';
import { FIXTURES, getFixturePath } from '../fixtures/index';
import { launch, openDataSettings, openPopup, saveButton, type Harness } from './harness';

const CONNECTIONS = join(__dirname, '../fixtures/exports/Connections.csv');

let harness: Harness;
let dir: string;
let dialogs: string[];

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'rapport-data-e2e-'));
  dialogs = [];
});
afterEach(async () => {
  await harness?.close();
  await rm(dir, { recursive: true, force: true });
});

async function start(pages: Record<string, string> = {}): Promise<void> {
  harness = await launch(pages);
  harness.context.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
}

const openData = () => openDataSettings(harness);

/** Click a button that downloads, and return the file's name and text. */
async function downloadFrom(page: Page, button: string): Promise<{ name: string; text: string }> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
  const path = join(dir, download.suggestedFilename());
  await download.saveAs(path);
  return { name: download.suggestedFilename(), text: await readFile(path, 'utf8') };
}

async function getPopupNames(): Promise<string[]> {
  const popup = await openPopup(harness);
  await popup.locator('.top').waitFor();
  // The list renders once the background answers; an empty Rapport shows its welcome instead.
  await popup.locator('.person .name, .empty').first().waitFor();
  const names = await popup.locator('.person .name').allTextContents();
  await popup.close();
  return names.sort();
}

describe('your data', () => {
  it('imports Connections.csv after a preview, backs up, deletes everything, restores', async () => {
    await start();
    const page = await openData();

    // Import: the preview says what will happen before anything is written.
    await page.locator('#import-file').setInputFiles(CONNECTIONS);
    const preview = page.getByLabel('Import preview');
    await preview.waitFor();
    await expect.poll(() => preview.locator('.counts').innerText()).toMatch(/5\s+to add\s+0\s+to update\s+1\s+skipped/);
    await expect.poll(() => preview.locator('table tbody tr').count()).toBe(5);
    await preview.getByText('Skipped rows (1)').click();
    expect(await preview.locator('.skipped li').innerText()).toMatch(/Line 9\s+Tomasz Lee — no LinkedIn profile address/);
    expect(await getPopupNames()).toEqual([]);
    await page.getByRole('button', { name: 'Import 5 people' }).click();
    await page.getByText('Imported: 5 people added, 0 updated, 1 skipped.').waitFor();
    const people = ['Ana María Brandt Ruiz', 'Ines Varga', 'Jörgen Bäck', 'Maren Okafor', 'Priya Raman'];
    expect(await getPopupNames()).toEqual(people);

    // Back up (JSON) and export (CSV).
    const backup = await downloadFrom(page, 'Download backup (JSON)');
    expect(backup.name).toMatch(/^rapport-backup-\d{4}-\d\d-\d\d\.json$/);
    expect(JSON.parse(backup.text)).toMatchObject({ format: 'rapport-backup', version: 1, schemaVersion: DB_VERSION });
    const csv = await downloadFrom(page, 'Download CSV');
    expect(csv.text.startsWith('\uFEFFName,First Name,')).toBe(true);
    expect(csv.text).toContain(`'=cmd|calc!A0`); // formula neutralized

    // Delete everything: only after typing DELETE.
    const deleteButton = page.getByRole('button', { name: 'Delete everything' });
    expect(await deleteButton.isDisabled()).toBe(true);
    await page.getByLabel('Type DELETE to confirm').fill('delete');
    expect(await deleteButton.isDisabled()).toBe(true);
    await page.getByLabel('Type DELETE to confirm').fill('DELETE');
    await deleteButton.click();
    await page.getByText('Deleted 5 people, your profile, settings and templates.').waitFor();
    expect(await getPopupNames()).toEqual([]);

    // Restore: preview, then confirm; the people are back, exactly.
    const file = join(dir, 'backup.json');
    await writeFile(file, backup.text);
    await page.locator('#restore-file').setInputFiles(file);
    await page
      .getByLabel('Restore preview')
      .getByText(/5 people/)
      .first()
      .waitFor();
    await page.getByRole('button', { name: 'Restore 5 people' }).click();
    await page.getByText('Restored 5 people from backup.json.').waitFor();
    expect(await getPopupNames()).toEqual(people);
    const again = await downloadFrom(page, 'Download backup (JSON)');
    const withoutDate = (text: string) => text.replace(/"exportedAt": "[^"]+"/, '');
    expect(withoutDate(again.text)).toBe(withoutDate(backup.text));
  });

  it('refuses a broken backup and a broken CSV, saying where, and changes nothing', async () => {
    await start();
    const page = await openData();
    const broken = join(dir, 'broken.json');
    await writeFile(broken, '{\n  "format": "rapport-backup",\n  "version": 1,,\n}');
    await page.locator('#restore-file').setInputFiles(broken);
    await page
      .getByRole('alert')
      .getByText(/^broken\.json: Line 3, column 16: This file is not valid JSON.*Nothing was changed\.$/)
      .waitFor();

    const csv = join(dir, 'broken.csv');
    await writeFile(csv, 'First Name,Last Name,URL\nAna,"Brandt,https://www.linkedin.com/in/ana\n');
    await page.locator('#import-file').setInputFiles(csv);
    await page.getByText(/^broken\.csv: Line 2, column 5: a quoted cell is never closed/).waitFor();
    expect(await getPopupNames()).toEqual([]);
  });

  it('shows hostile text as inert text: markup, scripts, right-to-left overrides, a 1 MB headline', async () => {
    const eve = FIXTURES.find((f) => f.file.startsWith('hostile-'))!;
    await start({ [new URL(eve.url).pathname]: readFileSync(getFixturePath(eve.file), 'utf8') });

    // One hostile person saved from a LinkedIn page, as a user would.
    const linkedin = await harness.context.newPage();
    await linkedin.goto(eve.url);
    await saveButton(linkedin).click();
    await expect.poll(() => saveButton(linkedin).innerText()).toMatch(/saved/i);
    expect(await linkedin.title()).not.toBe('pwned');

    // And one restored from a backup, with values no page would give.
    const name = '<img src=x onerror=alert(1)>';
    const headline = `\u202Egnp.exe <script>alert(2)</script> ${'x'.repeat(1 << 20)}`;
    const page = await openData();
    const backup = JSON.parse(await downloadFrom(page, 'Download backup (JSON)').then((f) => f.text));
    const id = 'https://www.linkedin.com/in/hostile-person/';
    backup.contacts.push({
      ...backup.contacts[0],
      id,
      profileUrl: id,
      name,
      nameKey: name,
      headline,
      role: '',
      organization: '',
      createdAt: Date.now() + 1000,
    });
    const file = join(dir, 'hostile.json');
    await writeFile(file, JSON.stringify(backup));
    await page.locator('#restore-file').setInputFiles(file);
    await page.getByRole('button', { name: 'Restore 2 people' }).click();
    await page.getByText(/^Restored 2 people/).waitFor();

    const popup = await openPopup(harness);
    const row = popup.locator('.person', { hasText: name });
    await row.waitFor();
    expect(await row.locator('.name').textContent()).toBe(name);
    expect((await row.locator('.what').textContent())?.length).toBe(headline.length);
    expect(await popup.locator('.person .name').allTextContents()).toContain(
      eve.expected.kind === 'profile' ? eve.expected.profile.name : '',
    );
    expect(await popup.locator('img[src="x"], script:not([src])').count()).toBe(0);
    if (process.env.RAPPORT_SCREENSHOTS) await popup.screenshot({ path: join(process.env.RAPPORT_SCREENSHOTS, 'hostile-popup-list.png') });
    await row.click();
    await popup.getByRole('heading', { name }).waitFor();
    expect(await popup.locator('img[src="x"]').count()).toBe(0);
    if (process.env.RAPPORT_SCREENSHOTS)
      await popup.screenshot({ path: join(process.env.RAPPORT_SCREENSHOTS, 'hostile-popup-contact.png') });
    await popup.waitForTimeout(300);
    expect(dialogs).toEqual([]);
  });

  it('makes no network request of its own while saving, browsing the popup, settings, export and import', async () => {
    const fixture = FIXTURES.find((f) => f.file.startsWith('public-2026-'))!;
    const path = new URL(fixture.url).pathname;
    await start({ [path]: readFileSync(getFixturePath(fixture.file), 'utf8') });
    const seen: string[] = [];
    harness.context.on('request', (request) => seen.push(request.url()));

    const linkedin = await harness.context.newPage();
    await linkedin.goto(fixture.url);
    await saveButton(linkedin).click();
    await expect.poll(() => saveButton(linkedin).innerText()).toMatch(/saved/i);

    const popup = await openPopup(harness, linkedin);
    await popup.locator('.person').first().waitFor();
    await popup.locator('.person').first().click();
    await popup.locator('.contact-head').waitFor();

    const page = await openData();
    for (const tab of ['Your profile', 'On LinkedIn', 'Your data']) {
      await page.getByRole('tab', { name: tab }).click();
    }
    await downloadFrom(page, 'Download backup (JSON)');
    await downloadFrom(page, 'Download CSV');
    await page.locator('#import-file').setInputFiles(CONNECTIONS);
    await page.getByRole('button', { name: /^Import \d+ people$/ }).click();
    await page.getByText(/^Imported:/).waitFor();
    await page
      .getByRole('button', { name: 'Ask the browser to keep it' })
      .click()
      .catch(() => undefined);
    await page.waitForTimeout(500);

    expect(seen.some((url) => url.startsWith('https://www.linkedin.com/'))).toBe(true); // the recorder sees requests
    expect(harness.outsideRequests).toEqual([]);
    const elsewhere = seen.filter((url) => {
      const { protocol, hostname, pathname } = new URL(url);
      if (url.startsWith(harness.extensionUrl('')) || protocol === 'blob:' || protocol === 'data:') return false;
      return !(protocol === 'https:' && hostname.endsWith('linkedin.com') && pathname === path);
    });
    expect(elsewhere).toEqual([]);
  });
});
