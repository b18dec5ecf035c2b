// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { extractSalesNavigator, getSalesNavigatorProfileUrl } from '../../../../src/content/linkedin/sales-navigator';
import { FILES, getFixture, getValues, loadFixture } from './helpers';

const { url } = getFixture(FILES.salesNavigator);

describe('extractSalesNavigator', () => {
  it('reads the lead, not the viewer in the navigation nor the leads listed after', () => {
    expect(getValues(extractSalesNavigator(loadFixture(FILES.salesNavigator), url))).toEqual({
      name: 'Ingrid Solberg-Mäkelä',
      headline: "VP Engineering at Norrfors Energi | Building grids that don't blink",
      role: 'VP Engineering',
      organization: 'Norrfors Energi',
      location: 'Luleå, Norrbotten County, Sweden',
    });
  });

  it('runs only on a Sales Navigator lead page', () => {
    expect(extractSalesNavigator(loadFixture(FILES.salesNavigator), 'https://www.linkedin.com/in/ingrid-solberg-makela/')).toEqual({});
  });
});

describe('getSalesNavigatorProfileUrl', () => {
  it('takes the canonical URL from the lead’s own closed menu', () => {
    expect(getSalesNavigatorProfileUrl(loadFixture(FILES.salesNavigator), url)).toBe('https://www.linkedin.com/in/ingrid-solberg-makela/');
  });

  it('never takes another lead’s link', () => {
    const doc = loadFixture(FILES.salesNavigator);
    doc.querySelector('[data-control-name="view_linkedin"]')?.remove();
    expect(getSalesNavigatorProfileUrl(doc, url)).toBeNull();
  });
});
