/**
 * The example's 621 CBOs and their advocacy actions, generated from a fixed seed: realistic
 * spreads of places, sectors, sizes and contacts, with the reference report's figures built in
 * (80 target CBOs, 63 of them with advocacy plans, 13 of them advocated).
 */
import {
  EXAMPLE_PROVINCES,
  type ExampleCommune,
  type ExampleDistrict,
  type ExampleProvince,
} from './geography';
import { ISSUES, type IssueKey, type Sector } from './lists';
import { day, type ExampleRow } from './model';
import { EXAMPLE_PARTNERS } from './partners';
import { Random } from './random';

export const CBO_COUNT = 621;
export const TARGET_PER_DISTRICT = 2;
export const TARGET_WITH_PLAN = 63;
export const NON_TARGET_WITH_PLAN = 9;
const SEED = 20201231;

export interface ExampleCbo {
  id: string;
  name: string;
  khmerName: string | null;
  province: ExampleProvince;
  district: ExampleDistrict;
  commune: ExampleCommune;
  village: string;
  sector: Sector;
  registration: string;
  yearEstablished: number | null;
  members: number;
  women: number | null;
  youth: number | null;
  leader: string | null;
  leaderGender: 'Female' | 'Male' | null;
  phone: string | null;
  email: string | null;
  partner: string;
  target: boolean;
  advocacyPlan: boolean;
  mappedOn: Date;
  notes: string | null;
}

export interface ExampleAction {
  cboId: string;
  date: Date;
  level: 'National' | 'Provincial' | 'District' | 'Commune';
  authority: string;
  issue: string;
  result: string | null;
}

const SECTOR_NAMES: Record<Sector, { english: string[]; khmer: string }> = {
  Agriculture: {
    english: ['{} Agricultural Cooperative', "{} Rice Farmers' Group", "{} Vegetable Growers' Community"],
    khmer: 'សហគមន៍កសិកម្ម',
  },
  Fisheries: { english: ['{} Community Fishery'], khmer: 'សហគមន៍នេសាទ' },
  Forestry: { english: ['{} Community Forestry'], khmer: 'សហគមន៍ព្រៃឈើ' },
  "Women's rights": { english: ["{} Women's Group", "{} Women's Voice Group"], khmer: 'ក្រុមស្ត្រី' },
  Youth: { english: ['{} Youth Group', '{} Youth Volunteers'], khmer: 'ក្រុមយុវជន' },
  Health: { english: ['{} Community Health Group'], khmer: 'ក្រុមសុខភាពសហគមន៍' },
  Education: { english: ['{} School Support Committee'], khmer: 'គណៈកម្មការទ្រទ្រង់សាលារៀន' },
  'Savings and credit': { english: ['{} Savings Group', "{} Women's Savings Group"], khmer: 'ក្រុមសន្សំប្រាក់' },
  'Land rights': { english: ['{} Land Rights Community'], khmer: 'សហគមន៍ការពារសិទ្ធិដីធ្លី' },
  'Water and sanitation': { english: ['{} Clean Water Committee'], khmer: 'គណៈកម្មការទឹកស្អាត' },
  'Older people': { english: ["{} Older People's Association"], khmer: 'សមាគមមនុស្សចាស់' },
  'Persons with disabilities': {
    english: ['{} Disabled People’s Self-Help Group'],
    khmer: 'ក្រុមជួយខ្លួនឯងជនពិការ',
  },
};

const RIVER_PROVINCES = ['06', '08', '10', '15', '21', '23'];
const FOREST_PROVINCES = ['01', '05', '06', '10', '15'];

function sectorWeights(province: ExampleProvince, district: ExampleDistrict): [Sector, number][] {
  if (district.type === 'Khan') {
    return [
      ["Women's rights", 4],
      ['Youth', 4],
      ['Savings and credit', 3],
      ['Health', 2],
      ['Land rights', 2],
      ['Education', 1],
      ['Water and sanitation', 1],
      ['Persons with disabilities', 1],
    ];
  }
  const weights: [Sector, number][] = [
    ['Agriculture', district.type === 'Krong' ? 2 : 6],
    ['Savings and credit', 3],
    ["Women's rights", 2],
    ['Youth', 2],
    ['Health', 1],
    ['Education', 1],
    ['Water and sanitation', 2],
    ['Land rights', 1],
    ['Older people', 1],
    ['Persons with disabilities', 0.5],
  ];
  if (RIVER_PROVINCES.includes(province.code)) weights.push(['Fisheries', 2]);
  if (FOREST_PROVINCES.includes(province.code)) weights.push(['Forestry', 2]);
  return weights;
}

