// Stopped mid-task: the browser stops Rapport's background (as it does to an idle service
// worker or event page) right after a save, an import or a restore has started. Whatever the
// moment, the data afterwards is the whole change or none of it, and the page says which.
// The moment falls differently from run to run, so each test accepts either outcome — but
// only the pair of (data, message) that agree.
import { readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FIXTURES, getFixturePath } from '../fixtures/index';
import { launch, openDataSettings, openPopup, saveButton, type Harness } from './harness';
import { sendFromPage } from './seed';

const HEADER = 'First Name,Last Name,URL,Email Address,Company,Position,Connected On';
/** Enough people that writing them takes a while, so the stop can land in the middle. */
const MANY = 3000;

function getManyCsv(count: number): string {
  const rows = Array.from({ length: count }, (_, i) => {
    const n = String(i + 1).padStart(4, '0');
    return `Person,Number ${n},https://www.linkedin.com/in/person-number-${n},,Fjordvik Analytics,Data Engineer,01 Mar 2026`;
  });
  return [HEADER, ...rows].join('\n');
}

let harness: Harness;
let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'rapport-stopped-'));
});
afterEach(async () => {
  await harness?.close();
  await rm(dir, { recursive: true, force: true });
});

/** How many people the popup says are saved ("Saved people (N)"; 0 when it shows its welcome). */
async function getSavedCount(): Promise<number> {
  const popup = await openPopup(harness);
  // The list's heading has its count once everyone is counted; an empty Rapport shows its welcome.
  const heading = popup.getByRole('heading', { name: /^(Saved people \([\d,]+\)|No one saved yet)$/ });
  await heading.waitFor();
  const text = (await heading.textContent())!;
  await popup.close();
  return text === 'No one saved yet' ? 0 : Number(text.match(/\(([\d,]+)\)/)![1].replace(/,/g, ''));
}

const openData = () => openDataSettings(harness);

/** The message the section shows once the task is over (done, or stopped). */
async function getOutcome(section: ReturnType<Page['locator']>): Promise<string> {
  const message = section.locator('[role="status"], [role="alert"]').first();
  await message.waitFor({ timeout: 20_000 });
  return (await message.textContent())!;
}

describe('stopped mid-task', () => {
  it('a save from the LinkedIn page: saved and says so, or not saved and says so', async () => {
    const fixture = FIXTURES.find((f) => f.file === 'public-2024-ana-lucia-ferreira-brandt.html')!;
    if (fixture.expected.kind !== 'profile') throw new Error('the fixture must be a profile');
    harness = await launch({ [new URL(fixture.url).pathname]: readFileSync(getFixturePath(fixture.file), 'utf8') });
    const page = await harness.context.newPage();
    await page.goto(fixture.url);
    await page.getByRole('button', { name: 'Save to Rapport', exact: true }).waitFor();

    await saveButton(page).click();
    await harness.stopBackground();

    await expect.poll(() => saveButton(page).getAttribute('aria-busy'), { timeout: 20_000 }).toBe('false');
    const outcome = {
      label: await saveButton(page).textContent(),
      note: (await page.locator('rapport-save .note').isVisible()) ? await page.locator('rapport-save .note').textContent() : null,
    };
    const saved = await getSavedCount();
    if (saved === 1) {
      expect(outcome).toEqual({ label: '✓Saved to Rapport', note: null });
      const popup = await openPopup(harness);
      await popup.getByRole('button', { name: new RegExp(`^${fixture.expected.profile.name}`) }).click();
      await popup.locator('#field-name').waitFor({ state: 'attached' });
      expect(await popup.locator('#field-role').inputValue()).toBe(fixture.expected.profile.role);
      expect(await popup.locator('#field-organization').inputValue()).toBe(fixture.expected.profile.organization);
    } else {
      expect(saved).toBe(0);
      expect(outcome).toEqual({
        label: '+Save to Rapport',
        note: "Can't save: Rapport was stopped before it finished, so nothing was saved. Click Save to try again.",
      });
    }
  });

  it(`an import of ${MANY.toLocaleString('en')} people: all of them and says so, or none and says so`, async () => {
    harness = await launch();
    const page = await openData();
    const file = join(dir, 'many.csv');
    await writeFile(file, getManyCsv(MANY));
    await page.locator('#import-file').setInputFiles(file);
    const section = page.locator('section, .data-block', { has: page.locator('#import-file') }).last();
    const button = page.getByRole('button', { name: `Import ${MANY.toLocaleString('en')} people` });
    await button.click();
    await harness.stopBackground();

    const message = await getOutcome(section);
    const saved = await getSavedCount();
    expect([
      [MANY, `Imported: ${MANY.toLocaleString('en')} people added, 0 updated, 0 skipped.`],
      [0, 'Rapport was stopped before the import finished, so nothing was imported. Import again.'],
    ]).toContainEqual([saved, message]);
  });

  it('a restore over one saved person: the backup’s people and says so, or that one person and says so', async () => {
    harness = await launch();
    const page = await openData();
    // A backup of MANY people, made by Rapport itself…
    await sendFromPage(page, 'data.commitImport', { text: getManyCsv(MANY) });
    const backup = await sendFromPage<{ fileName: string; text: string }>(page, 'data.exportBackup', {});
    // …then a different Rapport: everything deleted, one other person saved.
    await sendFromPage(page, 'data.deleteAll', { confirm: 'DELETE' });
    await sendFromPage(page, 'data.commitImport', {
      text: `${HEADER}\nIlse,Marquardt,https://www.linkedin.com/in/ilse-marquardt,,Bremer Werft,Naval Architect,01 Mar 2026`,
    });
    await page.reload();
    await page.getByRole('heading', { name: 'Your data' }).waitFor();

    const file = join(dir, 'backup.json');
    await writeFile(file, backup.text);
    await page.locator('#restore-file').setInputFiles(file);
    const section = page.locator('section, .data-block', { has: page.locator('#restore-file') }).last();
    await page.getByRole('button', { name: `Restore ${MANY.toLocaleString('en')} people` }).click();
    await harness.stopBackground();

    const message = await getOutcome(section);
    const saved = await getSavedCount();
    expect([
      [MANY, `Restored ${MANY.toLocaleString('en')} people from backup.json.`],
      [1, 'Rapport was stopped before the restore finished, so nothing was changed. Restore again.'],
    ]).toContainEqual([saved, message]);
  });
});
