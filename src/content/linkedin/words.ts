// LinkedIn's interface words in the languages members use it in: what ends a current
// date range ("Jan 2020 – Present") and the names of the profile's sections. The page's
// text is in the member's interface language, so extraction never compares with English
// alone. Employment types ("Kvarnby · Vollzeit") are learned from the page itself
// (experience.ts), which works in any language.
// One row per language; test/unit/content/linkedin/words.test.ts checks that every row is
// complete. Matching ignores case and accents' composed/decomposed forms.

export type SectionKind = 'about' | 'featured' | 'activity' | 'experience' | 'education' | 'interests';

export interface InterfaceWords {
  /** Shown in place of an end date: "Nov 2024 – Present". */
  present: readonly string[];
  /** Each section's heading (an `h2` on the profile). */
  sections: Readonly<Record<SectionKind, readonly string[]>>;
}

export const INTERFACE_WORDS = {
  en: {
    present: ['Present'],
    sections: {
      about: ['About'],
      featured: ['Featured'],
      activity: ['Activity'],
      experience: ['Experience'],
      education: ['Education'],
      interests: ['Interests'],
    },
  },
  de: {
    present: ['Heute'],
    sections: {
      about: ['Info'],
      featured: ['Im Fokus'],
      activity: ['Aktivitäten'],
      experience: ['Berufserfahrung', 'Erfahrung'],
      education: ['Ausbildung'],
      interests: ['Interessen'],
    },
  },
  fr: {
    present: ['aujourd’hui', "aujourd'hui", 'présent'],
    sections: {
      about: ['Infos', 'À propos'],
      featured: ['Sélection'],
      activity: ['Activité'],
      experience: ['Expérience'],
      education: ['Formation'],
      interests: ['Centres d’intérêt', "Centres d'intérêt"],
    },
  },
  es: {
    present: ['actualidad', 'presente'],
    sections: {
      about: ['Acerca de'],
      featured: ['Destacado'],
      activity: ['Actividad'],
      experience: ['Experiencia'],
      education: ['Educación'],
      interests: ['Intereses'],
    },
  },
  pt: {
    present: ['o momento', 'presente'],
    sections: {
      about: ['Sobre'],
      featured: ['Destaques'],
      activity: ['Atividade'],
      experience: ['Experiência'],
      education: ['Formação acadêmica', 'Formação académica'],
      interests: ['Interesses'],
    },
  },
  it: {
    present: ['Presente', 'oggi'],
    sections: {
      about: ['Informazioni'],
      featured: ['In primo piano'],
      activity: ['Attività'],
      experience: ['Esperienza'],
      education: ['Formazione'],
      interests: ['Interessi'],
    },
  },
  nl: {
    present: ['heden'],
    sections: {
      about: ['Info'],
      featured: ['Uitgelicht'],
      activity: ['Activiteit'],
      experience: ['Ervaring'],
      education: ['Opleiding'],
      interests: ['Interesses'],
    },
  },
  sv: {
    present: ['nu', 'pågående'],
    sections: {
      about: ['Om'],
      featured: ['Utvalt'],
      activity: ['Aktivitet'],
      experience: ['Erfarenhet'],
      education: ['Utbildning'],
      interests: ['Intressen'],
    },
  },
  ru: {
    present: ['настоящее время', 'н.в.'],
    sections: {
      about: ['Общие сведения', 'О себе'],
      featured: ['Рекомендуемое'],
      activity: ['Активность'],
      experience: ['Опыт работы', 'Опыт'],
      education: ['Образование'],
      interests: ['Интересы'],
    },
  },
  pl: {
    present: ['obecnie'],
    sections: {
      about: ['Informacje'],
      featured: ['Polecane'],
      activity: ['Aktywność'],
      experience: ['Doświadczenie'],
      education: ['Wykształcenie'],
      interests: ['Zainteresowania'],
    },
  },
  tr: {
    present: ['Halen', 'Günümüz'],
    sections: {
      about: ['Hakkında'],
      featured: ['Öne çıkanlar'],
      activity: ['Aktivite'],
      experience: ['Deneyim'],
      education: ['Eğitim'],
      interests: ['İlgi Alanları'],
    },
  },
  hu: {
    present: ['jelenleg'],
    sections: {
      about: ['Névjegy'],
      featured: ['Kiemelt'],
      activity: ['Tevékenység'],
      experience: ['Tapasztalat'],
      education: ['Tanulmányok', 'Oktatás'],
      interests: ['Érdeklődési kör'],
    },
  },
  ja: {
    present: ['現在'],
    sections: {
      about: ['概要'],
      featured: ['注目'],
      activity: ['アクティビティ'],
      experience: ['職歴'],
      education: ['学歴'],
      interests: ['興味・関心'],
    },
  },
  zh: {
    present: ['至今', '现在'],
    sections: {
      about: ['关于'],
      featured: ['精选'],
      activity: ['动态'],
      experience: ['工作经历', '经历'],
      education: ['教育经历', '教育背景'],
      interests: ['兴趣'],
    },
  },
} as const satisfies Record<string, InterfaceWords>;