/** [min, max] members by sector. */
const MEMBER_RANGE: Record<Sector, [number, number]> = {
  Agriculture: [20, 250],
  Fisheries: [30, 250],
  Forestry: [40, 250],
  "Women's rights": [10, 60],
  Youth: [8, 45],
  Health: [8, 30],
  Education: [8, 25],
  'Savings and credit': [12, 90],
  'Land rights': [20, 200],
  'Water and sanitation': [8, 40],
  'Older people': [15, 120],
  'Persons with disabilities': [8, 40],
};

const VILLAGE_FIRST = [
  'Trapeang',
  'Prey',
  'Kouk',
  'Tuol',
  'Ou',
  'Svay',
  'Chrey',
  'Thnal',
  'Boeng',
  'Srah',
  'Ta',
  'Kbal',
];
const VILLAGE_SECOND = [
  'Thmei',
  'Chas',
  'Kandal',
  'Khpos',
  'Veng',
  'Trach',
  'Run',
  'Ampil',
  'Snuol',
  'Kak',
  'Pring',
  'Sla',
];

const FAMILY = [
  'Sok',
  'Chan',
  'Kim',
  'Heng',
  'Ly',
  'Chea',
  'Keo',
  'Men',
  'Nget',
  'Pich',
  'Phan',
  'Prak',
  'Seng',
  'Som',
].concat([
  'Touch',
  'Vong',
  'Yim',
  'Chhim',
  'Mao',
  'Nhem',
  'Ros',
  'Sam',
  'Tep',
  'Ouk',
  'Meas',
  'Nou',
  'Khiev',
]);
const FEMALE = [
  'Sreymom',
  'Sophea',
  'Chanthou',
  'Sokha',
  'Bopha',
  'Channary',
  'Kunthea',
  'Malis',
  'Navy',
].concat(['Raksmey', 'Sothea', 'Sreyneang', 'Vanna', 'Sokunthea', 'Chenda', 'Thida', 'Sreyleak', 'Phalla']);
const MALE = [
  'Sokhom',
  'Vuthy',
  'Rithy',
  'Sambath',
  'Piseth',
  'Sovann',
  'Chantha',
  'Makara',
  'Samnang',
].concat(['Veasna', 'Bunthoeun', 'Kosal', 'Narith', 'Sopheak', 'Vibol', 'Dara', 'Sokheng', 'Pheakdey']);
const MOBILE_PREFIXES = [
  '012',
  '011',
  '017',
  '077',
  '085',
  '089',
  '092',
  '096',
  '097',
  '010',
  '015',
  '016',
  '070',
].concat(['081', '086', '087', '093', '098', '069', '061', '071', '088', '090', '066', '067', '068']);
const NOTES = [
  'Meets monthly at the pagoda',
  'Leader re-elected in 2020',
  'Many members work in Thailand part of the year',
  'Shares an office with the commune council',
  'Members also in the village savings group',
  'Needs support with bookkeeping',
];

function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[’']/g, '')
    .replace(/[^a-z0-9]+/g, '.')
    .replace(/^\.|\.$/g, '');
}

function phoneNumber(rng: Random): string {
  const prefix = rng.pick(MOBILE_PREFIXES);
  const rest = String(rng.int(0, 999999)).padStart(6, '0');
  if (rng.chance(0.2)) return `+855 ${prefix.slice(1)} ${rest.slice(0, 3)} ${rest.slice(3)}`;
  return `${prefix} ${rest.slice(0, 3)} ${rest.slice(3)}`;
}

function mappedOn(rng: Random): Date {
  const start = Date.UTC(2019, 2, 1);
  const end = Date.UTC(2020, 10, 30);
  const days = Math.round((end - start) / 86400000);
  return new Date(start + rng.int(0, days) * 86400000);
}

