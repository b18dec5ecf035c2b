// The popup opened on one person, as a notification opens it: popup/index.html#contact=<id>.
// Apart from src/protocol.ts so that the popup, which reads it, carries none of the
// contract's validators.
/** The hash that opens the popup on this person. */
export function toContactHash(id: string): string {
  return `#contact=${encodeURIComponent(id)}`;
}

/** The contact id in a location hash made by toContactHash, or null. */
export function fromContactHash(hash: string): string | null {
  const match = /^#contact=(.+)$/.exec(hash);
  if (!match) return null;
  try {
    return decodeURIComponent(match[1]);
  } catch {
    return null;
  }
}
