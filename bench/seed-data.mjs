// Fictional people for the benchmark: the records a user with years of informational
// interviews would have. Deterministic (same seed, same people), names in several scripts,
// roles and organizations, notes, histories of several entries, meetings, drafts.
//   toBackupText(n)       a Rapport backup of n contacts, restored through the background
//   toConnectionsCsv(n)   LinkedIn's Connections.csv export with n rows, for the import
//   toConnectionsCsv(n, { updating: m })   the same, half of its rows people of
//                         toBackupText(m) with a new role and organization, half new people
// Every person is made up; the profile addresses are at linkedin.com but name no one.

/** [name as written, its Latin slug] */
const FIRST = {
  latin: [
    ['Ana Lucía', 'ana-lucia'],
    ['José', 'jose'],
    ['Zoë', 'zoe'],
    ['Łukasz', 'lukasz'],
    ['Şebnem', 'sebnem'],
    ['Björn', 'bjorn'],
    ['Françoise', 'francoise'],
    ['Søren', 'soren'],
    ['Małgorzata', 'malgorzata'],
    ['Jürgen', 'jurgen'],
    ['Inés', 'ines'],
    ['Ørjan', 'orjan'],
    ['Dāvis', 'davis'],
    ['Ngọc Anh', 'ngoc-anh'],
    ['Chloé', 'chloe'],
    ['Mateus', 'mateus'],
    ['Aoife', 'aoife'],
    ['Tomás', 'tomas'],
    ['Émilie', 'emilie'],
    ['Ines', 'ines'],
  ],
  cyrillic: [
    ['Анна', 'anna'],
    ['Дмитрий', 'dmitry'],
    ['Ольга', 'olga'],
    ['Сергій', 'serhii'],
    ['Наталья', 'natalya'],
    ['Иван', 'ivan'],
    ['Ярослава', 'yaroslava'],
    ['Мирослав', 'miroslav'],
  ],
  greek: [
    ['Γιώργος', 'giorgos'],
    ['Ελένη', 'eleni'],
    ['Νίκος', 'nikos'],
    ['Κατερίνα', 'katerina'],
    ['Δήμητρα', 'dimitra'],
  ],
  arabic: [
    ['محمد', 'mohammed'],
    ['فاطمة', 'fatima'],
    ['ليلى', 'layla'],
    ['عمر', 'omar'],
    ['يوسف', 'youssef'],
    ['نور', 'nour'],
  ],
  cjk: [
    ['伟', 'wei'],
    ['娜', 'na'],
    ['健', 'ken'],
    ['美咲', 'misaki'],
    ['민준', 'minjun'],
    ['서연', 'seoyeon'],
    ['芳', 'fang'],
  ],
  devanagari: [
    ['प्रिया', 'priya'],
    ['राहुल', 'rahul'],
    ['अनीता', 'anita'],
    ['विकास', 'vikas'],
    ['सुनीता', 'sunita'],
  ],
};
const LAST = {
  latin: [
    ['Ferreira Brandt', 'ferreira-brandt'],
    ['Øverby', 'overby'],
    ['Nuñez', 'nunez'],
    ['Kowalczyk', 'kowalczyk'],
    ['Yılmaz', 'yilmaz'],
    ['Bäckström', 'backstrom'],
    ['Lefèvre', 'lefevre'],
    ['Gallagher', 'gallagher'],
    ['Nguyễn', 'nguyen'],
    ['Ó Briain', 'o-briain'],
    ['Müller-Lüdenscheidt', 'muller'],
    ['Solberg Mäkelä', 'solberg-makela'],
    ['Okafor', 'okafor'],
    ['Dubois', 'dubois'],
    ['Castro', 'castro'],
  ],
  cyrillic: [
    ['Смирнова', 'smirnova'],
    ['Козлов', 'kozlov'],
    ['Петренко', 'petrenko'],
    ['Шевченко', 'shevchenko'],
    ['Волкова', 'volkova'],
  ],
  greek: [
    ['Παπαδόπουλος', 'papadopoulos'],
    ['Κωνσταντίνου', 'konstantinou'],
    ['Γεωργίου', 'georgiou'],
  ],
  arabic: [
    ['الأحمد', 'al-ahmad'],
    ['حداد', 'haddad'],
    ['الزهراء', 'al-zahra'],
    ['منصور', 'mansour'],
  ],
  cjk: [
    ['王', 'wang'],
    ['李', 'li'],
    ['佐藤', 'sato'],
    ['田中', 'tanaka'],
    ['김', 'kim'],
    ['박', 'park'],
  ],
  devanagari: [
    ['शर्मा', 'sharma'],
    ['वर्मा', 'verma'],
    ['गुप्ता', 'gupta'],
    ['पटेल', 'patel'],
  ],
};
/** Family name first, no space (Chinese, Japanese, Korean) or given name first. */
const FAMILY_FIRST = new Set(['cjk']);
const SCRIPTS = [
  ['latin', 50],
  ['cyrillic', 12],
  ['greek', 6],
  ['arabic', 10],
  ['cjk', 12],
  ['devanagari', 10],
];

