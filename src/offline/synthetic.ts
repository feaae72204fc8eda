/**
 * Deterministic synthetic workbooks for benchmarks and tests: CBOs, Advocacy, Partners, Lists,
 * a national-size Geography (25 provinces, ~200 districts, ~1,650 communes with made-up but
 * plausible names, not the gazetteer), Indicators and Settings. Same seed, same workbook.
 */
import { ADVOCACY, CBOS, GEOGRAPHY, headersOf, INDICATORS, LISTS, PARTNERS } from '../workbook/contract';
import type { Cell } from '../workbook/values';
import { toKhmerDigits } from '../workbook/values';

export interface SyntheticOptions {
  /** Number of CBO rows. */
  cbos: number;
  seed?: number;
  /** Share of CBO rows with one deliberate mistake (blank, unknown place, women > members...). */
  mistakeRate?: number;
  /** Advocacy rows per CBO row (default 0.2). */
  advocacyPerCbo?: number;
}

/** mulberry32: small, fast, deterministic. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYLLABLES = [
  'Kampong',
  'Prey',
  'Svay',
  'Chrey',
  'Toul',
  'Phnom',
  'Krang',
  'Boeng',
  'Srae',
  'Ta',
  'Kor',
  'Roka',
  'Thmei',
  'Chas',
  'Sla',
  'Pou',
  'Ream',
  'Veal',
  'Trapeang',
  'Spean',
  'Ang',
  'Kralanh',
  'Samraong',
  'Chamkar',
  'Leu',
  'Kandal',
  'Tboung',
  'Cheung',
  'Lech',
  'Kaeut',
  'Doung',
  'Rumduol',
  'Snuol',
  'Khsach',
];
const KHMER_SYLLABLES = ['កំពង់', 'ព្រៃ', 'ស្វាយ', 'ជ្រៃ', 'ទួល', 'ភ្នំ', 'ក្រាំង', 'បឹង', 'ស្រែ', 'តា', 'គោ', 'រកា'];

export const SECTORS = [
  'Agriculture',
  'Fisheries',
  'Forestry',
  'Women',
  'Youth',
  'Health',
  'Water',
  'Savings',
];
export const REGISTRATIONS = ['Registered', 'Not registered', 'In process'];
export const ISSUES = [
  'Land',
  'Water',
  'Forest',
  'Fisheries',
  'Roads',
  'Schools',
  'Health centre',
  'Markets',
  'Safety',
  'Migration',
];
export const ORGANISATION_TYPES = ['LNGO', 'INGO', 'CBO network', 'Government', 'Donor'];
export const PARTICIPANT_TYPES = ['CBO', 'LNGO', 'INGO', 'CCC', 'Government'];
export const REPORT_SECTIONS = ['Summary', 'Achievements', 'Challenges', 'Lessons learnt', 'Next steps'];
const AUTHORITIES = ['Commune council', 'District governor', 'Provincial department', 'Ministry'];
const LEVELS = ['Commune', 'District', 'Provincial', 'National'];
const GENDERS = ['Female', 'Male', 'Other'];
const FIRST_NAMES = [
  'Sokha',
  'Dara',
  'Sophea',
  'Vanna',
  'Srey',
  'Bopha',
  'Chenda',
  'Rithy',
  'Piseth',
  'Malis',
];
const LAST_NAMES = ['Chan', 'Sok', 'Keo', 'Lim', 'Heng', 'Mao', 'Phan', 'Noun', 'Ouk', 'Yim'];

export interface GeographyUnit {
  province: string;
  district: string;
  commune: string;
  code: string;
}

function pick<T>(rnd: () => number, items: readonly T[]): T {
  return items[Math.floor(rnd() * items.length)];
}

function uniqueName(rnd: () => number, used: Set<string>, parts: number): string {
  for (;;) {
    const name = Array.from({ length: parts }, () => pick(rnd, SYLLABLES)).join(' ');
    if (!used.has(name)) {
      used.add(name);
      return name;
    }
  }
}

/** 25 provinces, 8 districts each, 7 to 9 communes per district (about 1,650 communes). */
export function syntheticGeography(seed = 1): GeographyUnit[] {
  const rnd = random(seed);
  const used = new Set<string>();
  const units: GeographyUnit[] = [];
  for (let p = 1; p <= 25; p++) {
    const province = uniqueName(rnd, used, 2);
    for (let d = 1; d <= 8; d++) {
      const district = uniqueName(rnd, used, 2);
      const communes = 7 + Math.floor(rnd() * 3) + (d % 3 === 0 ? 1 : 0);
      for (let c = 1; c <= communes; c++) {
        const commune = uniqueName(rnd, used, 3);
        const code = `${String(p).padStart(2, '0')}${String(d).padStart(2, '0')}${String(c).padStart(2, '0')}`;
        units.push({ province, district, commune, code });
      }
    }
  }
  return units;
}

function khmerName(rnd: () => number): string {
  return `${pick(rnd, KHMER_SYLLABLES)}${pick(rnd, KHMER_SYLLABLES)}`;
}

