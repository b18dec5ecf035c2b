// People put in Rapport the way its own pages do it (messages to the background), for tests
// about how screens look rather than how the data got there.
import type { Page } from 'playwright-core';
import type { Harness } from './harness';

/** Long names and roles on purpose: they are what overflows a row. */
export const SEED_PEOPLE = [
  {
    first: 'Maximiliane-Alexandra',
    last: 'von Hohenberg-Castellanos',
    slug: 'maximiliane-von-hohenberg',
    company: 'Nordlys Offshore Wind Research Institute',
    position: 'Principal Environmental Impact Specialist',
  },
  {
    first: 'Oluwaseun',
    last: 'Adebayo-Lindqvist',
    slug: 'oluwaseun-adebayo-lindqvist',
    company: 'Kvarnby Robotics - Europe AB',
    position: 'Head of R&D - Nordics',
  },
  { first: 'Ines', last: 'Varga', slug: 'ines-varga', company: 'Kvarnby Design', position: 'Service Designer' },
];

const getSeedId = (slug: string) => `https://www.linkedin.com/in/${slug}/`;

/** Sends one message as Rapport's pages do, and returns the reply's value. */
export async function sendFromPage<T = unknown>(page: Page, name: string, payload: unknown): Promise<T> {
  const reply = (await page.evaluate(([name, payload]) => chrome.runtime.sendMessage({ rapport: 1, name, payload }), [
    name,
    payload,
  ] as const)) as {
    ok: boolean;
    value?: T;
    error?: string;
  };
  if (!reply?.ok) throw new Error(`${name}: ${reply?.error ?? 'no reply'}`);
  return reply.value as T;
}

/**
 * Imports SEED_PEOPLE; the first two met someone yesterday, so their thank-you notes are due
 * on the popup's home; the first also has a meeting planned.
 */
export async function seedPeople(harness: Harness): Promise<void> {
  const page = await harness.context.newPage();
  await page.goto(harness.extensionUrl('options/index.html'));
  const csv = ['First Name,Last Name,URL,Email Address,Company,Position,Connected On']
    .concat(SEED_PEOPLE.map((p) => `${p.first},${p.last},${getSeedId(p.slug)},,"${p.company}","${p.position}",01 Mar 2026`))
    .join('\n');
  await sendFromPage(page, 'data.commitImport', { text: csv });
  const yesterday = Date.now() - 24 * 3600_000 + 3600_000;
  for (const person of SEED_PEOPLE.slice(0, 2)) {
    const id = getSeedId(person.slug);
    const meeting = {
      start: yesterday,
      timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
      minutes: 30,
      mode: 'coffee',
      place: 'Café Lindgren, Storgatan 12',
    };
    await sendFromPage(page, 'pipeline.scheduleMeeting', { id, meeting });
    await sendFromPage(page, 'pipeline.markHeld', { id });
  }
  await page.close();
}