const ROLES = [
  'Senior Software Engineer',
  'Product Manager',
  'UX Researcher',
  'Data Scientist',
  'Head of R&D - Nordics',
  'Water Systems Engineer',
  'Policy Analyst',
  'Investment Associate',
  'Marine Biologist',
  'Architect',
  'Clinical Research Coordinator',
  'Brand Strategist',
  'Site Reliability Engineer',
  'Urban Planner',
  'Chief Curious Officer',
  'Service Designer',
  'Grid Planning Lead',
  'Renewable Energy Consultant',
  'Инженер-программист',
  'Руководитель проектов',
  'Μηχανικός Λογισμικού',
  'مهندس برمجيات',
  'مديرة منتج',
  'ソフトウェアエンジニア',
  '产品经理',
  '데이터 분석가',
  'सॉफ्टवेयर इंजीनियर',
  'परियोजना प्रबंधक',
];
const ORGS = [
  'Kvarnby Robotics - Europe AB',
  'Tjärnberg Analytics',
  'Bluefen',
  'Norrsken Energi',
  'Universidad de Lumen',
  'Seyu',
  'Kvarnby Design, AB',
  'Hafenstadt Verkehrsbetriebe',
  'Île-de-Lumière Santé',
  'Østfold Havbruk',
  'Acme Robotics',
  'Fjällgröna Bank',
  'Café Más Allá',
  'Ателье Север',
  'Яндекс Практикум (fictional)',
  'Αιγαίο Ενέργεια',
  'شركة الواحة للتقنية',
  'مستشفى النور',
  '株式会社さくらデータ',
  '星河科技',
  '한빛 소프트',
  'भारत ग्रीन पावर',
  'Lumen Öppna Data',
  'Zürcher Kantonal Labs',
  'São Paulo Urbanismo',
];
const LOCATIONS = [
  'Malmö, Skåne County, Sweden',
  'Stockholm, Sweden',
  'Berlin, Germany',
  'Москва, Россия',
  'Київ, Україна',
  'Αθήνα, Ελλάδα',
  'دبي، الإمارات',
  'القاهرة، مصر',
  '東京都',
  '上海市',
  '서울',
  'बेंगलुरु, भारत',
  'São Paulo, Brazil',
  'Montréal, Québec, Canada',
  'Kraków, Poland',
  'İstanbul, Türkiye',
];
const INTERESTS = ['mentor', 'climate tech 🌱', 'open data', 'accessibility', 'public transit', 'women in STEM', 'design systems'];
const LEAD_SOURCES = [
  'Prof. Lindqvist (thesis advisor)',
  'a peer from the data club',
  'my manager at the internship',
  'Career fair 2025',
  'Referral',
  '',
  '',
  '',
];
const NOTE_PERSON = [
  'Moved from academia to industry after a PhD in hydrology; open to talking to students.',
  'Writes a blog about career changes into UX. Replied warmly to a comment last spring.',
  'Led the migration to a new grid-planning tool; ask how they learned the domain.',
  'Спросить о переходе из науки в индустрию.',
  'Ρωτήστε για την πρακτική άσκηση στο εργαστήριο.',
  'اسأل عن برنامج التدريب الصيفي.',
  '研究室の先輩の紹介。データ基盤の話を聞きたい。',
  'पहले स्टार्टअप में काम किया; करियर बदलने के बारे में पूछें।',
  '',
];
const NOTE_ORG = [
  'Hires interns every autumn; small team of 12 in Malmö.',
  'Public utility; long planning cycles, strong mentoring culture.',
  'Series B, fully remote, documentation-first.',
  '',
];
const TAKEAWAYS = [
  'Learn SQL well before the internship; portfolio beats grades. Suggested talking to their colleague in analytics.',
  'Apply in September; the team values field experience. Recommended two books on water policy.',
  'Said the biggest tip is to write about what you build. Offered to review my CV.',
];
const QUESTIONS = [
  'How did you get into this field?',
  'What do you like most and least about your job?',
  'Which skills matter most for success in it?',
  'What is a typical day like?',
  'Which emerging trends could change the field in the next five years?',
  'What is your biggest tip for a recent graduate trying to get a job in this field?',
];
const MODES = ['coffee', 'phone', 'video', 'office'];

