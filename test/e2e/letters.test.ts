// Drafting a letter in a real browser (Chromium and Firefox): fill the profile in the options page, save a
// person from their LinkedIn page, draft a connection note in the popup, see the count and
// the warnings, edit it, copy it, mark it sent, and find the draft and the sent state after
// closing and reopening the popup.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_TEMPLATES } from '../../src/letter/templates';
import { FIXTURES, getFixturePath } from '../fixtures/index';
import { launch, openPopup, type Harness } from './harness';

const fixture = FIXTURES.find((f) => f.file === 'public-2024-ana-lucia-ferreira-brandt.html')!;
const path = new URL(fixture.url).pathname;
const NAME = 'Ana Lucía Ferreira Brandt';

const PROFILE = {
  name: 'Sam Lindqvist',
  email: 'sam.lindqvist@example.edu',
  school: 'Lund University',
  fieldOfStudy: 'industrial design',
  experience: 'a summer internship at a robotics start-up',
  goals: 'design robots that people enjoy working with',
  signature: 'Sam Lindqvist',
};

/** The "Short introduction" template filled for Ana Lucía by Sam: 2 characters too long. */
const COMPOSED =
  "Hi Ana Lucía, I'm Sam Lindqvist, studying industrial design. May I ask how you became Head of R&D - Nordics at " +
  'Kvarnby Robotics - Europe AB? 20 min, phone or coffee, whenever suits you. Just for advice.';
const TYPED = ' Not about a job.';
const EDITED =
  "Hi Ana Lucía, I'm Sam Lindqvist, studying industrial design. May I ask how you became Head of R&D - Nordics at " +
  'Kvarnby Robotics? 20 min by phone or over coffee, whenever suits you. Just for advice.';

let harness: Harness;

beforeEach(async () => {
  harness = await launch({ [path]: readFileSync(getFixturePath(fixture.file), 'utf8') });
});
afterEach(async () => {
  await harness?.close();
});

async function fillProfile(): Promise<void> {
  const options = await harness.context.newPage();
  await options.goto(harness.extensionUrl('options/index.html#profile'));
  for (const [key, value] of Object.entries(PROFILE)) await options.fill(`#profile-${key}`, value);
  await options.getByRole('button', { name: 'Save profile' }).click();
  await expect.poll(() => options.getByRole('status').textContent()).toBe('Saved.');
  await options.close();
}

/** Ana Lucía's LinkedIn page, saved with its button; the tab stays open. */
async function saveFromLinkedIn(): Promise<Page> {
  const linkedIn = await harness.context.newPage();
  await linkedIn.goto(fixture.url);
  await linkedIn.getByRole('button', { name: /^Save/ }).click();
  await linkedIn.getByRole('button', { name: /^Saved to Rapport/ }).waitFor();
  return linkedIn;
}

/** Open the popup over the LinkedIn tab and go to the saved person. */
async function openContact(linkedIn: Page): Promise<Page> {
  const popup = await openPopup(harness, linkedIn);
  await popup.getByRole('button', { name: new RegExp(`^${NAME}`) }).click();
  await popup.locator('#letter-body').waitFor();
  return popup;
}

const warnings = (popup: Page) => popup.getByRole('list', { name: 'Before you send' }).getByRole('listitem').allTextContents();
const count = (popup: Page) => popup.getByTestId('letter-count').textContent();