const ROWS: readonly InterfaceWords[] = Object.values(INTERFACE_WORDS);

/** Same text whatever its case, spacing or Unicode form. */
export function toWordKey(text: string): string {
  return text.normalize('NFC').toLocaleLowerCase('und').replace(/\s+/g, ' ').trim();
}

const toKeys = (words: Iterable<string>) => new Set([...words].map(toWordKey));

const SECTION_KEYS = Object.fromEntries(
  (['about', 'featured', 'activity', 'experience', 'education', 'interests'] as const).map((kind) => [
    kind,
    toKeys(ROWS.flatMap((row) => row.sections[kind])),
  ]),
) as Record<SectionKind, Set<string>>;
const ANY_SECTION_KEYS = new Set(Object.values(SECTION_KEYS).flatMap((keys) => [...keys]));
// LinkedIn's own English list; other languages' are learned from the page.
const EMPLOYMENT_TYPE_KEYS = toKeys([
  'Full-time',
  'Part-time',
  'Self-employed',
  'Freelance',
  'Contract',
  'Internship',
  'Apprenticeship',
  'Seasonal',
]);

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const PRESENT_WORDS = [...toKeys(ROWS.flatMap((row) => row.present))].sort((a, b) => b.length - a.length).map(escapeRegExp);

/** A year, then a dash (or the screen-reader "to") and a word meaning "now", as the last
 * thing before a separator: "Mar 2023 – Present", "2020年1月 - 現在", "янв. 2020 г. – настоящее
 * время", "Feb 2019 to Present". Not letters around the word: "nu" is not "Nuance". */
const CURRENT_RANGE = new RegExp(`\\d{4}[^·]*?(?:[-–—]|\\bto\\b)\\s*(?:${PRESENT_WORDS.join('|')})(?![\\p{L}\\p{N}])`, 'iu');

/** "Jan 2019 – Dec 2020", "2012 – 2017", or a current range. */
const ANY_RANGE = /\d{4}[^·]*?(?:[-–—]|\bto\b)\s*\S/u;

/** "Nov 2024 – Present · 1 yr 2 mos" and its translations. */
export function isCurrentRange(text: string): boolean {
  return CURRENT_RANGE.test(text.normalize('NFC'));
}

/** Any date range, current or past. */
export function isDateRange(text: string): boolean {
  return ANY_RANGE.test(text) && /\d{4}/.test(text);
}

// A unit is two letters or more ("yrs", "мес."), or one to three CJK characters ("年", "か月"):
// "3M" is a company.
const UNIT = String.raw`(?:[\p{L}.]{2,10}|[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]{1,3})`;
const DURATION = new RegExp(String.raw`^\d+\s*${UNIT}(?:\s+\d+\s*${UNIT})?$`, 'u');

/** "3 yrs 2 mos", "5 Jahre 2 Monate", "5年 2か月": one or two numbers each with a short
 * unit. "24 Hour Fitness" is not one (its second word has no number). */
export function isDuration(text: string): boolean {
  return DURATION.test(text.trim());
}

/** One of LinkedIn's English employment types. */
export function isEmploymentType(text: string): boolean {
  return EMPLOYMENT_TYPE_KEYS.has(toWordKey(text));
}

/** A profile section's heading in any of the languages, never a person's name. */
export function isSectionName(text: string, kind?: SectionKind): boolean {
  const key = toWordKey(text);
  return kind ? SECTION_KEYS[kind].has(key) : ANY_SECTION_KEYS.has(key);
}
