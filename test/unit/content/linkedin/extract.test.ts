// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { type ExtractResult, extractProfile, splitFirstName } from '../../../../src/content/linkedin/extract';
import { getLinkedProfile } from '../../../../src/content/linkedin/pages';
import { FIXTURES } from '../../../fixtures';
import { FILES, getFixture, loadFixture, parsePage, readFixture } from './helpers';

/** The shape the CLI prints and FIXTURES records. */
function toOutput(result: ExtractResult) {
  if (result.kind === 'not-profile') return result;
  const { sources, missing, ...profile } = result.capture;
  const { name, firstName, headline, role, organization, location, profileUrl } = profile;
  return { kind: 'profile', profile: { name, firstName, headline, role, organization, location, profileUrl }, sources, missing };
}

function extractFixture(file: string, url = getFixture(file).url) {
  return extractProfile(loadFixture(file), url);
}

function getCapture(result: ExtractResult) {
  if (result.kind !== 'profile') throw new Error(`not a profile: ${result.reason}`);
  return result.capture;
}

describe('extractProfile on every fixture', () => {
  it.each(FIXTURES.map((f) => [f.file, f] as const))('%s', (_, fixture) => {
    expect(toOutput(extractFixture(fixture.file, fixture.url))).toEqual(fixture.expected);
  });
});

describe('never the wrong person', () => {
  it('reads nobody from a logged-in page at another person’s address, and says the page is stale', () => {
    for (const file of [FILES.ember, FILES.sdui, FILES.sduiExperience]) {
      expect(extractFixture(file, 'https://www.linkedin.com/in/someone-else/'), file).toEqual({
        kind: 'not-profile',
        reason: 'LinkedIn is still showing the previous page. Wait until this profile has loaded, then save again.',
      });
    }
  });

  it('never captures the viewer or anyone else on the page, only the person the address names', () => {
    for (const fixture of FIXTURES) {
      if (fixture.expected.kind !== 'profile') continue;
      const doc = loadFixture(fixture.file);
      const result = extractProfile(doc, fixture.url);
      expect(getCapture(result).name, fixture.file).toBe(fixture.expected.profile.name);
      // Everyone else the page links to, by name: none of their names is in the capture.
      const others = [...doc.querySelectorAll('a[href*="/in/"]')]
        .filter((link) => getLinkedProfile(link.getAttribute('href'), fixture.url)?.isOwner === false)
        .map((link) => link.textContent?.trim() ?? '')
        .filter((text) => /^\p{Lu}\p{L}+ \p{Lu}\p{L}+$/u.test(text));
      const text = JSON.stringify(getCapture(result));
      for (const other of new Set(others)) expect(text, `${fixture.file}: ${other}`).not.toContain(other);
      expect(text, fixture.file).not.toContain('Tove');
    }
  });

  it('drops every field of a strategy that read another name', () => {
    // A public page whose JSON-LD describes someone else: the top card's person is saved,
    // with nothing from the JSON-LD.
    const html = readFixture(FILES.public2024).replace('"name":"  Ana Lucía Ferreira Brandt"', '"name":"Samir Haddad"');
    const capture = getCapture(extractProfile(parsePage(html), getFixture(FILES.public2024).url));
    expect(capture.name).toBe('Samir Haddad'); // JSON-LD ranks first…
    expect(capture.headline).toBeNull(); // …and the top card, which reads Ana Lucía, contributes nothing
    expect(capture.firstName).toBe('Samir');
  });
});