/** How many CBOs each of the 40 districts gets: at least 10, the rest by number of communes. */
function districtCounts(rng: Random, districts: ExampleDistrict[]): number[] {
  const counts = districts.map(() => 10);
  const weights = districts.map((d, i) => [i, d.communes.length] as const);
  for (let left = CBO_COUNT - counts.reduce((a, b) => a + b, 0); left > 0; left--)
    counts[rng.weighted(weights)]++;
  return counts;
}

function partnerFor(rng: Random, province: ExampleProvince): string {
  const local = EXAMPLE_PARTNERS.filter((p) => p.provinces.includes(province.code));
  const anywhere = EXAMPLE_PARTNERS.filter((p) => p.provinces.length === 0);
  return rng.chance(0.15) || local.length === 0 ? rng.pick(anywhere).name : rng.pick(local).name;
}

function makeCbo(
  rng: Random,
  id: string,
  province: ExampleProvince,
  district: ExampleDistrict,
  names: Set<string>,
): ExampleCbo {
  const commune = rng.pick(district.communes);
  const village =
    district.type === 'Khan'
      ? `Phum ${rng.int(1, 14)}`
      : `${rng.pick(VILLAGE_FIRST)} ${rng.pick(VILLAGE_SECOND)}`;
  const sector = rng.weighted(sectorWeights(province, district));
  const template = rng.pick(SECTOR_NAMES[sector].english);
  let name = template.replace('{}', commune.name);
  let khmerName: string | null = rng.chance(0.85) ? `${SECTOR_NAMES[sector].khmer}${commune.khmer}` : null;
  if (names.has(name)) {
    name = template.replace('{}', `${village}, ${commune.name}`);
    khmerName = null;
  }
  for (let n = 2; names.has(name); n++)
    name = `${template.replace('{}', `${village}, ${commune.name}`)} ${n}`;
  names.add(name);

  const registration = rng.weighted(
    sector === 'Agriculture' || sector === 'Fisheries' || sector === 'Forestry'
      ? [
          ['Registered with Ministry of Agriculture', 5],
          ['Registered with commune', 3],
          ['Not registered', 2],
        ]
      : [
          ['Registered with Ministry of Interior', 2],
          ['Registered with commune', 4],
          ['Not registered', 4],
        ],
  );
  const mapped = mappedOn(rng);
  const yearEstablished = rng.chance(0.92)
    ? Math.min(mapped.getUTCFullYear(), 1993 + Math.floor(28 * Math.sqrt(rng.next())))
    : null;
  const [min, max] = MEMBER_RANGE[sector];
  const members = min + Math.floor((max - min) * rng.next() ** 2);
  const womenShare =
    sector === "Women's rights"
      ? 1
      : sector === 'Savings and credit'
        ? 0.6 + 0.35 * rng.next()
        : 0.25 + 0.35 * rng.next();
  const women = rng.chance(0.9) ? Math.round(members * womenShare) : null;
  const youthShare = sector === 'Youth' ? 0.7 + 0.3 * rng.next() : 0.05 + 0.3 * rng.next();
  const youth = rng.chance(0.8) ? Math.round(members * youthShare) : null;
  const hasLeader = rng.chance(0.93);
  const female = sector === "Women's rights" || rng.chance(0.4);
  const leader = hasLeader ? `${rng.pick(FAMILY)} ${rng.pick(female ? FEMALE : MALE)}` : null;
  const phone = hasLeader && rng.chance(0.65) ? phoneNumber(rng) : null;
  const email = rng.chance(0.07) ? `${slug(name).slice(0, 40)}@example.org` : null;
  return {
    id,
    name,
    khmerName,
    province,
    district,
    commune,
    village,
    sector,
    registration,
    yearEstablished,
    members,
    women,
    youth,
    leader,
    leaderGender: leader ? (female ? 'Female' : 'Male') : null,
    phone,
    email,
    partner: partnerFor(rng, province),
    target: false,
    advocacyPlan: false,
    mappedOn: mapped,
    notes: rng.chance(0.05) ? rng.pick(NOTES) : null,
  };
}

type Plan = [IssueKey, ExampleAction['level'], year: number, month: number];

