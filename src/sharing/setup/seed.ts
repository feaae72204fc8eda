/**
 * What set-up puts into a new workbook so that an organisation starts from something that works:
 * a default vocabulary in Lists, the contract's worked-example indicators, and Settings rows.
 */
import type { Cell } from '../../workbook/values';

/** Default values of each Lists column (the organisation edits them). */
export const DEFAULT_LISTS: Record<string, readonly string[]> = {
  Sector: [
    'Agriculture',
    'Fisheries',
    'Forestry and natural resources',
    'Land rights',
    'Health',
    'Education',
    'Youth',
    'Women',
    'Savings and credit',
    'Good governance',
    'Other',
  ],
  Registration: ['Registered with the Ministry of Interior', 'Registered with the commune', 'Not registered'],
  // The ten issues CBOs advocated on (progress report 2020, output 1.3).
  Issue: [
    'Access to information law',
    'Commune planning and budgeting for social services',
    'Livelihoods of young women street vendors',
    'Public services of district administrations',
    'Commune administrations',
    'Health centres',
    'Primary schools',
    'Police posts',
    'One window service offices',
    'Impact of Covid-19 on vulnerable groups',
  ],
  'Organisation type': ['CBO', 'LNGO', 'INGO', 'Government', 'Private sector', 'Network'],
  'Participant type': ['CBO', 'LNGO', 'INGO', 'CCC', 'Government', 'Other'],
  'Report section': ['Activities and results', 'Lessons learned', 'Challenges', 'The way forward'],
};

/** The contract's worked examples (progress report 2020), by Indicators header. */
export const EXAMPLE_INDICATORS: readonly Record<string, Cell>[] = [
  { ID: 'IND-1.3a', Indicator: 'CBOs mapped', Kind: 'count', Source: 'CBOs' },
  {
    ID: 'IND-1.3b',
    Indicator: 'Target CBOs supported to produce advocacy plans',
    Kind: 'count',
    Source: 'CBOs',
    Filter: '[Target] = "Yes" and [Advocacy plan] = "Yes"',
  },
  {
    ID: 'IND-1.1',
    Indicator: 'Share of target CBOs that advocated',
    Kind: 'percent',
    Source: 'CBOs',
    Filter: '[Target] = "Yes" and has Advocacy',
    'Denominator filter': '[Target] = "Yes"',
    Decimals: 2,
  },
];

/** Settings rows of a new workbook (Setting, Value). */
export const DEFAULT_SETTINGS: readonly [string, Cell][] = [
  ['Organisation', ''],
  ['Language', 'en'],
  ['Time zone', 'Asia/Phnom_Penh'],
  ['Share reports with partners', 'No'],
  ['Minutes template', ''],
  ['Report template', ''],
  ['Output folder', ''],
  ['Coordinators', ''],
  ['Protection', 'coordinators'],
];
