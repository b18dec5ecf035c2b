// Strategy: Sales Navigator's lead page, whose personal data carries `data-anonymize`
// attributes (for its screenshot anonymizer). Its URL has no slug, so the canonical
// profile URL comes from the page's own link to the person's LinkedIn profile.
import type { FoundFields } from './fields';
import { toFoundFields } from './fields';
import { isSalesLeadUrl, toCanonicalProfileUrl } from './pages';
import * as sel from './selectors';
import { firstReadable, readableText } from './visibility';

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

/** https://www.linkedin.com/in/<slug>/ from the "View LinkedIn profile" item of the
 * lead's own menu. The menu is usually closed (hidden), so hidden links count here, but
 * only inside the lead's header section: hovercards elsewhere link to other people. */
export function getSalesNavigatorProfileUrl(doc: Document, url: string): string | null {
  const scope = firstReadable(doc, sel.salesName)?.closest('section');
  for (const link of scope?.querySelectorAll(sel.salesProfileLink) ?? []) {
    try {
      const canonical = toCanonicalProfileUrl(new URL(link.getAttribute('href') ?? '', url).href);
      if (canonical) return canonical;
    } catch {
      // a malformed href is not the profile link
    }
  }
  return null;
}
