// The benchmark's own "usable" mark, taken in the page independently of the app's marks: the
// complete first screen, i.e. the frame after which what the viewport shows does not change
// for QUIET_MS, with the search box enabled (where one is expected).
//
// What the viewport shows is a layout signature read at every animation frame: each element
// whose box lies (partly) within the viewport — headings, the "What to do now" items, the rows,
// the search box and what they hold — with its rounded box cut to the viewport and its own
// text (for a form control: its value, placeholder and whether it is disabled), as the frame
// was drawn. Anything inserted above the list moves the boxes below it, so a screen that
// shifts after its first frame is ready only after the shift; what changes below the fold
// only does not count.
//
//   settledInitScript(options)  the script to inject before the page's own (Playwright's
//                               page.addInitScript); it defines window.__benchSettled, a
//                               promise of { readyAt, frames, shifts, … } (see recordFrames)
//   findSettled(frames, …)      the decision, pure: used in the page and by the unit test
//   layoutSignature(boxes)      the signature of a list of boxes, pure
export const QUIET_MS = 500;

/**
 * The signature of what the viewport shows: one line per box, in document order.
 * @param {{ tag: string, x: number, y: number, width: number, height: number, text: string }[]} boxes
 */
export function layoutSignature(boxes) {
  return boxes
    .map((b) => `${b.tag} ${Math.round(b.x)},${Math.round(b.y)} ${Math.round(b.width)}×${Math.round(b.height)} ${b.text}`)
    .join('\n');
}

/**
 * The frame after which nothing changes for `quietMs`, given the frames seen so far in time
 * order (each { at, signature, search }, `at` the time that frame had been rendered; `search` is
 * 'enabled', 'disabled' or 'none'). Frames equal to the one before them may be left out, but
 * the last frame seen must be included: it says how long the final screen has lasted.
 * Returns the index and time of the first frame of the final screen, or null while that
 * screen has not lasted `quietMs` yet (or lacks an enabled search box that `requireSearch`
 * asks for, or is blank).
 * @param {{ at: number, signature: string, search: string }[]} frames
 * @param {{ quietMs?: number, requireSearch?: boolean }} [options]
 */
export function findSettled(frames, { quietMs = 500, requireSearch = false } = {}) {
  if (frames.length === 0) return null;
  const last = frames[frames.length - 1];
  let first = frames.length - 1;
  while (first > 0 && frames[first - 1].signature === last.signature && frames[first - 1].search === last.search) first--;
  if (last.signature === '') return null;
  if (requireSearch && last.search !== 'enabled') return null;
  if (last.at - frames[first].at < quietMs) return null;
  return { index: first, at: frames[first].at };
}

/**
 * Runs in the page, from an init script (before any of the page's scripts). Every animation
 * frame: the viewport's boxes are read in the frame's rAF callback, and the frame's time taken
 * from a task posted from that callback, i.e. once the frame's style, layout and paint are done
 * (the same moment the app's rapport:list-shown mark takes); the boxes are read again then,
 * unless the page has changed since the rAF callback. Frames are kept when their signature
 * differs from the one before, plus the last. Stops once findSettled answers, or after
 * `timeoutMs`. Layout-shift entries (Chromium's own view of the same thing) are kept beside
 * the frames as a cross-check.
 */
