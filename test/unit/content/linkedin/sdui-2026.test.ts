// @vitest-environment jsdom
// The 2026 logged-in page: fixtures made from the real pages' markup (scripts/make-fixtures-2026.mjs),
// each with one shape; expected values for all of them are in test/fixtures/index.ts.
import { describe, expect, it } from 'vitest';
import { deriveFromHeadline, extractSdui2026 } from '../../../../src/content/linkedin/sdui-2026';
import { FILES, getFixture, getValues, loadFixture } from './helpers';

function extract(file: string, edit?: (doc: Document) => void, url = getFixture(file).url) {
  const doc = loadFixture(file);
  edit?.(doc);
  return extractSdui2026(doc, url);
}

const SAGA = {
  name: 'Saga Lindqvist',
  headline: 'Senior Software Engineer @ Tallbo Pay, Sweden',
  role: 'Senior Software Engineer',
  organization: 'Tallbo Pay AB',
  location: 'Lund, Skåne County, Sweden',
};

describe('extractSdui2026: whose page it is', () => {
  it('reads the top card that links to the address’s profile, whatever the <title> says', () => {
    expect(getValues(extract(FILES.sdui))).toEqual(SAGA);
    for (const title of ['Feed | LinkedIn', 'Samir Haddad | LinkedIn', 'Experience | LinkedIn', '']) {
      expect(getValues(extract(FILES.sdui, (doc) => (doc.title = title))), title).toEqual(SAGA);
    }
  });

  it('finds the top card by its own links when component keys are scrubbed', () => {
    const scrub = (doc: Document) =>
      doc.querySelectorAll('[componentkey]').forEach((el, i) => {
        el.setAttribute('componentkey', `k${i}`);
      });
    expect(getValues(extract(FILES.sdui, scrub))).toEqual(SAGA);
  });

  it('reads nobody when the top card on screen is someone else’s (the previous profile)', () => {
    expect(extract(FILES.sdui, undefined, 'https://www.linkedin.com/in/samir-haddad/')).toEqual({});
  });

  it('takes a card that links nowhere only when the <title> names the same person', () => {
    const unlink = (doc: Document) =>
      doc.querySelectorAll('[componentkey$="Topcard"] a[href*="/in/"]').forEach((a) => {
        a.removeAttribute('href');
      });
    expect(getValues(extract(FILES.sdui, unlink))).toEqual(SAGA);
    expect(
      extract(FILES.sdui, (doc) => {
        unlink(doc);
        doc.title = 'Feed | LinkedIn';
      }),
    ).toEqual({});
  });

  it('reads the name in a p, with a stale title', () => {
    const found = extract(FILES.sduiNameInP);
    expect(found.name?.value).toBe('Jonas Åberg');
    expect(loadFixture(FILES.sduiNameInP).title).toBe('Feed | LinkedIn');
  });

  it('never reads a sidebar person, the sticky header or a hidden hovercard as the owner', () => {
    const doc = loadFixture(FILES.sduiExperience);
    expect(doc.querySelector('[popover] h2')?.textContent).toBe('Samir Haddad');
    expect(getValues(extractSdui2026(doc, getFixture(FILES.sduiExperience).url))).toEqual({
      name: 'Hanna Leino',
      headline: 'Learning designer | Calm classrooms, clear courses',
      role: 'Learning Designer',
      organization: 'Kotka Learning Oy',
      location: 'Helsinki, Uusimaa, Finland',
    });
  });

  it('would have read the hovercard if the popover did not hide it (the trap is real)', () => {
    const found = extract(FILES.sduiExperience, (doc) => {
      const card = doc.querySelector('[popover]')!;
      card.removeAttribute('popover');
      card.removeAttribute('role');
    });
    expect(found.headline?.value).toBe('Talent Partner at Skog & Co');
  });
});

describe('extractSdui2026: role and organization, in order of trust', () => {
  it('top card only: the company box, and the role from a headline naming that company (derived)', () => {
    const found = extract(FILES.sdui);
    expect(found.organization?.source).toEqual({ strategy: 'sdui-2026', derived: false });
    expect(found.role?.source).toEqual({ strategy: 'sdui-2026', derived: true });
  });

  it('no role from a headline that names another company than the top card', () => {
    const found = extract(FILES.sduiOtherCompany);
    expect(found.organization?.value).toBe('Kvarnby Robotics');
    expect(found.role).toBeUndefined();
  });

  it('the headline alone (both derived) when the top card shows no company and Experience is not mounted', () => {
    const found = extract(FILES.sduiOtherCompany, (doc) => {
      doc.querySelectorAll('[componentkey$="Topcard"] [role="button"]').forEach((box) => {
        box.remove();
      });
      const line = [...doc.querySelectorAll('[componentkey$="Topcard"] p')].find((p) => p.textContent?.includes(' · Chalmers'));
      line?.remove();
    });
    expect(found.role).toEqual({ value: 'Product Lead', source: { strategy: 'sdui-2026', derived: true } });
    expect(found.organization).toEqual({ value: 'Nordvik Labs', source: { strategy: 'sdui-2026', derived: true } });
  });

  it('Experience first: the first current entry, even over the top card’s company', () => {
    const found = extract(FILES.sduiSeveralCurrent);
    expect([found.role?.value, found.organization?.value]).toEqual(['Chief Technology Officer', 'Havbris AS']);
    expect(found.role?.source.derived).toBe(false);
  });

  it('no current position: nothing from the headline ("Former CTO at …"), and a school is no company', () => {
    const found = extract(FILES.sduiNoCurrent);
    expect(found.role).toBeUndefined();
    expect(found.organization).toBeUndefined();
  });

  it.each([
    [FILES.sduiGerman, 'Softwarearchitekt', 'Kvarnby Robotics GmbH'],
    [FILES.sduiRussian, 'Ведущий аналитик данных', 'Норрфорс Энерги'],
    [FILES.sduiJapanese, 'プロダクトマネージャー', 'タルボ・ペイ株式会社'],
  ])('in another interface language: %s', (file, role, organization) => {
    const found = extract(file);
    expect([found.role?.value, found.organization?.value]).toEqual([role, organization]);
  });

  it('keeps an emoji name as LinkedIn shows it', () => {
    expect(extract(FILES.sduiEmoji).name?.value).toBe('🌊 Ola Nordmann ⛵');
  });
});

describe('deriveFromHeadline', () => {
  it.each([
    ['CEO at Seyu', { role: 'CEO', organization: 'Seyu' }],
    ['Co-founder & CEO at Brännö Labs | Angel investor', { role: 'Co-founder & CEO', organization: 'Brännö Labs' }],
    ['Senior Software Engineer @ Tallbo Pay, Sweden', { role: 'Senior Software Engineer', organization: 'Tallbo Pay, Sweden' }],
    ['Speaker | Engineer @ Norrfors Energi', null], // only the headline's first part
    ['Independent researcher.', null],
    ['Looking at opportunities', null],
    ['Working at scale | Data', null],
    ['Designer at heart', null],
    [null, null],
  ])('%s', (headline, expected) => {
    expect(deriveFromHeadline(headline)).toEqual(expected);
  });
});
