// Taking the user to the input that fixes something: in this popup, the Details panel, the
// Preparation panel and the meeting form are collapsible, and may be closed.

/** Opens the panel that holds the input, then focuses it. */
export function jumpToInput(id: string, panelTitle?: string): void {
  const input = document.getElementById(id);
  if (!input) {
    // The input is not on screen yet (a form still closed): open its panel instead.
    if (panelTitle === undefined) return;
    const panel = [...document.querySelectorAll<HTMLDetailsElement>('details.panel')].find((d) =>
      d.querySelector('summary')?.textContent?.startsWith(panelTitle),
    );
    if (panel) {
      panel.open = true;
      panel.scrollIntoView({ block: 'start' });
    }
    return;
  }
  for (let details = input.closest('details'); details; details = details.parentElement?.closest('details') ?? null) {
    details.open = true;
  }
  input.scrollIntoView({ block: 'center' });
  input.focus();
}
