// `npm run demo`: builds Rapport, opens Chromium with it loaded and a sample LinkedIn
// profile of a fictional person served at a linkedin.com address. With a display, the
// browser stays open for you to try it; without one, it runs headless, saves the person
// the way a user would, and writes screenshots of the profile page and the popup.
import { mkdir, readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { build } from '../build.mjs';
import { launchWithExtension } from './extension-browser.mjs';

const SAMPLE = { file: 'test/fixtures/sdui-2026-hanna-leino.html', path: '/in/hanna-leino-3a8c27/' };
const outDir = resolve('demo-output');

await build();
console.log('Built dist/chrome and dist/firefox.');

const html = await readFile(SAMPLE.file, 'utf8');
const headed = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY) && !process.env.CI;
const browser = await launchWithExtension({ headless: !headed, pages: { [SAMPLE.path]: html } });
const profileUrl = `https://www.linkedin.com${SAMPLE.path}`;
const page = await browser.context.newPage();
await page.goto(profileUrl);

if (headed) {
  await page.bringToFront();
  console.log(`Chromium is open on ${profileUrl} with Rapport loaded.`);
  console.log('Click "Save to Rapport" at the bottom right, then open Rapport from the toolbar. Close the browser to end.');
  await new Promise((done) => browser.context.on('close', done));
  process.exit(0);
}

await mkdir(outDir, { recursive: true });
const button = page.getByRole('button', { name: /^Save/ });
await button.waitFor();
await page.screenshot({ path: `${outDir}/1-profile.png` });
await button.click();
await page.getByRole('button', { name: /^Saved to Rapport/ }).waitFor();
await page.screenshot({ path: `${outDir}/2-profile-saved.png` });

const tabId = await browser.worker.evaluate(async (url) => (await chrome.tabs.query({})).find((t) => t.url === url)?.id, profileUrl);
const popup = await browser.context.newPage();
await popup.setViewportSize({ width: 380, height: 560 });
await popup.goto(browser.extensionUrl(`popup/index.html?tab=${tabId}`));
await popup.getByText('Saved people').waitFor();
await popup.screenshot({ path: `${outDir}/3-popup.png` });
await browser.close();

console.log(`Saved the sample person and wrote screenshots (no display, so Chromium ran headless):
  ${outDir}/1-profile.png         the profile page with the Save button
  ${outDir}/2-profile-saved.png   after clicking it
  ${outDir}/3-popup.png           the popup listing the saved person
Load dist/chrome or dist/firefox in your browser to use Rapport for real (see README.md).`);
