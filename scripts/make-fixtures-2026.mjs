#!/usr/bin/env node
// Writes the 2026 logged-in fixture pages (test/fixtures/sdui-2026-*.html) from the real
// pages beside the repository (REAL_PAGES below, loggedin-2026-*.html, not part of it):
// the same markup — tags, attributes, nesting, hashed classes, component keys — with every
// person, company, place, post and identifier replaced by fictional ones. Then each fixture
// gets its own fictional owner and the one shape it stands for (name in a `p`, a stale
// title, Experience mounted, another interface language…), built in the page's own idiom.
//
//   node scripts/make-fixtures-2026.mjs [--check]
//
// It refuses to write a page that still holds any name, profile address, member id or image
// id of the real pages. --check writes nothing and fails when a committed fixture differs.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { JSDOM, VirtualConsole } from 'jsdom';

const REAL_PAGES = fileURLToPath(new URL('../../shared/linkedin-pages/', import.meta.url));
const FIXTURES = fileURLToPath(new URL('../test/fixtures/', import.meta.url));

// --- Fictional material -------------------------------------------------------------------

const PEOPLE = [
  'Rasmus Ek',
  'Aino Virtanen',
  'Samir Haddad',
  'Tove Lindgren',
  'Kasper Holm',
  'Ines Duarte',
  'Mateo Ruiz',
  'Leila Nasser',
  'Olle Berggren',
  'Yuki Tanabe',
  'Noor Jansen',
  'Pavel Horak',
  'Greta Solheim',
  'Omar Farouk',
  'Hedda Aas',
  'Lucas Moreau',
  'Mira Petrova',
  'Jonas Vik',
  'Sofie Lindberg',
  'Emil Strand',
  'Ada Kowalska',
  'Felix Brandt',
  'Nadia Rahman',
  'Teodor Lund',
  'Elsa Dalén',
  'Ravi Menon',
  'Kaja Nowak',
  'Arvid Sjöberg',
  'Liam Byrne',
  'Signe Krog',
  'Tariq Aziz',
  'Maja Hell',
  'Oskar Nyberg',
  'Lina Saar',
  'Viktor Hahn',
  'Ebba Falk',
];
const LINES = [
  'Data engineer at Nordvik Labs | Open source',
  'Product designer · Calm interfaces',
  'Backend developer @ Skogby Verk',
  'Engineering manager | Mentor | Runner',
  'Platform engineer at Havbris AS | Kubernetes',
  'Site reliability engineer | Ex-Fjordline',
  'Researcher in distributed systems',
  'Software engineer at Tallbo Pay | Payments',
  'Frontend developer · Accessibility first',
  'Technology, Information and Internet',
  'Community for people who build tools',
  'A note about what we learned this week.',
  'Three things I would tell my younger self about code review.',
  'We are hiring in Umeå and remotely.',
  'Thank you all for the kind words!',
  'Machine learning engineer at Lysekil Data',
];
const COMPANIES = [
  'Nordvik Labs',
  'Skogby Verk',
  'Havbris AS',
  'Fjordline Data',
  'Kvarnby Robotics',
  'Lysekil Data',
  'Tallbo Pay',
  'Brännö Labs',
];

// Interface text LinkedIn shows everyone, kept as it is (all the rest is replaced).
const INTERFACE_TEXT = new Set([
  '0 notifications',
  'Skip to main content',
  'Home',
  'My Network',
  'Jobs',
  'Messaging',
  'Notifications',
  'Me',
  'For Business',
  'Reactivate Premium: 50% Off',
  'More',
  'Message',
  'Connect',
  'Follow',
  '· 1st',
  '· 2nd',
  '· 3rd',
  '· 3rd+',
  '·',
  'Contact info',
  'About',
  'Top skills',
  'Activity',
  'Show all',
  'Ad Options',
  'Why am I seeing this ad?',
  'Manage your ad preferences',
  'Hide or report this ad',
  'I don’t want to see this ad in my feed',
  'Don’t want to see this',
  'Tell us why you don’t want to see this',
  'Your feedback will help us improve your experience',
  'It’s annoying or not interesting',
  'I’ve seen the same ad too often',
  'If you think this goes against our Professional Community Policies, please let us know.',
  'Report this ad',
  'Submit',
  'More profiles for you',
  'Explore Premium profiles',
  'People you may know',
  'You might like',
  'Pages for you',
  'Accessibility',
  'Talent Solutions',
  'Community Guidelines',
  'Careers',
  'Marketing Solutions',
  'Privacy & Terms',
  'Ad Choices',
  'Advertising',
  'Sales Solutions',
  'Mobile',
  'Small Business',
  'Safety Center',
  'LinkedIn Corporation © 2026',
  'Questions?',
  'Visit our Help Center.',
  'Manage your account and privacy',
  'Go to your Settings.',
  'Recommendation transparency',
  'Learn more about Recommended Content.',
  'Select language',
  '…',
  'more',
  'Like',
  'Comment',
  'Repost',
  'Send',
  'Posts',
  'Comments',
  'Images',
  'Videos',
  'Documents',
  'Edited',
  'Following',
  'Premium',
  'Verified',
  'Show all posts',
  'Show more',
  'Show less',
  'Dismiss',
  'Next',
  'Previous',
  'connections',
  'followers',
  'reactions',
  'reaction',
  'comments',
  'comment',
  'reposts',
  'repost',
  'Services',
  'Featured',
]);
const INTERFACE_LABELS = new Set([
  '',
  'Visibility: Global',
  'Verified',
  'Reaction button state: no reaction',
  'Open reactions menu',
  'Premium',
  'Dismiss',
  'Why am I seeing this ad?',
  'Skip navigation menu',
  'Show all',
  'Show all people you may know',
  'Show all more profiles for you',
  'Profile photo',
  'Notifications, 0 new notifications',
  'My Network, 0 new notifications',
  'More',
  'Messaging, 0 new notifications',
  'LinkedIn',
  'Jobs, 0 new notifications',
  'Home, 1 new notification',
  'Hide or report this ad',
  'For Business',
  'Cover photo',
  'Close jump menu',
  'Show top skills',
  'Next',
  'Previous',
  'advertisement',
  'Search',
  'View image',
  'View celebration image',
  'Like',
  'Comment',
  'Repost',
  'Send',
  'Primary Navigation',
]);
const INTERFACE_PATTERNS = [/^and \d+ other mutual connections?$/, /^\d[\d,]*\+? connections$/, /^\d+[wdhmy]o? • (?:Edited •)?$/];
// The language list in the footer ("Deutsch (German)") is interface text in every language.
const isLanguageName = (text) => /^\S.* \((?:[A-Z][a-z]+)(?: \([A-Z][a-z]+\))?\)$/.test(text) && text.length < 40;