/** Sheets of a synthetic workbook, first row = contract headers. Dates are UTC midnights. */
export function syntheticWorkbook(options: SyntheticOptions): Record<string, Cell[][]> {
  const rnd = random(options.seed ?? 42);
  const mistakeRate = options.mistakeRate ?? 0.02;
  const geography = syntheticGeography();
  const partners = Array.from(
    { length: 20 },
    (_, i) => `Partner ${String.fromCharCode(65 + i)} Organisation`,
  );

  const geographySheet: Cell[][] = [
    headersOf(GEOGRAPHY),
    ...geography.map((u, i) => [
      u.province,
      u.district,
      u.commune,
      '',
      '',
      '',
      u.code,
      i % 5 === 0 ? 'Yes' : 'No',
    ]),
  ];

  const listsWidth = Math.max(SECTORS.length, ISSUES.length, REGISTRATIONS.length, ORGANISATION_TYPES.length);
  const lists: Cell[][] = [headersOf(LISTS)];
  for (let i = 0; i < listsWidth; i++) {
    lists.push([
      SECTORS[i] ?? '',
      REGISTRATIONS[i] ?? '',
      ISSUES[i] ?? '',
      ORGANISATION_TYPES[i] ?? '',
      PARTICIPANT_TYPES[i] ?? '',
      REPORT_SECTIONS[i] ?? '',
    ]);
  }

  const cbos: Cell[][] = [headersOf(CBOS)];
  const ids: string[] = [];
  for (let i = 1; i <= options.cbos; i++) {
    const unit = pick(rnd, geography);
    const members = 5 + Math.floor(rnd() * 60);
    const women = Math.floor(members * rnd());
    const target = rnd() < 0.15;
    const id = `CBO-${String(i).padStart(5, '0')}`;
    ids.push(id);
    const leader = `${pick(rnd, FIRST_NAMES)} ${pick(rnd, LAST_NAMES)}`;
    const row: Cell[] = [
      id,
      `${unit.commune} ${pick(rnd, SECTORS)} group`,
      `សហគមន៍${khmerName(rnd)} ${toKhmerDigits(String(i))}`,
      unit.province,
      unit.district,
      unit.commune,
      `${pick(rnd, SYLLABLES)} village`,
      pick(rnd, SECTORS),
      pick(rnd, REGISTRATIONS),
      1990 + Math.floor(rnd() * 35),
      members,
      women,
      Math.floor(members * rnd() * 0.5),
      leader,
      pick(rnd, GENDERS.slice(0, 2)),
      `0${12 + Math.floor(rnd() * 80)} ${100 + Math.floor(rnd() * 900)} ${100 + Math.floor(rnd() * 900)}`,
      rnd() < 0.3 ? `cbo${i}@example.org` : '',
      pick(rnd, partners),
      target ? 'Yes' : 'No',
      target && rnd() < 0.8 ? 'Yes' : 'No',
      new Date(Date.UTC(2017 + Math.floor(rnd() * 4), Math.floor(rnd() * 12), 1 + Math.floor(rnd() * 28))),
      '',
    ];
    if (rnd() < mistakeRate) {
      const kind = Math.floor(rnd() * 4);
      if (kind === 0) row[1] = '';
      else if (kind === 1) row[3] = `${unit.province}x`;
      else if (kind === 2) row[11] = members + 5;
      else row[20] = '31/02/2019';
    }
    cbos.push(row);
  }

  const advocacy: Cell[][] = [headersOf(ADVOCACY)];
  const actions = Math.round(options.cbos * (options.advocacyPerCbo ?? 0.2));
  for (let i = 0; i < actions && ids.length; i++) {
    advocacy.push([
      pick(rnd, ids),
      new Date(Date.UTC(2019 + Math.floor(rnd() * 3), Math.floor(rnd() * 12), 1 + Math.floor(rnd() * 28))),
      pick(rnd, LEVELS),
      pick(rnd, AUTHORITIES),
      pick(rnd, ISSUES),
      rnd() < 0.5 ? 'Commitment obtained' : '',
    ]);
  }

  const partnerSheet: Cell[][] = [
    headersOf(PARTNERS),
    ...partners.map((name, i) => [
      name,
      ORGANISATION_TYPES[i % ORGANISATION_TYPES.length],
      `${FIRST_NAMES[i % 10]} ${LAST_NAMES[(i * 3) % 10]}`,
      `contact${i + 1}@partner${i + 1}.example.org`,
      new Date(Date.UTC(2019, i % 12, 1)),
      new Date(Date.UTC(2022, i % 12, 28)),
      'Handover to the CBO network',
      i % 3 === 0 ? 'Yes' : 'No',
    ]),
  ];

  const indicators: Cell[][] = [
    headersOf(INDICATORS),
    ['IND-1', 'CBOs mapped', 'count', 'CBOs', '', '', '', '', 'Province', '', '', 0, options.cbos, ''],
    [
      'IND-2',
      'Target CBOs supported to produce advocacy plans',
      'count',
      'CBOs',
      '[Target] = "Yes" and [Advocacy plan] = "Yes"',
      '',
      '',
      '',
      '',
      '',
      '',
      0,
      '',
      '',
    ],
    [
      'IND-3',
      'Share of target CBOs that advocated',
      'percent',
      'CBOs',
      '[Target] = "Yes" and has Advocacy',
      '[Target] = "Yes"',
      '',
      '',
      '',
      '',
      '',
      '',
      20,
      2,
    ],
    ['IND-4', 'Women members', 'sum', 'CBOs', '', '', 'Women members', '', 'Sector', '', '', '', '', ''],
  ];

  const settings: Cell[][] = [
    ['Setting', 'Value'],
    ['Organisation', 'Synthetic NGO'],
    ['Language', 'en'],
    ['Time zone', 'Asia/Phnom_Penh'],
  ];

  return {
    CBOs: cbos,
    Advocacy: advocacy,
    Partners: partnerSheet,
    Geography: geographySheet,
    Lists: lists,
    Indicators: indicators,
    Settings: settings,
  };
}
