// Waits until the benchmark's own browser is quiet, so one measurement does not pay for work
// another left running (after every write the background's reminder check reads every
// contact). Linux: from /proc, the CPU time of this process's descendants (Chromium and its
// helpers) until a quarter second passes in which they used at most 3% of one core.
// Other processes on the machine are not waited for (they may never stop); the page opened
// as a baseline in the same run cancels their share. Elsewhere: a fixed pause.
import { readdir, readFile } from 'node:fs/promises';
import { loadavg } from 'node:os';

const TICKS_PER_SECOND = 100; // USER_HZ on Linux

const sleep = (ms) => new Promise((done) => setTimeout(done, ms));

/** CPU ticks (user + system) used by every descendant of `rootPid`. */
async function getDescendantTicks(rootPid) {
  const stats = new Map();
  for (const name of await readdir('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const text = await readFile(`/proc/${name}/stat`, 'utf8').catch(() => null);
    if (!text) continue;
    // pid (comm) state ppid … utime(14) stime(15): comm may hold spaces, so split after ")".
    const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
    stats.set(Number(name), { ppid: Number(fields[1]), ticks: Number(fields[11]) + Number(fields[12]) });
  }
  let total = 0;
  for (const [pid, { ticks }] of stats) {
    for (let p = pid, depth = 0; p > 1 && depth < 20; p = stats.get(p)?.ppid ?? 0, depth++) {
      if (stats.get(p)?.ppid === rootPid) {
        total += ticks;
        break;
      }
    }
  }
  return total;
}

export async function waitForIdleCpu({ window = 250, busyAtMost = 0.03, timeout = 30_000 } = {}) {
  let before;
  try {
    before = await getDescendantTicks(process.pid);
  } catch {
    await sleep(1000);
    return;
  }
  const deadline = Date.now() + timeout;
  while (Date.now() < deadline) {
    await sleep(window);
    const now = await getDescendantTicks(process.pid);
    const busy = (now - before) / TICKS_PER_SECOND / (window / 1000);
    before = now;
    if (busy <= busyAtMost) return;
  }
  process.stderr.write(`bench: the browser stayed busy for ${timeout / 1000} s; measuring anyway\n`);
}

/** The machine's load (1-minute average), to note beside the figures. */
export function getLoad() {
  return Math.round(loadavg()[0] * 100) / 100;
}