/** Interface words in the three other languages the fixtures use. */
const TRANSLATIONS = {
  de: {
    Home: 'Startseite',
    'My Network': 'Mein Netzwerk',
    Jobs: 'Jobs',
    Messaging: 'Nachrichten',
    Notifications: 'Mitteilungen',
    Me: 'Ich',
    More: 'Mehr',
    Message: 'Nachricht',
    Connect: 'Vernetzen',
    Follow: 'Folgen',
    '· 1st': '· 1.',
    '· 2nd': '· 2.',
    '· 3rd': '· 3.',
    '· 3rd+': '· 3.+',
    'Contact info': 'Kontaktinfo',
    About: 'Info',
    Activity: 'Aktivitäten',
    'Show all': 'Alle anzeigen',
    'More profiles for you': 'Weitere Profile für Sie',
    'People you may know': 'Personen, die Sie kennen könnten',
    'Top skills': 'Top-Kenntnisse',
    Experience: 'Berufserfahrung',
    Education: 'Ausbildung',
    connections: 'Kontakte',
  },
  ru: {
    Home: 'Главная',
    'My Network': 'Сеть',
    Jobs: 'Вакансии',
    Messaging: 'Сообщения',
    Notifications: 'Уведомления',
    Me: 'Я',
    More: 'Ещё',
    Message: 'Сообщение',
    Connect: 'Установить контакт',
    Follow: 'Отслеживать',
    '· 1st': '· 1-й',
    '· 2nd': '· 2-й',
    '· 3rd': '· 3-й',
    '· 3rd+': '· 3-й+',
    'Contact info': 'Контактные сведения',
    About: 'Общие сведения',
    Activity: 'Активность',
    'Show all': 'Показать все',
    'More profiles for you': 'Другие профили для вас',
    'People you may know': 'Возможно, вы знаете',
    'Top skills': 'Основные навыки',
    Experience: 'Опыт работы',
    Education: 'Образование',
    connections: 'контактов',
  },
  ja: {
    Home: 'ホーム',
    'My Network': 'ネットワーク',
    Jobs: '求人',
    Messaging: 'メッセージ',
    Notifications: 'お知らせ',
    Me: 'ユーザー',
    More: 'その他',
    Message: 'メッセージ',
    Connect: 'つながりを申請',
    Follow: 'フォロー',
    '· 1st': '· 1次',
    '· 2nd': '· 2次',
    '· 3rd': '· 3次',
    '· 3rd+': '· 3次+',
    'Contact info': '連絡先情報',
    About: '概要',
    Activity: 'アクティビティ',
    'Show all': 'すべて表示',
    'More profiles for you': 'その他のおすすめ',
    'People you may know': '知り合いかも',
    'Top skills': 'トップスキル',
    Experience: '職歴',
    Education: '学歴',
    connections: 'つながり',
  },
};

// --- Deterministic replacement ------------------------------------------------------------

const hash = (text) => createHash('sha256').update(text).digest();
const pick = (list, key) => list[hash(key).readUInt32BE(0) % list.length];
const hex = (key, length) => hash(key).toString('hex').slice(0, length);
const slugify = (name) =>
  name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/** Everything identifying in one real page, and what replaces it. */
class Scrubber {
  constructor(owner) {
    this.names = new Map(); // real name → fictional name
    this.slugs = new Map([[owner.realSlug, owner.slug]]);
    this.urns = new Map([[owner.realUrn, owner.urn]]);
    // The owner's name as labels and lines shorten it: "<first> <middle>’s verifications",
    // "From <first>'s school", a lone surname.
    this.words = new Map();
    const realWords = owner.realName.split(' ');
    const [first, ...rest] = owner.name.split(' ');
    const last = rest.join(' ') || first;
    this.words.set(owner.realName, owner.name);
    for (let k = realWords.length - 1; k >= 1; k--) this.words.set(realWords.slice(0, k).join(' '), first);
    realWords.forEach((word, i) => {
      if (word.length >= 3 && !this.words.has(word)) this.words.set(word, i === realWords.length - 1 ? last : first);
    });
    this.names.set(owner.realName, owner.name);
    this.used = new Set([owner.name]);
    this.lineCount = 0;
    this.originals = new Set(); // every text the real page had that was replaced
  }

