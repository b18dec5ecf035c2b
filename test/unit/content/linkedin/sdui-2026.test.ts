// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { deriveFromHeadline, extractSdui2026 } from '../../../../src/content/linkedin/sdui-2026';
import { FILES, getFixture, getValues, loadFixture, parsePage } from './helpers';

describe('extractSdui2026', () => {
  it('finds the name in an h2 from the title, the lines after it, and the current title grouped under its company', () => {
    const doc = loadFixture(FILES.sdui);
    expect(doc.querySelector('h1')).toBeNull();
    const found = extractSdui2026(doc, getFixture(FILES.sdui).url);
    expect(getValues(found)).toEqual({
      name: 'Priya Raman-Holt',
      headline: 'Senior Product Manager, Payments | Ex-founder',
      role: 'Senior Product Manager',
      organization: 'Tallbo Pay', // U+200B removed
      location: 'Lund, Skåne County, Sweden',
    });
    expect(found.role?.source).toEqual({ strategy: 'sdui-2026', derived: false });
  });

  it('derives the role from "… at …" in the headline when Experience is not mounted, and says so', () => {
    const found = extractSdui2026(loadFixture(FILES.sduiDerived), getFixture(FILES.sduiDerived).url);
    expect(getValues(found)).toEqual({
      name: 'Nils Öberg',
      headline: 'Co-founder & CEO at Brännö Labs | Angel investor',
      role: 'Co-founder & CEO',
      organization: 'Brännö Labs',
      location: 'Gothenburg, Västra Götaland County, Sweden',
    });
    expect(found.role?.source).toEqual({ strategy: 'sdui-2026', derived: true });
    expect(found.organization?.source).toEqual({ strategy: 'sdui-2026', derived: false }); // the top card's company link
  });

  it('derives the company too when the top card has no company link', () => {
    const doc = loadFixture(FILES.sduiDerived);
    doc.querySelector('[componentkey$="Topcard"] a[href*="/company/"]')?.remove();
    const found = extractSdui2026(doc, getFixture(FILES.sduiDerived).url);
    expect(found.organization).toEqual({ value: 'Brännö Labs', source: { strategy: 'sdui-2026', derived: true } });
  });

  it('reads past a "(5) " title prefix and never from closed popovers, dialogs, inert or aria-hidden parts', () => {
    const doc = loadFixture(FILES.sduiTraps);
    expect(doc.title).toBe('(5) Hanna Leino | LinkedIn');
    expect(getValues(extractSdui2026(doc, getFixture(FILES.sduiTraps).url))).toEqual({
      name: 'Hanna Leino',
      headline: 'Learning designer | Calm classrooms, clear courses',
      role: 'Learning Designer',
      organization: 'Kotka Learning Oy',
      location: 'Helsinki, Uusimaa, Finland',
    });
  });

  it('would have read the hovercard if the popover did not hide it (the trap is real)', () => {
    const doc = loadFixture(FILES.sduiTraps);
    doc.querySelector('[popover]')?.removeAttribute('popover');
    expect(extractSdui2026(doc, getFixture(FILES.sduiTraps).url).headline?.value).toBe('Talent Partner at Skog & Co');
  });

  it('finds nothing when the title names someone the top card does not show', () => {
    const doc = loadFixture(FILES.sdui);
    doc.title = 'Samir Haddad | LinkedIn'; // a title lagging behind in-app navigation
    expect(extractSdui2026(doc, getFixture(FILES.sdui).url)).toEqual({});
    doc.title = 'Experience | LinkedIn'; // a section heading is never a name
    expect(extractSdui2026(doc, getFixture(FILES.sdui).url)).toEqual({});
    doc.title = 'LinkedIn';
    expect(extractSdui2026(doc, getFixture(FILES.sdui).url)).toEqual({});
  });

  it('ignores a top card whose contact-info link names another profile', () => {
    expect(extractSdui2026(loadFixture(FILES.sdui), 'https://www.linkedin.com/in/samirhaddad/')).toEqual({});
  });

  it('leaves role and company missing when neither Experience nor the headline tells them', () => {
    const doc = parsePage(
      `<title>Ola Nordmann | LinkedIn</title><main><div componentkey="x.refTopcard"><h2>Ola Nordmann</h2><p>· 3rd</p><p>She/Her</p><p>Curious about boats</p><p>Bergen, Norway</p><p><a href="/in/ola/overlay/contact-info/">Contact info</a></p></div></main>`);
    expect(getValues(extractSdui2026(doc, 'https://www.linkedin.com/in/ola/'))).toEqual({
      name: 'Ola Nordmann',
      headline: 'Curious about boats',
      location: 'Bergen, Norway',
    });
  });
});

describe('deriveFromHeadline', () => {
  it.each([
    ['CEO at Seyu', { role: 'CEO', organization: 'Seyu' }],
    ['Co-founder & CEO at Brännö Labs | Angel investor', { role: 'Co-founder & CEO', organization: 'Brännö Labs' }],
    ['Speaker | Engineer @ Norrfors Energi', { role: 'Engineer', organization: 'Norrfors Energi' }],
    ['Independent researcher.', null],
    ['Looking at opportunities', null],
    ['Working at scale | Data', null],
    ['Designer at heart', null],
    [null, null],
  ])('%s', (headline, expected) => {
    expect(deriveFromHeadline(headline)).toEqual(expected);
  });
});