/** What each of the 13 advocating target CBOs did; the first is a Phnom Penh CBO. */
const ADVOCATE_PLANS: Plan[][] = [
  [
    ['streetVendors', 'District', 2019, 11],
    ['streetVendors', 'District', 2020, 2],
    ['streetVendors', 'Provincial', 2020, 6],
    ['covid', 'Provincial', 2020, 9],
  ],
  [
    ['accessToInformation', 'National', 2019, 12],
    ['accessToInformation', 'National', 2020, 1],
    ['accessToInformation', 'National', 2020, 8],
  ],
  [
    ['communePlanning', 'Commune', 2020, 3],
    ['communePlanning', 'Commune', 2020, 10],
  ],
  [
    ['healthCentres', 'District', 2020, 2],
    ['primarySchools', 'District', 2020, 7],
  ],
  [['policePosts', 'Commune', 2020, 6]],
  [['oneWindow', 'District', 2020, 7]],
  [
    ['districtServices', 'District', 2020, 5],
    ['oneWindow', 'District', 2020, 11],
  ],
  [['communeAdministrations', 'Commune', 2020, 8]],
  [['covid', 'Provincial', 2020, 5]],
  [
    ['communePlanning', 'Commune', 2019, 9],
    ['communePlanning', 'Commune', 2020, 2],
    ['communeAdministrations', 'Commune', 2020, 6],
    ['healthCentres', 'District', 2020, 10],
  ],
  [['primarySchools', 'District', 2020, 9]],
  [['oneWindow', 'District', 2020, 3]],
  [
    ['policePosts', 'Commune', 2020, 4],
    ['covid', 'Commune', 2020, 12],
  ],
];

/** Actions by CBOs that are not target CBOs: they must not count in the target indicators. */
const NON_TARGET_PLANS: Plan[] = [
  ['communePlanning', 'Commune', 2019, 6],
  ['primarySchools', 'District', 2020, 4],
  ['covid', 'Commune', 2020, 7],
  ['communeAdministrations', 'Commune', 2019, 10],
  ['oneWindow', 'District', 2020, 9],
];

const RESULTS: Record<IssueKey, string[]> = {
  accessToInformation: [
    'Submitted CBO comments on the draft access to information law',
    'Joined the CSO consultation on the draft law with the Ministry of Information',
  ],
  communePlanning: [
    'Youth skills training added to the commune investment plan',
    'Commune council agreed to budget for a social service for youth',
  ],
  streetVendors: [
    'Vending area with fixed hours agreed for women street vendors',
    'Eviction of street vendors postponed pending dialogue',
  ],
  districtServices: ['District administration published its service fees on a notice board'],
  communeAdministrations: ['Commune council now posts its budget on the commune notice board'],
  healthCentres: ['Health centre opening hours extended to Saturdays', 'Health centre displays its fee list'],
  primarySchools: [
    'School agreed to share its budget with parents',
    'Two more teachers promised for the new year',
  ],
  policePosts: ['Police post set up a complaint box', 'Night patrols agreed near the market'],
  oneWindow: [
    'One window service office displays fees and deadlines',
    'Service deadlines shortened to 5 days',
  ],
  covid: [
    'Families with ID Poor cards added to the Covid-19 cash transfer list',
    'Food packs distributed to families of persons with disabilities',
  ],
};

function authorityFor(issue: IssueKey, level: ExampleAction['level'], cbo: ExampleCbo): string {
  const capital = cbo.province.code === '12';
  switch (level) {
    case 'National':
      return issue === 'accessToInformation' ? 'Ministry of Information' : 'Ministry of Interior';
    case 'Provincial':
      if (issue === 'covid')
        return capital ? 'Phnom Penh Capital Hall' : 'Provincial Department of Social Affairs';
      return capital ? 'Phnom Penh Capital Hall' : 'Provincial hall';
    case 'District':
      if (issue === 'healthCentres') return 'Operational district health office';
      if (issue === 'primarySchools') return 'District office of education';
      if (issue === 'oneWindow') return 'One window service office';
      return cbo.district.type === 'Khan'
        ? 'Khan administration'
        : cbo.district.type === 'Krong'
          ? 'Municipal administration'
          : 'District administration';
    case 'Commune':
      if (issue === 'policePosts') return 'Commune police post';
      return capital ? 'Sangkat council' : 'Commune council';
  }
}