  name(real) {
    const key = real.trim();
    if (!this.names.has(key)) {
      const start = PEOPLE.indexOf(pick(PEOPLE, key));
      const free = PEOPLE.map((_, i) => PEOPLE[(start + i) % PEOPLE.length]).find((name) => !this.used.has(name));
      // More people than names: a middle initial keeps them apart.
      const fictional = free ?? `${pick(PEOPLE, key).replace(' ', ` ${String.fromCharCode(65 + (this.used.size % 26))}. `)}`;
      this.used.add(fictional);
      this.names.set(key, fictional);
    }
    return this.names.get(key);
  }

  slug(real) {
    if (!this.slugs.has(real)) this.slugs.set(real, `${slugify(pick(PEOPLE, real))}-${hex(real, 6)}`);
    return this.slugs.get(real);
  }

  urn(real) {
    if (!this.urns.has(real)) this.urns.set(real, `ACoAAFict${hex(real, 28)}`);
    return this.urns.get(real);
  }

  /** A string with the owner's and every known person's name replaced. */
  names_in(text) {
    let out = text;
    const known = [...this.words, ...this.names].sort((a, b) => b[0].length - a[0].length);
    for (const [real, fictional] of known) {
      if (real.length < 2) continue;
      const word = new RegExp(`(?<![\\p{L}\\p{N}])${real.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'gu');
      out = out.replace(word, fictional);
    }
    return out;
  }

  ids_in(text) {
    return text
      .replace(/ACoAA[A-Za-z0-9_-]{34}/g, (urn) => this.urn(urn))
      .replace(/\d{10,}/g, (digits) => String(1700000000000 + (hash(digits).readUInt32BE(0) % 999999)).slice(0, digits.length));
  }

  line(real) {
    if (/^[\d\s.,+·•|!?:;()&-]*$/.test(real)) return real;
    const counted = /^([\d,.]+)(\s+\S.*)$/.exec(real); // "83,047 followers", "5 reactions"
    if (counted && INTERFACE_TEXT.has(counted[2].trim())) {
      const digits = `${hash(real).toString().replace(/\D/g, '')}123456789`;
      let i = 0;
      let number = counted[1].replace(/\d/g, () => digits[i++ % digits.length]).replace(/^0/, '7');
      if (number === counted[1]) number = number.replace(/^\d/, (d) => String((Number(d) % 9) + 1));
      return `${number}${counted[2]}`;
    }
    this.lineCount++;
    return pick(LINES, `${real}#${this.lineCount}`);
  }

  media(url) {
    return url.replace(
      /https:\/\/media\.licdn\.com\/dms\/image\/v2\/([^/]+)\/([^/]+)\/[^\s,]*/g,
      (_, id, kind) => `https://media.licdn.com/dms/image/v2/F1ct${hex(id, 12)}/${kind}/0/1700000000000?e=1790000000&v=beta&t=fictional`,
    );
  }

  href(value, base) {
    if (/^mailto:/i.test(value)) return 'mailto:hello@example.com';
    let url;
    try {
      url = new URL(value, base);
    } catch {
      return '#';
    }
    if (url.hostname.endsWith('licdn.com')) return this.media(value);
    if (!url.hostname.endsWith('linkedin.com')) return 'https://example.com/';
    const parts = url.pathname.split('/');
    if (parts[1] === 'in' && parts[2]) parts[2] = this.slug(decodeURIComponent(parts[2]).toLowerCase());
    if (['company', 'school', 'showcase'].includes(parts[1]) && parts[2]) parts[2] = slugify(pick(COMPANIES, parts[2]));
    const path = this.ids_in(parts.join('/'));
    const query = new URLSearchParams();
    for (const [key, raw] of url.searchParams) {
      if (key === 'vanityName') query.set(key, this.slug(raw.toLowerCase()));
      else if (key === 'profileUrn' || key === 'origin') query.set(key, this.ids_in(raw));
    }
    const search = query.size ? `?${query}` : '';
    const relative = !/^https?:/i.test(value);
    return relative ? `${path}${search}` : `${url.origin}${path}${search}`;
  }

  label(value) {
    if (INTERFACE_LABELS.has(value.trim())) return value;
    const named = this.names_in(value);
    if (named !== value) return named;
    // "Invite X to connect", "Message X", "View X’s profile": a person only the label names.
    const person =
      /^(Invite |Message |View |Open control menu for post by |Manage notifications about )(.+?)( to connect|’s profile|’s verifications|\s*)$/.exec(
        value,
      );
    if (person) return `${person[1]}${this.name(person[2])}${person[3]}`;
    return pick(LINES, value);
  }
}

// --- Reading a real page ------------------------------------------------------------------

function parse(html, url) {
  return new JSDOM(html, { url, virtualConsole: new VirtualConsole() }).window.document;
}

/** The real owner: whose top card the page is (the names are read, never written here). */
function readRealOwner(doc) {
  const card = doc.querySelector('[componentkey$="Topcard"]');
  const contact = card.querySelector('a[href*="/overlay/contact-info"]').getAttribute('href');
  return {
    realName: card.querySelector('h2').textContent.trim(),
    realSlug: decodeURIComponent(new URL(contact).pathname.split('/')[2]).toLowerCase(),
    realUrn: /ref(.+)Topcard$/.exec(card.getAttribute('componentkey'))[1],
  };
}

const KEEP_ATTRIBUTES = new Set([
  'class',
  'style',
  'role',
  'tabindex',
  'type',
  'width',
  'height',
  'viewBox',
  'fill',
  'xmlns',
  'aria-hidden',
  'aria-expanded',
  'aria-haspopup',
  'aria-disabled',
  'aria-live',
  'aria-atomic',
  'aria-checked',
  'aria-autocomplete',
  'aria-roledescription',
  'data-display-contents',
  'data-testid',
  'data-sdui-screen',
  'data-sdui-component',
  'data-token-id',
  'data-supported-dps',
  'data-loaded',
  'data-rtl',
  'data-rtl-ignore',
  'data-strictmode',
  'data-rehydrated',
  'data-expanded',
  'data-component-type',
  'data-color-scheme',
  'fetchpriority',
  'sizes',
  'imagesizes',
  'target',
  'dir',
  'lang',
  'translate',
  'display',
  'rel',
  'as',
  'charset',
  'name',
  'http-equiv',
  'for',
  'scrolling',
  'referrerpolicy',
  'allow',
  'selected',
  'disabled',
  'autocomplete',
  'opacity',
  'stroke',
  'stroke-width',
  'stroke-linejoin',
  'stroke-linecap',
  'fill-rule',
  'clip-path',
  'cx',
  'cy',
  'r',
  'id',
  'triggers',
  'category',
  'data-sanitizer',
  'value',
  'content',
]);

/** The real page with everything identifying replaced; the owner becomes `owner`. */
function scrub(realHtml, realUrl, owner) {
  const doc = parse(realHtml, realUrl);
  const real = readRealOwner(doc);
  Object.assign(owner, real);
  const s = new Scrubber(owner);

  for (const el of doc.querySelectorAll('script')) el.remove();
  for (const el of doc.querySelectorAll('style')) el.textContent = '';
  for (const el of doc.querySelectorAll('svg')) el.replaceChildren();
  for (const el of doc.querySelectorAll('meta[name="como-t"], meta[name="como-err"]')) el.remove();

  // Names first, so that labels and other lines that repeat them read the same fictional one.
  for (const link of doc.querySelectorAll('a[href*="/in/"]')) {
    const first = [...link.querySelectorAll('p, span, strong, h2, h3')].find((el) => el.children.length === 0 && el.textContent.trim());
    const text = (first ?? link).textContent.trim();
    if (text && text.length < 60 && !INTERFACE_TEXT.has(text) && /^\p{L}[\p{L}\p{M} .'’()-]*$/u.test(text)) s.name(text);
  }
  for (const strong of doc.querySelectorAll('strong')) if (strong.textContent.trim()) s.name(strong.textContent.trim());

  const walker = doc.createTreeWalker(doc.documentElement, 4);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.nodeValue;
    const trimmed = text.trim();
    if (!trimmed || INTERFACE_TEXT.has(trimmed) || isLanguageName(trimmed) || INTERFACE_PATTERNS.some((re) => re.test(trimmed))) continue;
    if (trimmed.length >= 6) s.originals.add(trimmed);
    const named = s.names_in(text);
    // A short line that names someone ("Saga has no recent posts") keeps its shape; a post
    // that does is replaced whole, like every other post.
    if (named !== text && trimmed.length <= 60) node.nodeValue = named;
    else if (s.names.has(trimmed)) node.nodeValue = s.names.get(trimmed);
    else node.nodeValue = s.line(trimmed);
  }

  for (const el of doc.querySelectorAll('*')) {
    for (const { name, value } of [...el.attributes]) {
      if (name === 'd' || name === 'nonce') el.removeAttribute(name);
      else if (name === 'href') el.setAttribute(name, s.href(value, realUrl));
      else if (name === 'src' || name === 'srcset' || name === 'imagesrcset')
        el.setAttribute(name, value.startsWith('http') ? s.media(value) : value);
      else if (name === 'componentkey') {
        let key = s.ids_in(value);
        for (const [realSlug, slug] of s.slugs) key = key.split(realSlug).join(slug);
        el.setAttribute(name, key);
      } else if (name === 'aria-label' || name === 'alt' || name === 'title' || name === 'placeholder')
        el.setAttribute(name, s.label(value));
      else if (name === 'content' && el.tagName === 'META' && !/^(?:width=|require-trusted|script-src|\[\]|d_flagship)/.test(value))
        el.removeAttribute(name);
      else if (!KEEP_ATTRIBUTES.has(name)) el.removeAttribute(name);
    }
  }
  return { doc, scrubber: s };
}

/** Fails when anything of the real pages is left: a text it had, a name, a profile
 * address, a member id, an image id. */
function assertNothingReal(html, scrubber, file) {
  const doc = parse(html, 'https://www.linkedin.com/');
  const texts = [];
  const walker = doc.createTreeWalker(doc.documentElement, 4);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) texts.push(node.nodeValue);
  for (const el of doc.querySelectorAll('*')) for (const { value } of el.attributes) texts.push(value);
  const all = texts.join('\n').toLowerCase();
  const fictional = [...PEOPLE, ...LINES, ...COMPANIES].join(' ').toLowerCase();
  // Counts ("35 reactions") are nobody's data, and short ones recur by chance.
  const isCount = (text) => /^[\d,.]+\s+\S+$/.test(text);
  const tokens = new Set([...scrubber.originals].filter((text) => !isCount(text) && !fictional.includes(text.toLowerCase())));
  for (const real of [...scrubber.names.keys(), ...scrubber.words.keys()]) {
    for (const word of real.split(/[\s.,()]+/)) {
      if (word.length >= 4 && !INTERFACE_TEXT.has(word) && !fictional.includes(word.toLowerCase())) tokens.add(word);
    }
  }
  for (const real of [...scrubber.slugs.keys(), ...scrubber.urns.keys()]) tokens.add(real);
  const found = [...tokens].filter((token) => all.includes(token.toLowerCase()));
  found.push(...(all.match(/dms\/image\/v2\/(?!f1ct)[^/"]+/g) ?? []));
  if (found.length) throw new Error(`${file}: real data left in the page: ${[...new Set(found)].slice(0, 20).join(' | ')}`);
}

// --- Building a fixture's owner and shape ------------------------------------------------

const cls = (doc, selector) => doc.querySelector(selector)?.getAttribute('class') ?? '';

function setText(el, text) {
  if (el) el.textContent = text;
}

function retag(el, tag) {
  const next = el.ownerDocument.createElement(tag);
  for (const { name, value } of el.attributes) next.setAttribute(name, value);
  next.append(...el.childNodes);
  el.replaceWith(next);
  return next;
}

/** The top card as the spec says: name, headline, "Company · School", location, boxes. */
function writeTopCard(doc, spec) {
  const card = doc.querySelector('section[componentkey$="Topcard"]');
  let name = card.querySelector('h2');
  setText(name, spec.name);
  if (spec.nameTag && spec.nameTag !== 'h2') name = retag(name, spec.nameTag);
  const contact = card.querySelector('a[href*="/overlay/contact-info"]');
  const contactRow = contact.closest('div');
  const lines = [...card.querySelectorAll('p')].filter(
    (p) =>
      name.compareDocumentPosition(p) & 4 &&
      p.compareDocumentPosition(contactRow) & 4 &&
      !/^·/.test(p.textContent.trim()) &&
      !p.closest('a'),
  );
  const [headline, entityLine] = lines;
  setText(headline, spec.headline);
  const entities = spec.entities ?? [];
  if (entities.length) setText(entityLine, entities.join(' · '));
  else entityLine?.remove();
  setText(contactRow.querySelector('p'), spec.location);
  const boxes = [...card.querySelectorAll('[role="button"]')].filter((box) => box.querySelector('figure'));
  boxes.forEach((box, i) => {
    if (i < entities.length) setText(box.querySelector('p'), entities[i]);
    else box.remove();
  });
  if (spec.degree)
    for (const badge of [...card.querySelectorAll('p')].filter((p) => /^· \S/.test(p.textContent.trim()))) setText(badge, spec.degree);
  // The sticky header repeats name and headline (outside main).
  const toolbar = doc.querySelector('[role="toolbar"]');
  const toolbarLines = toolbar ? [...toolbar.querySelectorAll(`a[href*="/in/${spec.slug}/"] p`)] : [];
  setText(toolbarLines[0], spec.name);
  setText(toolbarLines[1], spec.headline);
  return card;
}

/** The Experience card, mounted where the page keeps a place for the cards below Activity,
 * in the markup idiom of the page's own cards (About's wrappers, the top card's boxes). */
function writeExperience(doc, spec, lang) {
  const t = (text) => TRANSLATIONS[lang]?.[text] ?? text;
  const about = doc.querySelector('section[componentkey$="About"]');
  const aboutWrapper = about.closest('div[componentkey$="About"]');
  const slot =
    doc.querySelector(`div[componentkey="profileCardsBelowActivityPart1${spec.slug}"] > div`) ??
    doc.querySelector(`div[componentkey="profileCardsBelowActivityPart1${spec.slug}"]`);
  const p = (text, className) => {
    const el = doc.createElement('p');
    el.setAttribute('class', className);
    el.textContent = text;
    return el;
  };
  const lineClass = cls(doc, 'section[componentkey$="Topcard"] p:not(:empty)');
  const entry = (key, lines, companySlug) => {
    const box = doc.createElement('div');
    box.setAttribute('componentkey', `entity-collection-item-${hex(key, 8)}`);
    box.setAttribute('class', cls(doc, 'section[componentkey$="Topcard"] [role="button"]'));
    const logo = doc.createElement('a');
    logo.setAttribute('tabindex', '0');
    logo.setAttribute('href', `https://www.linkedin.com/company/${companySlug}/`);
    const figure = doc.createElement('figure');
    figure.setAttribute('aria-hidden', 'true');
    const img = doc.createElement('img');
    img.setAttribute('alt', '');
    img.setAttribute(
      'src',
      `https://media.licdn.com/dms/image/v2/F1ct${hex(companySlug, 12)}/company-logo_100_100/0/1700000000000?e=1790000000&v=beta&t=fictional`,
    );
    figure.append(img);
    logo.append(figure);
    const text = doc.createElement('div');
    text.setAttribute('class', cls(doc, 'section[componentkey$="Topcard"] [role="button"] div'));
    text.append(...lines.map((line, i) => p(line, i === 0 ? lineClass : cls(doc, 'section[componentkey$="About"] p'))));
    box.append(logo, text);
    return box;
  };
  const wrapper = doc.createElement('div');
  wrapper.setAttribute('componentkey', `com.linkedin.sdui.profile.card.ref${spec.urn}Experience`);
  wrapper.setAttribute('class', aboutWrapper.getAttribute('class') ?? '');
  const contents = doc.createElement('div');
  contents.setAttribute('data-display-contents', 'true');
  const section = doc.createElement('section');
  section.setAttribute('componentkey', `com.linkedin.sdui.profile.card.ref${spec.urn}Experience`);
  section.setAttribute('class', about.getAttribute('class') ?? '');
  // About's heading row, without About's text beside it.
  const aboutHeading = about.querySelector('h2');
  let head = aboutHeading.parentElement.cloneNode(true);
  for (let up = aboutHeading.parentElement.parentElement; up && up !== about; up = up.parentElement) {
    const wrap = up.cloneNode(false);
    wrap.append(head);
    head = wrap;
  }
  head.querySelector('h2').textContent = t('Experience');
  const list = doc.createElement('div');
  spec.experience.forEach((item, i) => {
    const companySlug = slugify(item.company ?? item.group ?? 'company');
    if (i) {
      const hr = doc.createElement('hr');
      hr.setAttribute('role', 'presentation');
      list.append(hr);
    }
    if (item.roles) {
      // A company with several titles: its header, then one box per title.
      const group = entry(`${spec.slug}-${i}`, item.header, companySlug);
      const roles = doc.createElement('ul');
      roles.setAttribute('role', 'list');
      for (const [j, lines] of item.roles.entries()) {
        const li = doc.createElement('li');
        li.append(entry(`${spec.slug}-${i}-${j}`, lines, companySlug));
        roles.append(li);
      }
      group.querySelector('div').append(roles);
      list.append(group);
    } else {
      list.append(entry(`${spec.slug}-${i}`, item.lines, companySlug));
    }
  });
  const more = doc.createElement('a');
  more.setAttribute('href', `https://www.linkedin.com/in/${spec.slug}/details/experience/`);
  more.setAttribute('aria-label', t('Show all'));
  const moreText = doc.createElement('span');
  moreText.textContent = t('Show all');
  more.append(moreText);
  section.append(head, list, more);
  contents.append(section);
  wrapper.append(contents);
  slot.append(wrapper);
}

/** Hidden things in the top card, as LinkedIn's own page has them: another person's closed
 * hovercard between the name and the headline, a hidden duplicate line, an inert line. */
function writeTraps(doc, card) {
  const name = card.querySelector('h1, h2, p');
  const holder = name.closest('[aria-haspopup="dialog"]') ?? name.parentElement;
  const hovercard = doc.createElement('div');
  hovercard.setAttribute('popover', 'auto');
  hovercard.setAttribute('role', 'dialog');
  const other = doc.createElement('h2');
  other.textContent = 'Samir Haddad';
  const otherHeadline = doc.createElement('p');
  otherHeadline.textContent = 'Talent Partner at Skog & Co';
  hovercard.append(other, otherHeadline);
  holder.after(hovercard);
  const hidden = doc.createElement('p');
  hidden.setAttribute('aria-hidden', 'true');
  hidden.textContent = 'Recruiter at Skog & Co';
  hovercard.after(hidden);
  const inert = doc.createElement('p');
  inert.setAttribute('inert', '');
  inert.textContent = 'Stockholm, Sweden';
  hidden.after(inert);
}

function translateInterface(doc, lang) {
  const words = TRANSLATIONS[lang];
  if (!words) return;
  doc.documentElement.setAttribute('lang', lang);
  const walker = doc.createTreeWalker(doc.body, 4);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const trimmed = node.nodeValue.trim();
    if (words[trimmed]) node.nodeValue = node.nodeValue.replace(trimmed, words[trimmed]);
  }
  for (const el of doc.querySelectorAll('[aria-label]')) {
    const label = el.getAttribute('aria-label');
    if (words[label]) el.setAttribute('aria-label', words[label]);
  }
}

// --- The fixtures -------------------------------------------------------------------------

/** base: which real page's markup (1, 2 or 3, in file-name order). */
const SPECS = [
  {
    file: 'sdui-2026-saga-lindqvist.html',
    base: 2,
    name: 'Saga Lindqvist',
    slug: 'saga-lindqvist-5c1e2a',
    headline: 'Senior Software Engineer @ Tallbo Pay, Sweden',
    entities: ['Tallbo Pay AB', 'Lund University'],
    location: 'Lund, Skåne County, Sweden',
    note: 'name in an h2; Experience not mounted (top card only); role from the headline, which names the top card’s company',
  },
  {
    file: 'sdui-2026-jonas-aberg.html',
    base: 1,
    name: 'Jonas Åberg',
    slug: 'jonas-aberg-7d3f90',
    headline: 'Data platform lead at Fjordline Data | dbt, Kafka | Mentor',
    entities: ['Fjordline Data', 'KTH Royal Institute of Technology'],
    location: 'Stockholm, Stockholm County, Sweden',
    nameTag: 'p',
    title: 'Feed | LinkedIn',
    note: 'name in a p; a stale <title> ("Feed | LinkedIn") left by in-app navigation',
  },
  {
    file: 'sdui-2026-amira-haddad.html',
    base: 3,
    name: 'Amira Haddad',
    slug: 'amira-haddad-0b44e1',
    headline: 'Product Lead at Nordvik Labs | Ex-founder',
    entities: ['Kvarnby Robotics', 'Chalmers University of Technology'],
    location: 'Gothenburg, Västra Götaland County, Sweden',
    note: 'the top card’s current company differs from the headline’s "at X": no role taken from the headline',
  },
  {
    file: 'sdui-2026-hanna-leino.html',
    base: 2,
    name: 'Hanna Leino',
    slug: 'hanna-leino-3a8c27',
    headline: 'Learning designer | Calm classrooms, clear courses',
    entities: ['Kotka Learning Oy', 'University of Helsinki'],
    location: 'Helsinki, Uusimaa, Finland',
    traps: true,
    experience: [
      {
        group: 'Kotka Learning Oy',
        header: ['Kotka Learning Oy', 'Full-time · 4 yrs 2 mos'],
        roles: [
          ['Learning Designer · Full-time · Nov 2024 - Present · 1 yr 2 mos', 'Helsinki, Uusimaa, Finland · Hybrid'],
          ['Course Producer', 'Full-time', 'Oct 2021 - Nov 2024 · 3 yrs 2 mos', 'Helsinki, Finland'],
        ],
      },
      { company: 'Vantaa City', lines: ['Teacher', 'Vantaa City · Full-time', 'Aug 2015 - Sep 2021 · 6 yrs 2 mos', 'Vantaa, Finland'] },
    ],
    note: 'Experience mounted: titles grouped under a company header, "Role · Full-time · Nov 2024 - Present"; hidden traps in the top card',
  },
  {
    file: 'sdui-2026-mateo-ruiz-ferrer.html',
    base: 2,
    name: 'Mateo Ruiz Ferrer',
    slug: 'mateo-ruiz-ferrer-92b0d4',
    headline: 'Board member and advisor | Energy storage',
    entities: ['Norrfors Energi', 'Universidad de Sevilla'],
    location: 'Luleå, Norrbotten County, Sweden',
    experience: [
      {
        company: 'Havbris AS',
        lines: ['Chief Technology Officer', 'Havbris AS · Part-time', 'Jan 2023 - Present · 3 yrs', 'Oslo, Norway · Remote'],
      },
      { company: 'Norrfors Energi', lines: ['Board Member', 'Norrfors Energi', 'Mar 2021 - Present · 4 yrs 10 mos', 'Luleå, Sweden'] },
      { company: 'Skogby Verk', lines: ['Engineering Manager', 'Skogby Verk · Full-time', 'Jun 2015 - Feb 2021 · 5 yrs 9 mos'] },
    ],
    note: 'several current positions: the first current Experience entry wins over the top card’s company',
  },
  {
    file: 'sdui-2026-elin-dahl.html',
    base: 2,
    name: 'Elin Dahl',
    slug: 'elin-dahl-61f7c3',
    headline: 'Former CTO at Brännö Labs | Looking for my next role',
    entities: ['Uppsala University'],
    location: 'Uppsala, Uppsala County, Sweden',
    experience: [
      {
        company: 'Brännö Labs',
        lines: ['Chief Technology Officer', 'Brännö Labs · Full-time', 'Feb 2019 - Aug 2025 · 6 yrs 7 mos', 'Gothenburg, Sweden'],
      },
      { company: 'Kvarnby Robotics', lines: ['Software Engineer', 'Kvarnby Robotics', 'Sep 2014 - Jan 2019 · 4 yrs 5 mos'] },
    ],
    note: 'no current position: Experience mounted with past entries only, the top card shows only a school',
  },
  {
    file: 'sdui-2026-ola-nordmann.html',
    base: 2,
    name: '🌊 Ola Nordmann ⛵',
    slug: 'ola-nordmann-8e2b15',
    headline: 'Skipper and software developer',
    entities: ['Fjordline Data'],
    location: 'Bergen, Vestland, Norway',
    nameTag: 'h1',
    title: '(3) 🌊 Ola Nordmann ⛵ | LinkedIn',
    note: 'emoji in the name; a hashed h1 cohort; "(3) " in the title',
  },
  {
    file: 'sdui-2026-lukas-brenner-de.html',
    base: 2,
    lang: 'de',
    name: 'Lukas Brenner',
    slug: 'lukas-brenner-4d9a6e',
    headline: 'Softwarearchitekt | Cloud & Daten',
    entities: ['Kvarnby Robotics GmbH', 'Technische Universität München'],
    location: 'München, Bayern, Deutschland',
    experience: [
      {
        company: 'Kvarnby Robotics GmbH',
        lines: [
          'Softwarearchitekt',
          'Kvarnby Robotics GmbH · Vollzeit',
          'Apr. 2022 – Heute · 3 Jahre 9 Monate',
          'München, Bayern, Deutschland · Hybrid',
        ],
      },
      { company: 'Havbris AS', lines: ['Softwareentwickler', 'Havbris AS · Vollzeit', 'Sept. 2017 – März 2022 · 4 Jahre 7 Monate'] },
    ],
    note: 'German interface: "Heute" ends the current range, "Berufserfahrung" heads Experience',
  },
  {
    file: 'sdui-2026-irina-sokolova-ru.html',
    base: 2,
    lang: 'ru',
    name: 'Ирина Соколова',
    slug: 'irina-sokolova-2f6b81',
    headline: 'Аналитик данных | SQL, Python',
    entities: ['Норрфорс Энерги', 'Санкт-Петербургский государственный университет'],
    location: 'Санкт-Петербург, Россия',
    experience: [
      {
        group: 'Норрфорс Энерги',
        header: ['Норрфорс Энерги', 'Полный рабочий день · 5 лет 1 мес.'],
        roles: [
          ['Ведущий аналитик данных', 'Полный рабочий день', 'март 2023 г. – настоящее время · 2 г. 10 мес.', 'Санкт-Петербург, Россия'],
          ['Аналитик данных', 'Полный рабочий день', 'дек. 2020 г. – март 2023 г. · 2 г. 4 мес.'],
        ],
      },
    ],
    note: 'Russian interface: "настоящее время" ends the current range; titles grouped under a company',
  },
  {
    file: 'sdui-2026-sato-misaki-ja.html',
    base: 2,
    lang: 'ja',
    name: '佐藤 美咲',
    slug: 'misaki-sato-7a0c3d',
    headline: 'プロダクトマネージャー | 決済',
    entities: ['タルボ・ペイ株式会社', '東京大学'],
    location: '日本 東京都 渋谷区',
    experience: [
      {
        company: 'タルボ・ペイ株式会社',
        lines: ['プロダクトマネージャー', 'タルボ・ペイ株式会社 · 正社員', '2022年4月 - 現在 · 3年 9か月', '日本 東京都'],
      },
      { company: 'Nordvik Labs', lines: ['ソフトウェアエンジニア', 'Nordvik Labs · 正社員', '2018年4月 - 2022年3月 · 4年'] },
    ],
    note: 'Japanese interface: "現在" ends the current range, "職歴" heads Experience',
  },
];

/** Pages that are not a profile, in the same page's chrome: the feed, with the viewer's own
 * card in the left rail; people search. Their `main` is modeled (no real one was saved). */
const NOT_PROFILE_SPECS = [
  {
    file: 'sdui-2026-feed.html',
    base: 2,
    title: '(2) Feed | LinkedIn',
    screen: 'com.linkedin.sdui.flagshipnav.feed.Feed',
    people: [
      {
        name: 'Tove Lindgren',
        slug: 'tove-lindgren-00a1',
        lines: ['Career coach | Helping graduates find their field', 'Malmö, Sweden'],
        viewer: true,
      },
      {
        name: 'Rasmus Ek',
        slug: 'rasmus-ek-00b2',
        lines: ['Automation engineer at Skogby Verk', 'Three things I learned rebuilding a sawmill’s control system.'],
      },
      {
        name: 'Aino Virtanen',
        slug: 'aino-virtanen-00c3',
        lines: ['Data engineer at Nordvik Labs', 'We moved our nightly jobs to dbt. Ask me anything.'],
      },
    ],
  },
  {
    file: 'sdui-2026-people-search.html',
    base: 2,
    title: '“data engineer” | Search | LinkedIn',
    screen: 'com.linkedin.sdui.flagshipnav.search.SearchResultsPeople',
    people: [
      { name: 'Aino Virtanen', slug: 'aino-virtanen-00c3', lines: ['· 2nd', 'Data engineer at Nordvik Labs', 'Helsinki, Finland'] },
      { name: 'Kasper Holm', slug: 'kasper-holm-00d4', lines: ['· 3rd+', 'Data engineer @ Havbris AS', 'Oslo, Norway'] },
    ],
  },
];

function writeNotProfile(doc, spec) {
  doc.title = spec.title;
  doc.querySelector('[data-sdui-screen]')?.setAttribute('data-sdui-screen', spec.screen);
  doc.querySelector('[role="toolbar"]')?.remove();
  const main = doc.querySelector('main');
  const lineClass = cls(doc, 'section[componentkey$="Topcard"] p:not(:empty)');
  const card = (person, key) => {
    const section = doc.createElement('section');
    section.setAttribute('componentkey', key);
    const link = doc.createElement('a');
    link.setAttribute('href', `https://www.linkedin.com/in/${person.slug}/`);
    link.setAttribute('tabindex', '0');
    const name = doc.createElement('p');
    name.setAttribute('class', lineClass);
    name.textContent = person.name;
    link.append(name);
    section.append(link, ...person.lines.map((line) => Object.assign(doc.createElement('p'), { textContent: line })));
    return section;
  };
  main.replaceChildren(
    ...spec.people.map((person, i) => card(person, person.viewer ? 'feedLeftRailIdentityModule' : `${hex(person.slug, 8)}-${i}`)),
  );
}

function finish(doc, header) {
  return `<!DOCTYPE html>\n<!-- ${header} -->\n${doc.documentElement.outerHTML}\n`;
}

function main() {
  const check = process.argv.includes('--check');
  const bases = readdirSync(REAL_PAGES)
    .filter((file) => /^loggedin-2026-.*\.html$/.test(file))
    .sort();
  if (bases.length < 3) throw new Error(`expected three real 2026 pages in ${REAL_PAGES}`);
  const outputs = [];
  for (const spec of [...SPECS, ...NOT_PROFILE_SPECS]) {
    const realHtml = readFileSync(`${REAL_PAGES}${bases[spec.base - 1]}`, 'utf8');
    const realDoc = parse(realHtml, 'https://www.linkedin.com/');
    const real = readRealOwner(realDoc);
    const realUrl = `https://www.linkedin.com/in/${real.realSlug}/`;
    const owner = {
      name: spec.name ?? 'Tove Lindgren',
      slug: spec.slug ?? 'tove-lindgren-00a1',
      urn: `ACoAAFict${hex(spec.file, 16)}`,
    };
    const { doc, scrubber } = scrub(realHtml, realUrl, owner);
    let header;
    if (spec.people) {
      writeNotProfile(doc, spec);
      header = `Fictional people. Made by scripts/make-fixtures-2026.mjs: the chrome of a real 2026 logged-in page (base ${spec.base}), every text and identifier replaced; main modeled: ${spec.file.replace(/^sdui-2026-|\.html$/g, '')}.`;
    } else {
      doc.title = spec.title ?? `${spec.name} | LinkedIn`;
      const card = writeTopCard(doc, spec);
      if (spec.experience) writeExperience(doc, { ...spec, urn: owner.urn }, spec.lang);
      if (spec.traps) writeTraps(doc, card);
      translateInterface(doc, spec.lang);
      header = `Fictional person. Made by scripts/make-fixtures-2026.mjs from the markup of a real 2026 logged-in page (base ${spec.base}) with every text and identifier replaced. Shape: ${spec.note}.`;
    }
    const html = finish(doc, header);
    assertNothingReal(html, scrubber, spec.file);
    outputs.push([spec.file, html]);
  }
  let stale = 0;
  for (const [file, html] of outputs) {
    if (check) {
      let current = '';
      try {
        current = readFileSync(`${FIXTURES}${file}`, 'utf8');
      } catch {}
      if (current !== html) {
        stale++;
        process.stderr.write(`differs: test/fixtures/${file}\n`);
      }
    } else {
      writeFileSync(`${FIXTURES}${file}`, html);
      process.stdout.write(`wrote test/fixtures/${file} (${Math.round(html.length / 1024)} KB)\n`);
    }
  }
  if (stale) process.exit(1);
}

main();
