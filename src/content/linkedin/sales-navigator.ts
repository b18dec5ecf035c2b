// Strategy: Sales Navigator's lead page, whose personal data carries `data-anonymize`
// attributes (for its screenshot anonymizer). Its URL has no slug, so the canonical
// profile URL comes from the page's own link to the person's LinkedIn profile.
import type { FoundFields } from './fields';
import { toFoundFields } from './fields';
import { isSalesLeadUrl, toCanonicalProfileUrl } from './pages';
import * as sel from './selectors';
import { firstReadable, isReadable, readableText } from './visibility';

export function extractSalesNavigator(doc: Document, url: string): FoundFields {
  if (!isSalesLeadUrl(url)) return {};
  const read = (selectors: readonly string[]) => readableText(firstReadable(doc, selectors));
  const name = read(sel.salesName);
  if (!name) return {};
  return toFoundFields('sales-navigator', {
    name,
    headline: read(sel.salesHeadline),
    role: read(sel.salesTitle),
    organization: read(sel.salesCompany),
    location: read(sel.salesLocation),
  });
}

/** https://www.linkedin.com/in/<slug>/ from the lead page's "View LinkedIn profile" link. */
export function getSalesNavigatorProfileUrl(doc: Document, url: string): string | null {
  for (const link of doc.querySelectorAll(sel.salesProfileLink)) {
    const href = link.getAttribute('href');
    if (!href || !isReadable(link)) continue;
    try {
      const canonical = toCanonicalProfileUrl(new URL(href, url).href);
      if (canonical) return canonical;
    } catch {
      // a malformed href is not the profile link
    }
  }
  return null;
}