describe('letters', () => {
  it('drafts a connection note, keeps it, copies it and marks it sent', async () => {
    expect(fixture.expected.kind === 'profile' && fixture.expected.profile.name).toBe(NAME);
    expect(COMPOSED.length).toBe(202);
    expect(EDITED.length).toBe(197);
    // Chromium refuses to grant to an extension origin ("opaque"); granted for every origin instead.
    await harness.context.grantPermissions(['clipboard-read']);
    await fillProfile();

    const linkedIn = await saveFromLinkedIn();

    let popup = await openContact(linkedIn);
    // The note as the first template fills it: the count is on the filled-in text.
    expect(await popup.locator('#letter-template').inputValue()).toBe('builtin:connection-intro');
    expect(await popup.locator('#letter-body').inputValue()).toBe(COMPOSED);
    expect(await count(popup)).toBe('202 / 200');
    expect(await popup.getByTestId('letter-count').getAttribute('class')).toBe('letter-count over');
    expect(await warnings(popup)).toEqual([
      'LinkedIn connection note is 202 characters; LinkedIn allows 200. Cut 2. (Premium accounts allow 300: set it in Options if you have Premium.)',
    ]);
    expect(await popup.getByRole('status').filter({ hasText: 'From the template' }).count()).toBe(1);

    // Typing a job word draws the job-wording warning, and the count follows each key.
    await popup.locator('#letter-body').press('End');
    await popup.locator('#letter-body').pressSequentially(TYPED);
    expect(await count(popup)).toBe('219 / 200');
    expect(await warnings(popup)).toEqual([
      'LinkedIn connection note is 219 characters; LinkedIn allows 200. Cut 19. (Premium accounts allow 300: set it in Options if you have Premium.)',
      '“job” can read like a request for a job. People say yes more readily to a request for advice and information.',
    ]);

    // The user makes it theirs: shorter, and no job word.
    await popup.locator('#letter-body').fill(EDITED);
    expect(await count(popup)).toBe('197 / 200');
    expect(await popup.getByTestId('letter-count').getAttribute('class')).toBe('letter-count');
    expect(await popup.getByRole('list', { name: 'Before you send' }).count()).toBe(0);
    await popup.getByText('Draft saved').waitFor();

    // Copy: writeText needs no clipboardWrite permission from a click in an extension page.
    await popup.getByRole('button', { name: 'Copy', exact: true }).click();
    await popup.getByRole('button', { name: 'Copied', exact: true }).waitFor();
    expect(await popup.evaluate(() => navigator.clipboard.readText())).toBe(EDITED);

    // Mark as sent: the stage moves and the date is shown.
    await popup.getByRole('button', { name: 'Mark as sent' }).click();
    const today = await popup.evaluate(() =>
      new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: 'numeric' }).format(Date.now()),
    );
    await popup.getByText(`Request sent on ${today}`).waitFor();
    expect(await popup.locator('.contact-head .badge').textContent()).toBe('Request sent');
    await popup.close();

    // Reopened: the edited draft and the sent state are still there.
    popup = await openContact(linkedIn);
    expect(await popup.locator('.letter-kinds [aria-pressed="true"]').textContent()).toBe('Note');
    expect(await popup.locator('#letter-body').inputValue()).toBe(EDITED);
    expect(await count(popup)).toBe('197 / 200');
    expect(await popup.locator('.contact-head .badge').textContent()).toBe('Request sent');
    await popup.getByText(`Request sent on ${today}`).waitFor();
    expect(await popup.getByRole('button', { name: 'Mark sent again' }).isEnabled()).toBe(true);
    expect(await popup.getByRole('button', { name: 'Mark as sent' }).count()).toBe(0);
    // Nothing but the LinkedIn page's own images and scripts (licdn.com) asked for anything.
    expect(harness.outsideRequests.filter((url) => !new URL(url).hostname.endsWith('.licdn.com'))).toEqual([]);
  });

  it('with the profile empty, says which fields a letter needs and opens the profile at the first', async () => {
    const linkedIn = await saveFromLinkedIn();

    const popup = await openContact(linkedIn);
    const notice = popup.getByText(/^Empty in your profile:/);
    expect(await notice.textContent()).toBe('Empty in your profile: name, field of study. Open your profile');
    const [options] = await Promise.all([
      harness.context.waitForEvent('page'),
      popup.getByRole('button', { name: 'Open your profile' }).click(),
    ]);
    await options.waitForURL(harness.extensionUrl('options/index.html?field=name#profile'));
    await expect.poll(() => options.evaluate(() => document.activeElement?.id)).toBe('profile-name');
  });

  it('keeps what was typed when the popup closes within the save delay', async () => {
    const linkedIn = await saveFromLinkedIn();

    let popup = await openContact(linkedIn);
    await popup.locator('.letter-kinds button', { hasText: 'Email' }).click();
    await popup.locator('#letter-subject').fill('Your robotics work at Kvarnby');
    await popup.locator('#letter-body').fill('Dear Ana Lucía,\n\nA short question about your path into robotics.');
    await popup.close({ runBeforeUnload: true }); // pagehide, as when the popup loses focus

    popup = await openContact(linkedIn);
    await popup.locator('.letter-kinds button', { hasText: 'Email' }).click();
    expect(await popup.locator('#letter-subject').inputValue()).toBe('Your robotics work at Kvarnby');
    expect(await popup.locator('#letter-body').inputValue()).toBe('Dear Ana Lucía,\n\nA short question about your path into robotics.');
    // No email on record: the mail button waits for one, and says where to add it.
    expect(await popup.getByRole('button', { name: 'Open in mail app' }).isDisabled()).toBe(true);
    await popup.getByRole('button', { name: 'add their email' }).click();
    await popup.locator('#field-email').fill('ana.lucia@example.com');
    await popup.locator('#field-email').blur();
    const mailto = popup.getByRole('link', { name: 'Open in mail app' });
    await mailto.waitFor();
    expect(await mailto.getAttribute('href')).toBe(
      'mailto:ana.lucia@example.com?subject=Your%20robotics%20work%20at%20Kvarnby&body=Dear%20Ana%20Luc%C3%ADa%2C%0D%0A%0D%0AA%20short%20question%20about%20your%20path%20into%20robotics.',
    );
  });

  it('edits a template in options: errors by line, placeholders inserted at the cursor, live preview, reset', async () => {
    const options = await harness.context.newPage();
    await options.setViewportSize({ width: 1280, height: 900 });
    await options.goto(harness.extensionUrl('options/index.html#letters'));
    const body = options.locator('#template-body');
    const status = options.locator('.letters-status');
    expect(await options.locator('#template-name').inputValue()).toBe('Short introduction');

    // A misspelt placeholder is an error with its line and text, and nothing is saved.
    await body.fill('Hi {first name}!\nI study {frist name}.');
    expect(await options.getByRole('alert', { name: 'Errors' }).textContent()).toBe(
      '{frist name} on line 2 is not a placeholder Rapport knows. Check the spelling against the list, or remove the braces. Show',
    );
    expect(await status.textContent()).toBe('Not saved yet: “Short introduction” has an error to fix.');
    await options.getByRole('alert', { name: 'Errors' }).getByRole('button', { name: 'Show' }).click();
    expect(await body.evaluate((el: HTMLTextAreaElement) => el.value.slice(el.selectionStart, el.selectionEnd))).toBe('{frist name}');

    // Fixed by clicking a placeholder in the list: it goes where the cursor is.
    await body.fill('Hi {first name}! I study  and would value your advice.');
    await body.evaluate((el: HTMLTextAreaElement) => el.setSelectionRange(25, 25));
    await options.getByRole('button', { name: '{my field}', exact: true }).click();
    expect(await body.inputValue()).toBe('Hi {first name}! I study {my field} and would value your advice.');
    const preview = options.getByRole('region', { name: 'Preview' });
    expect(await preview.locator('.preview-body').textContent()).toBe('Hi Maya! I study information science and would value your advice.');
    expect(await preview.locator('.letter-count').textContent()).toBe('65 / 200');
    await expect.poll(() => status.textContent()).toBe('All changes saved.');

    // Kept across a reload, marked as edited; reset asks first, then puts Rapport's text back.
    await options.reload();
    expect(await body.inputValue()).toBe('Hi {first name}! I study {my field} and would value your advice.');
    expect(await options.getByRole('button', { name: /^Short introduction/ }).textContent()).toBe('Short introductionedited');
    await options.getByRole('button', { name: 'Reset to Rapport’s version' }).click();
    await options.getByRole('alertdialog', { name: 'Reset' }).getByRole('button', { name: 'Reset' }).click();
    expect(await body.inputValue()).toBe(DEFAULT_TEMPLATES[0].body);
    await expect.poll(() => status.textContent()).toBe('All changes saved.');

    // The background checks a list again, whoever sends it.
    const reply = await options.evaluate(() =>
      chrome.runtime.sendMessage({
        rapport: 1,
        name: 'templates.save',
        payload: { templates: [{ id: 'x', variant: 'email', name: 'A', subject: 'Hi', body: 'Hi {frist name}', builtIn: false }] },
      }),
    );
    expect(reply).toEqual({
      ok: false,
      error:
        'Templates were not saved: “A”: {frist name} on line 1 is not a placeholder Rapport knows. Check the spelling against the list, or remove the braces.',
    });
  });
});