function actionsOf(rng: Random, cbo: ExampleCbo, plans: Plan[]): ExampleAction[] {
  return plans.map(([issue, level, year, month]) => ({
    cboId: cbo.id,
    date: day(year, month, rng.int(1, 28)),
    level,
    authority: authorityFor(issue, level, cbo),
    issue: ISSUES[issue],
    result: rng.chance(0.85) ? rng.pick(RESULTS[issue]) : null,
  }));
}

export interface ExampleData {
  cbos: ExampleCbo[];
  actions: ExampleAction[];
}

/** The 621 CBOs and their advocacy actions. Same seed, same data. */
export function generateCbos(seed = SEED): ExampleData {
  const rng = new Random(seed);
  const places = EXAMPLE_PROVINCES.flatMap((province) =>
    province.districts.map((district) => ({ province, district })),
  );
  const counts = districtCounts(
    rng,
    places.map((p) => p.district),
  );
  const names = new Set<string>();
  const cbos: ExampleCbo[] = [];
  places.forEach(({ province, district }, i) => {
    const inDistrict: ExampleCbo[] = [];
    for (let n = 0; n < counts[i]; n++) {
      const id = `CBO-${String(cbos.length + inDistrict.length + 1).padStart(3, '0')}`;
      inDistrict.push(makeCbo(rng, id, province, district, names));
    }
    for (const cbo of rng.shuffle(inDistrict).slice(0, TARGET_PER_DISTRICT)) cbo.target = true;
    cbos.push(...inDistrict);
  });

  const targets = cbos.filter((c) => c.target);
  const withPlan = rng.shuffle(targets).slice(0, TARGET_WITH_PLAN);
  for (const cbo of withPlan) cbo.advocacyPlan = true;
  const nonTargets = rng.shuffle(cbos.filter((c) => !c.target));
  for (const cbo of nonTargets.slice(0, NON_TARGET_WITH_PLAN)) cbo.advocacyPlan = true;

  // The 13 advocates: a Phnom Penh CBO for the street vendors, then one per plan from other places.
  const candidates = rng.shuffle(withPlan);
  const capital =
    candidates.find((c) => c.province.code === '12' && c.sector === "Women's rights") ??
    candidates.find((c) => c.province.code === '12');
  if (!capital) throw new Error('the example needs a Phnom Penh target CBO with an advocacy plan');
  const advocates = [capital, ...candidates.filter((c) => c !== capital)].slice(0, ADVOCATE_PLANS.length);
  const actions = advocates.flatMap((cbo, i) => actionsOf(rng, cbo, ADVOCATE_PLANS[i]));
  NON_TARGET_PLANS.forEach((plan, i) =>
    actions.push(...actionsOf(rng, nonTargets[NON_TARGET_WITH_PLAN + i], [plan])),
  );
  actions.sort((a, b) => a.date.getTime() - b.date.getTime() || a.cboId.localeCompare(b.cboId));
  return { cbos, actions };
}

export function cboRow(cbo: ExampleCbo): ExampleRow {
  return {
    'CBO ID': cbo.id,
    'CBO name': cbo.name,
    'CBO name (Khmer)': cbo.khmerName,
    Province: cbo.province.name,
    District: cbo.district.name,
    Commune: cbo.commune.name,
    Village: cbo.village,
    Sector: cbo.sector,
    Registration: cbo.registration,
    'Year established': cbo.yearEstablished,
    Members: cbo.members,
    'Women members': cbo.women,
    'Youth members': cbo.youth,
    Leader: cbo.leader,
    'Leader gender': cbo.leaderGender,
    Phone: cbo.phone,
    Email: cbo.email,
    Partner: cbo.partner,
    Target: cbo.target ? 'Yes' : 'No',
    'Advocacy plan': cbo.advocacyPlan ? 'Yes' : 'No',
    'Mapped on': cbo.mappedOn,
    Notes: cbo.notes,
  };
}

export function actionRow(action: ExampleAction): ExampleRow {
  return {
    'CBO ID': action.cboId,
    Date: action.date,
    Level: action.level,
    Authority: action.authority,
    Issue: action.issue,
    Result: action.result,
  };
}
