import { normalizeLineBreaks } from './count';

/**
 * A mailto: URL that opens the user's mail client with the letter filled in (RFC 6068).
 *
 * Every value goes through encodeURIComponent, so "&", "?", "#", "+", "=" and non-ASCII
 * text cannot break out of their field, and a space is %20 (a "+" would reach the mail
 * client as a literal plus). Line breaks in the body are sent as CRLF (%0D%0A), as RFC 6068
 * asks. A subject is one header line, so line breaks in it become spaces. "@" and the ","
 * between addresses are left as they are: RFC 6068 allows them, and some clients do not
 * decode "%40" in the address.
 */
export function toMailto(to: string, subject: string, body: string): string {
  const addresses = to
    .split(/[,;]/)
    .map((a) => a.trim())
    .filter((a) => a !== '')
    .map((a) => encode(a).replace(/%40/g, '@'))
    .join(',');
  const params: string[] = [];
  const oneLine = subject.replace(/\s*[\r\n]+\s*/g, ' ').trim();
  if (oneLine !== '') params.push(`subject=${encode(oneLine)}`);
  if (body !== '') params.push(`body=${encode(normalizeLineBreaks(body).replace(/\n/g, '\r\n'))}`);
  return `mailto:${addresses}${params.length ? `?${params.join('&')}` : ''}`;
}

/** encodeURIComponent throws on a lone surrogate (half an emoji, e.g. from text cut at a
 * limit); send U+FFFD in its place rather than no link at all. */
function encode(text: string): string {
  return encodeURIComponent(text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD'));
}