describe('fields', () => {
  it('keeps a role with its own company when positions are concurrent and one source is masked', () => {
    const url = 'https://www.linkedin.com/in/ola-nordmann/';
    const doc = parsePage(
      `<html><head><script type="application/ld+json">{"@type":"Person","name":"Ola Nordmann","jobTitle":["****"],"worksFor":[{"name":"Fjordline"}]}</script></head>
      <body><main><section class="top-card-layout"><h1 class="top-card-layout__title">Ola Nordmann</h1></section>
      <section data-section="experience"><h2>Experience</h2><ul>
        <li class="experience-item"><span class="experience-item__title">****</span><span class="experience-item__subtitle">Fjordline</span><span class="date-range">2020 - Present</span></li>
        <li class="experience-item"><span class="experience-item__title">Advisor</span><span class="experience-item__subtitle">Havbris AS</span><span class="date-range">2022 - Present</span></li>
      </ul></section></main></body></html>`,
    );
    const capture = getCapture(extractProfile(doc, url));
    expect([capture.role, capture.organization]).toEqual(['Advisor', 'Havbris AS']);
  });

  it('reports missing what the page does not show, however much other text it has', () => {
    const capture = getCapture(extractFixture(FILES.emberNoExperience));
    expect(capture.missing).toEqual(['role', 'organization']);
    expect([capture.role, capture.organization]).toEqual([null, null]);
  });

  it('caps a 1 MB headline', () => {
    const { url } = getFixture(FILES.public2024);
    const html = readFixture(FILES.public2024).replace(
      'Robotics &amp;amp; automation leader 🤖 | Mentor at Kvarnby Makerspace',
      `Robotics ${'and more robotics '.repeat(62_000)}`,
    );
    expect(html.length).toBeGreaterThan(1_000_000);
    const doc = parsePage(html);
    const capture = getCapture(extractProfile(doc, url));
    expect(capture.headline?.length).toBeLessThanOrEqual(500);
    expect(capture.headline).toMatch(/^Robotics and more robotics and more .*…$/);
    expect(capture.name).toBe('Ana Lucía Ferreira Brandt');
  }, 30_000); // parsing a megabyte in jsdom is slow on a busy machine; extraction is not

  it('keeps a name containing <script> as inert text', () => {
    const doc = loadFixture(FILES.hostile);
    const scripts = doc.querySelectorAll('script').length;
    const capture = getCapture(extractProfile(doc, getFixture(FILES.hostile).url));
    expect(capture.name).toBe('Eve <script>document.title="pwned"</script> Mallory');
    expect(capture.headline).toBe('<img src=x onerror=alert(1)> Breaking things & writing reports');
    expect(doc.querySelectorAll('script').length).toBe(scripts);
    expect(doc.querySelector('img')).toBeNull();
    expect(doc.title).not.toBe('pwned');
  });
});

describe('splitFirstName', () => {
  it.each([
    ['Ana Lucía Ferreira Brandt', 'Ana'],
    ['Dr. Anna-Karin Berg', 'Anna-Karin'],
    ['Prof. Dr. Ola Nordmann, PhD', 'Ola'],
    ['🌱 Ola Nordmann', 'Ola'],
    ['Madonna', 'Madonna'],
    ['Berg, Anna', 'Berg'],
    ['🌱', null],
  ])('%s → %s', (name, first) => {
    expect(splitFirstName(name)).toBe(first);
  });
});

describe('not a profile', () => {
  it('says so when a profile URL shows no name', () => {
    const url = 'https://www.linkedin.com/in/ola-nordmann/';
    expect(extractProfile(parsePage('<title>Feed | LinkedIn</title><main><h2>Start a post</h2></main>'), url)).toEqual({
      kind: 'not-profile',
      reason: 'Couldn’t find the person’s name on this page.',
    });
  });

  it('says so on a Sales Navigator lead without the profile link', () => {
    const { url } = getFixture(FILES.salesNavigator);
    const doc = loadFixture(FILES.salesNavigator);
    doc.querySelector('[data-control-name="view_linkedin"]')?.remove();
    expect(extractProfile(doc, url)).toEqual({
      kind: 'not-profile',
      reason: 'Sales Navigator doesn’t show this person’s LinkedIn profile link here. Open their LinkedIn profile to save them.',
    });
  });
});