function recordFrames({ quietMs, requireSearch, timeoutMs, searchSelector }, findSettled, layoutSignature) {
  const changes = [];
  const shifts = [];
  let last = null;
  let frameCount = 0;
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) shifts.push({ at: entry.startTime, value: entry.value, hadRecentInput: entry.hadRecentInput });
    }).observe({ type: 'layout-shift', buffered: true });
  } catch {
    // No layout-shift entries in this browser: the frames alone decide.
  }
  // Whether the page changed since a moment: what changes it (from a task, or from a rAF
  // callback that runs after the benchmark's) is not all in the frame being drawn.
  let mutations = 0;
  const observer = new MutationObserver((records) => {
    mutations += records.length;
  });
  observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
  const countMutations = () => (mutations += observer.takeRecords().length);
  const read = () => {
    const width = innerWidth;
    const height = innerHeight;
    const boxes = [];
    for (const el of document.body ? document.body.querySelectorAll('*') : []) {
      // Inside a part the browser skips (content-visibility: auto, out of view): not on screen,
      // and asking for its box would make the browser lay it out.
      if (el.checkVisibility?.({ contentVisibilityAuto: true }) === false) continue;
      const box = el.getBoundingClientRect();
      if (box.width === 0 && box.height === 0) continue;
      if (box.bottom <= 0 || box.top >= height || box.right <= 0 || box.left >= width) continue;
      let text = '';
      for (const node of el.childNodes) if (node.nodeType === 3) text += node.data;
      text = text.replace(/\s+/g, ' ').trim();
      if (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement || el instanceof HTMLSelectElement) {
        text += ` [${el.value}|${el.placeholder ?? ''}|${el.disabled ? 'disabled' : 'enabled'}]`;
      }
      // The part of the box the viewport shows: a box reaching below the fold that grows
      // there (the list's height, once everyone is read) changes nothing a user sees.
      const left = Math.max(0, box.left);
      const top = Math.max(0, box.top);
      boxes.push({
        tag: el.tagName,
        x: left,
        y: top,
        width: Math.min(width, box.right) - left,
        height: Math.min(height, box.bottom) - top,
        text,
      });
    }
    const search = document.querySelector(searchSelector);
    return { signature: layoutSignature(boxes), search: !search ? 'none' : search.disabled ? 'disabled' : 'enabled' };
  };
  let stopped = false;
  window.__benchSettled = new Promise((resolve, reject) => {
    const deadline = setTimeout(() => {
      stopped = true;
      observer.disconnect();
      const error = new Error(`the screen did not settle within ${timeoutMs} ms (${changes.length} changes; last: search ${last?.search})`);
      reject(error);
    }, timeoutMs);
    const onFrame = () => {
      if (stopped) return;
      const before = countMutations();
      const beforeFrame = read();
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        if (stopped) return;
        frameCount++;
        // The frame drawn is the page as its rAF callbacks left it, after the browser's own work
        // in that frame: only there does it decide which content-visibility: auto parts are in
        // view, so a part on screen is still skipped when the rAF callback reads. Read again
        // now if nothing has changed since; if something has, what the rAF callback read.
        const seen = countMutations() === before ? read() : beforeFrame;
        const frame = { at: performance.now(), signature: seen.signature, search: seen.search };
        const previous = changes[changes.length - 1];
        if (!previous || previous.signature !== frame.signature || previous.search !== frame.search) changes.push(frame);
        last = frame;
        const frames = last === changes[changes.length - 1] ? changes : [...changes, last];
        const settled = findSettled(frames, { quietMs, requireSearch });
        if (settled) {
          stopped = true;
          observer.disconnect();
          clearTimeout(deadline);
          const screen = frames[settled.index];
          resolve({
            readyAt: settled.at,
            changes: changes.map((c) => ({ at: c.at, search: c.search, lines: c.signature.split('\n').length })),
            frameCount,
            shifts,
            screen: screen.signature,
          });
        }
      };
      channel.port2.postMessage(null);
      requestAnimationFrame(onFrame);
    };
    requestAnimationFrame(onFrame);
  });
}

/**
 * The init script's source.
 * @param {{ quietMs?: number, requireSearch?: boolean, timeoutMs?: number, searchSelector?: string }} [options]
 */
export function settledInitScript({
  quietMs = QUIET_MS,
  requireSearch = false,
  timeoutMs = 30_000,
  searchSelector = 'input[type="search"]',
} = {}) {
  const options = { quietMs, requireSearch, timeoutMs, searchSelector };
  // The functions go in as source (an extension page's policy forbids eval and new Function).
  return `(${recordFrames.toString()})(${JSON.stringify(options)}, ${findSettled.toString()}, ${layoutSignature.toString()});`;
}