/** Stage mix of a long-time user: most people saved and waiting, a pipeline behind them. */
const STAGE_MIX = [
  ['saved', 62],
  ['request-sent', 10],
  ['meeting-scheduled', 2],
  ['met', 0.2],
  ['thanked', 4],
  ['in-touch', 7],
  ['no-reply', 7],
  ['declined', 3],
  ['archived', 4],
];

const DAY = 86_400_000;
const MINUTE = 60_000;

/** mulberry32: small, fast, deterministic. */
function makeRandom(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function makePicker(random) {
  const pick = (list) => list[Math.floor(random() * list.length)];
  const weighted = (pairs) => {
    const total = pairs.reduce((sum, [, w]) => sum + w, 0);
    let r = random() * total;
    for (const [value, w] of pairs) {
      r -= w;
      if (r < 0) return value;
    }
    return pairs[pairs.length - 1][0];
  };
  return { pick, weighted };
}

/** A made-up person: name in one script, a unique Latin profile slug. */
function makePerson(i, random) {
  const { pick, weighted } = makePicker(random);
  const script = weighted(SCRIPTS);
  const [first, firstSlug] = pick(FIRST[script]);
  const [last, lastSlug] = pick(LAST[script]);
  const name = FAMILY_FIRST.has(script) ? (/[가-힣]/.test(first) ? `${last} ${first}` : `${last}${first}`) : `${first} ${last}`;
  const slug = `${firstSlug}-${lastSlug}-${i.toString(36)}${Math.floor(random() * 0xfff).toString(16)}`;
  const role = pick(ROLES);
  const organization = pick(ORGS);
  return {
    first,
    last,
    name,
    slug,
    profileUrl: `https://www.linkedin.com/in/${slug}/`,
    role,
    organization,
    headline: `${role} at ${organization} | ${pick(INTERESTS)}`,
    location: pick(LOCATIONS),
  };
}

/** One contact as Rapport stores it, with a history that fits its stage. */
function makeContact(i, now, random) {
  const { pick, weighted } = makePicker(random);
  const person = makePerson(i, random);
  const stage = weighted(STAGE_MIX);
  // Saved some time in the last three years; newer people more likely.
  const createdAt = Math.floor(now - random() ** 1.6 * 3 * 365 * DAY) - 60 * MINUTE;
  let at = createdAt;
  const step = (maxDays) => {
    at = Math.min(now - MINUTE, at + Math.floor((0.2 + random()) * maxDays * DAY));
    return at;
  };
  const history = [{ at: createdAt, kind: 'saved' }];
  const move = (from, to, kind = 'stage', detail) => {
    history.push({ at: step(9), kind, from, to, ...(detail ? { detail } : {}) });
  };
  if (random() < 0.4) history.push({ at: step(3), kind: 'updated', detail: 'role, organization' });
  if (random() < 0.3) history.push({ at: step(2), kind: 'note', detail: 'Notes edited' });
  let meeting = null;
  let nudges = 0;
  const order = ['saved', 'request-sent', 'meeting-scheduled', 'met', 'thanked', 'in-touch'];
  const reach = stage === 'no-reply' || stage === 'declined' ? 1 : stage === 'archived' ? order.indexOf(pick(order)) : order.indexOf(stage);
  for (let s = 1; s <= reach; s++) {
    move(order[s - 1], order[s]);
    if (order[s] === 'request-sent' && random() < 0.3) {
      nudges = 1;
      history.push({ at: step(8), kind: 'nudge', detail: 'Follow-up 1 of 2' });
    }
    if (order[s] === 'meeting-scheduled') {
      const past = reach > s;
      const start = past ? step(10) : now + Math.floor((random() * 14 - 0.2) * DAY);
      meeting = {
        start,
        timeZone: 'Europe/Stockholm',
        minutes: pick([20, 30, 45, 60]),
        mode: pick(MODES),
        place: pick(['Café Más Allá, Malmö', '+46 40 123 45 67', 'https://meet.example/abc-defg', 'Their office, floor 3']),
      };
      history.push({ at: past ? start - 2 * DAY : now - DAY, kind: 'meeting', detail: 'Meeting set' });
      history.sort((a, b) => a.at - b.at);
      if (past) meeting.heldAt = start + meeting.minutes * MINUTE;
    }
    if (order[s] === 'in-touch' && random() < 0.5) history.push({ at: step(60), kind: 'touch-base' });
  }
  if (stage === 'no-reply') {
    nudges = 2;
    history.push({ at: step(8), kind: 'nudge', detail: 'Follow-up 1 of 2' }, { at: step(8), kind: 'nudge', detail: 'Follow-up 2 of 2' });
    move('request-sent', 'no-reply', 'stage', 'No reply after 2 follow-ups');
  }
  if (stage === 'declined' || stage === 'archived') move(order[reach], stage);
  const updatedAt = Math.max(...history.map((entry) => entry.at));
  const met = ['met', 'thanked', 'in-touch'].includes(stage);
  return {
    id: person.profileUrl,
    profileUrl: person.profileUrl,
    name: person.name,
    firstName: person.first,
    headline: person.headline,
    role: person.role,
    organization: person.organization,
    location: person.location,
    sources: { name: { strategy: 'json-ld', derived: false }, role: { strategy: 'topcard-2024', derived: false } },
    missing: [],
    email: random() < 0.1 ? `${person.slug}@example.org` : '',
    edited: random() < 0.05 ? ['role'] : [],
    leadSource: pick(LEAD_SOURCES),
    referrerId: null,
    why: stage === 'saved' && random() < 0.7 ? '' : 'Their path from research into industry is the one I hope to take.',
    stage,
    history,
    notes: { person: pick(NOTE_PERSON), organization: pick(NOTE_ORG), takeaways: met ? pick(TAKEAWAYS) : '' },
    questions: stage === 'saved' ? [] : QUESTIONS.filter(() => random() < 0.5),
    drafts:
      stage === 'saved' && random() < 0.05
        ? {
            email: {
              templateId: 'email-default',
              subject: 'A short conversation?',
              body: `Dear ${person.first},\n\nI am a student…`,
              updatedAt: updatedAt,
            },
          }
        : {},
    meeting,
    nudges,
    snoozedUntil: null,
    ...(met ? { prep: ['research-person', 'research-organization', 'questions'] } : {}),
    createdAt,
    updatedAt,
    nameKey: person.name.trim().toLocaleLowerCase(),
  };
}

export function makeContacts(n, { now = Date.now(), seed = 7 } = {}) {
  const random = makeRandom(seed);
  const contacts = [];
  for (let i = 0; i < n; i++) contacts.push(makeContact(i, now, random));
  // A few referrals: later people suggested by earlier ones they met.
  const met = contacts.filter((c) => ['met', 'thanked', 'in-touch'].includes(c.stage));
  for (let i = 0; i < contacts.length; i += 97) {
    const referrer = met[i % Math.max(1, met.length)];
    if (referrer && referrer !== contacts[i] && contacts[i].stage === 'saved') {
      contacts[i].referrerId = referrer.id;
      contacts[i].leadSource = `Referral from ${referrer.name}`;
    }
  }
  return contacts;
}

/** A Rapport backup (src/formats/backup.ts, format version 1, schema version 1) of n people. */
export function toBackupText(n, options) {
  return JSON.stringify({
    format: 'rapport-backup',
    version: 1,
    exportedAt: new Date(options?.now ?? Date.now()).toISOString(),
    schemaVersion: 1,
    contacts: makeContacts(n, options),
    meta: {},
  });
}

function toCsvCell(value) {
  return /[",\n\r]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** LinkedIn's "Get a copy of your data" Connections.csv, notes preamble and all. With
 * `updating: m`, rows 0, 2, 4, … are people of toBackupText(m) (the first n/2 of them, same
 * seed) who have since changed role and organization, so an import into a Rapport holding them
 * updates half its rows and adds the other half. */
export function toConnectionsCsv(n, { now = Date.now(), seed = 11, updating = 0 } = {}) {
  const random = makeRandom(seed);
  const existing = updating > 0 ? makeContacts(updating, { now }) : [];
  if (updating > 0 && existing.length < Math.ceil(n / 2)) throw new Error(`${updating} people can't be half of ${n} rows`);
  const taken = new Set(existing.map((c) => c.profileUrl));
  const lines = [
    'Notes:',
    '"When exporting your connection data, you may notice that some of the email addresses are missing. You will only see email addresses for connections who have allowed their connections to see or download their email address using this setting https://www.linkedin.com/psettings/privacy/email. You can learn more about this here: https://www.linkedin.com/help/linkedin/answer/261"',
    '',
    'First Name,Last Name,URL,Email Address,Company,Position,Connected On',
  ];
  for (let i = 0; i < n; i++) {
    let p = makePerson(i, random);
    if (updating > 0 && i % 2 === 0) {
      const saved = existing[i / 2];
      const role = ROLES[(ROLES.indexOf(saved.role) + 1) % ROLES.length];
      const organization = ORGS[(ORGS.indexOf(saved.organization) + 1) % ORGS.length];
      p = {
        first: saved.firstName,
        last: saved.name.replace(saved.firstName, '').trim(),
        slug: saved.profileUrl.split('/')[4],
        profileUrl: saved.profileUrl,
        role,
        organization,
      };
    } else if (taken.has(p.profileUrl)) {
      p = { ...p, slug: `${p.slug}-new`, profileUrl: p.profileUrl.replace(/\/$/, '-new/') };
    }
    const connected = new Date(now - Math.floor(random() * 6 * 365) * DAY);
    const date = `${String(connected.getUTCDate()).padStart(2, '0')} ${MONTHS[connected.getUTCMonth()]} ${connected.getUTCFullYear()}`;
    const email = random() < 0.1 ? `${p.slug}@example.org` : '';
    lines.push([p.first, p.last, p.profileUrl.slice(0, -1), email, p.organization, p.role, date].map(toCsvCell).join(','));
  }
  return lines.join('\r\n') + '\r\n';
}
