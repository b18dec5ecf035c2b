// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { extractJsonLd } from '../../../../src/content/linkedin/json-ld';
import { FILES, getValues, loadFixture, parsePage } from './helpers';

const URL = 'https://www.linkedin.com/in/ola-nordmann/';
const page = (json: unknown) => parsePage(`<script type="application/ld+json">${JSON.stringify(json)}</script>`);

describe('extractJsonLd', () => {
  it('reads the Person of the public page: first of several concurrent positions, entities decoded', () => {
    const found = extractJsonLd(loadFixture(FILES.public2024), 'https://se.linkedin.com/in/ana-lucia-ferreira-brandt?trk=x');
    expect(getValues(found)).toEqual({
      name: 'Ana Lucía Ferreira Brandt',
      role: 'Head of R&D - Nordics',
      organization: 'Kvarnby Robotics - Europe AB',
      location: 'Malmö, Skåne County, Sweden',
    });
    expect(found.role?.source).toEqual({ strategy: 'json-ld', derived: false });
  });

  it('treats an asterisk-masked jobTitle as missing', () => {
    const found = extractJsonLd(loadFixture(FILES.public2026), 'https://www.linkedin.com/in/malin-overby-7b2a91');
    expect(getValues(found)).toEqual({
      name: 'Malin Øverby',
      organization: 'Lysekil Tidevatten AB',
      location: 'Lysekil, Västra Götaland County, Sweden',
    });
  });

  it('skips a masked first entry for the next real one', () => {
    const found = extractJsonLd(
      page({ '@type': 'Person', name: 'Ola Nordmann', jobTitle: ['****', 'Skipper'], worksFor: [{ name: '***' }, { name: 'Fjordline' }] }),
      URL,
    );
    expect(getValues(found)).toEqual({ name: 'Ola Nordmann', role: 'Skipper', organization: 'Fjordline' });
  });

  it('accepts single values and a plain-string address', () => {
    const found = extractJsonLd(
      page({ '@type': 'Person', name: 'Ola Nordmann', jobTitle: 'Skipper', worksFor: { name: 'Fjordline' }, address: 'Bergen' }),
      URL,
    );
    expect(getValues(found)).toEqual({ name: 'Ola Nordmann', role: 'Skipper', organization: 'Fjordline', location: 'Bergen' });
  });

  it('ignores a Person whose own URL is another profile', () => {
    const other = { '@type': 'Person', name: 'Samir Haddad', url: 'https://www.linkedin.com/in/samirhaddad' };
    expect(extractJsonLd(page({ '@graph': [other] }), URL)).toEqual({});
    const right = { '@type': 'Person', name: 'Ola Nordmann', url: 'https://no.linkedin.com/in/Ola-Nordmann' };
    expect(getValues(extractJsonLd(page({ '@graph': [other, right] }), URL))).toEqual({ name: 'Ola Nordmann' });
  });

  it('survives broken JSON and pages without a Person', () => {
    const doc = parsePage(
      '<script type="application/ld+json">{not json</script><script type="application/ld+json">{"@type":"WebPage","name":"LinkedIn"}</script>',
    );
    expect(extractJsonLd(doc, URL)).toEqual({});
    expect(extractJsonLd(loadFixture(FILES.ember), URL)).toEqual({});
  });
});
