/**
 * The example's project, report items, indicators and settings: the 2020 progress report of
 * shared/reference/progress-report-2020.txt, with its figures replaced by indicator citations.
 */
import { day, type ExampleRow } from './model';

export const PROJECT_ID = 'P-2019-01';

export const PROJECTS: ExampleRow[] = [
  {
    'Project ID': PROJECT_ID,
    Title: "Citizens' Voices and Actions for Sustainable Development in Cambodia, 2019-2022",
    'Outcome number': 1,
    Outcome:
      'Influenced policy and implementation to address the rights and needs of citizens, especially youth, women and disadvantaged groups, and secure democratic spaces for them to exercise their rights.',
    'Strategic plan': 'API Strategic Plan 2019-23',
    'Strategic objective':
      'To fulfil the rights and enhance the voices of citizens for sustainable development in Cambodia.',
    'Project objective':
      'To fulfil rights and enhance voices and actions of citizens for sustainable development in Cambodia.',
    Start: day(2019, 1, 1),
    End: day(2022, 12, 31),
    // The 2020 report covers the project to date: the indicators it cites count from the project's
    // start to the end of 2020 unless they have a period of their own.
    'Report period start': day(2019, 1, 1),
    'Report period end': day(2020, 12, 31),
    Funding: 649300,
    Currency: 'EUR',
    Donors: 'BfdW and DCA',
    'Target areas':
      '40 rural districts, municipalities and khan (districts of Phnom Penh) in Banteay Meanchey, Kampong Speu, Kampong Thom, Kandal, Kep, Kratie, Pursat, Takeo and Phnom Penh.',
    Document: null,
  },
];

const ITEMS: [section: string, text: string][] = [
  [
    'Activities and results',
    'Strengthened engagement of citizens in public planning, budgeting, and holding authorities accountable for service delivery and budget implementation. A total of {{IND-1.3}} of target CBOs advocated to the national government and local authorities on main issues related to commune planning and budgeting, on social service for youth in 20 communes, on the issues of women street vendors in Phnom Penh, as well as on improvements in public services offered by the commune administrations, health centres, primary schools and police posts in four districts, and one window service offices in five districts.',
  ],
  [
    'Activities and results',
    "API's website was re-developed with frequently updated content, stories and best practice of API. The new website was launched in July 2020 with the participation of board members, as well as representatives of donors, target groups, and development partners.",
  ],
  [
    'Activities and results',
    "API's CBOs empowerment strategy was produced. A total of {{IND-1.1}} CBOs were mapped out in target areas. {{IND-1.2}} CBOs were supported to produce advocacy plans. {{IND-1.4}} CBOs advocated to national government and local authorities on the following issues: 1. the draft of the access to information law, 2. commune planning and budgeting for social service, 3. young women street vendors' livelihood related issues, 4. improving on public services of district administrations, 5. commune administrations, 6. health centres, 7. primary schools, 8. police posts; 9. one window service offices, 10. Impact of Covid 19 on vulnerable groups in rural and urban areas, especially people with disabilities, low-income families and youth.",
  ],
  [
    'Lessons learned',
    'During the Covid-19 crisis situation, online learning and communication channels are very important for communication and project implementation and are a good approach for both the organisation and its beneficiary groups in the future.',
  ],
  ['Challenges', 'Most activities were delayed because of the Covid-19 outbreak and floods.'],
  [
    'Challenges',
    'Most CBOs are not able to continually sustain themselves financially. It may be worthwhile including organisational development assistance for CBOs in future project activities.',
  ],
  [
    'Challenges',
    'Freedom of expression has been restricted, political space has been narrowed down, CBOs seem to be afraid to make demands or advocate to the government, around 60 CBOs and political activists have been arrested for filing complaints to the government.',
  ],
  ['The way forward', 'Implement API’s digital engagement strategy and develop tools'],
  ['The way forward', 'Design and deliver capacity development programmes (training and coaching)'],
  [
    'The way forward',
    'Support and facilitate small scale engagement/advocacy initiatives according to the action plans of CBOs, in order to address the issues in their communities.',
  ],
  [
    'The way forward',
    'Facilitate multi-stakeholder partnerships, policy analyses on functional transfers and citizen participation at the district level for policy monitoring and influencing; support CBOs to engage in provincial and national level policy briefings, workshops and conferences, advocating for increased allocations for citizen rights and CBOs participation in local governance, especially at the district level',
  ],
  ['The way forward', 'Conduct a Right to Information Campaign on public information disclosure'],
  [
    'The way forward',
    'Develop budget analysis tools, online training resources promoting budget literacy, including gender budgeting and capacity analyses; organise annual district budget public forums; conduct budget analyses and public awareness campaigns on national and sub-national budget and expenditure disclosure, public private investment and contract disclosure; support the CSO Access to Information Working Group and CPDD in their efforts to advocate for an A2I law',
  ],
];

/** Report items 1.1 to 1.13, Order running through the sections as in the reference. */
export const REPORT_ITEMS: ExampleRow[] = ITEMS.map(([section, text], i) => ({
  'Project ID': PROJECT_ID,
  Section: section,
  Order: i + 1,
  Text: text,
}));

type Indicator = Partial<Record<string, string | number | Date>> & { ID: string; Indicator: string };

const INDICATOR_LIST: Indicator[] = [
  {
    ID: 'IND-1.1',
    Indicator: 'CBOs mapped',
    Kind: 'count',
    Source: 'CBOs',
    Baseline: 0,
    Target: 600,
    Unit: 'CBOs',
  },
  {
    ID: 'IND-1.2',
    Indicator: 'Target CBOs supported to produce advocacy plans',
    Kind: 'count',
    Source: 'CBOs',
    Filter: '[Target] = "Yes" and [Advocacy plan] = "Yes"',
    Target: 60,
    Unit: 'CBOs',
  },
  {
    ID: 'IND-1.3',
    Indicator: 'Share of target CBOs that advocated to national government and local authorities',
    Kind: 'percent',
    Source: 'CBOs',
    Filter: '[Target] = "Yes" and has Advocacy',
    'Denominator filter': '[Target] = "Yes"',
    Baseline: 0,
    Target: 20,
    Decimals: 2,
  },
  {
    ID: 'IND-1.4',
    Indicator: 'Target CBOs that advocated',
    Kind: 'count',
    Source: 'CBOs',
    Filter: '[Target] = "Yes" and has Advocacy',
    Baseline: 0,
    Target: 16,
    Unit: 'CBOs',
  },
  {
    ID: 'IND-1.5',
    Indicator: 'CBOs mapped by province',
    Kind: 'count',
    Source: 'CBOs',
    'Disaggregate by': 'Province',
    Unit: 'CBOs',
  },
  {
    ID: 'IND-1.6',
    Indicator: "Women's share of CBO membership",
    Kind: 'percent',
    Source: 'CBOs',
    'Sum of': 'Women members',
    'Denominator sum of': 'Members',
    Decimals: 1,
  },
  {
    ID: 'IND-1.7',
    Indicator: 'Advocacy actions in 2020 by level',
    Kind: 'count',
    Source: 'Advocacy',
    'Disaggregate by': 'Level',
    'Period start': day(2020, 1, 1),
    'Period end': day(2020, 12, 31),
    Target: 30,
    Unit: 'actions',
  },
  { ID: 'IND-1.8', Indicator: 'Advocacy actions, all years', Kind: 'count', Source: 'Advocacy' },
  {
    ID: 'IND-1.9',
    Indicator: 'Partners with a memorandum of understanding',
    Kind: 'count',
    Source: 'Partners',
    Filter: 'not [MoU start] is blank',
  },
  {
    ID: 'IND-1.10',
    Indicator: 'Meeting participants',
    Kind: 'count',
    Source: 'Attendance',
    Unit: 'participants',
  },
];

export const INDICATORS: ExampleRow[] = INDICATOR_LIST.map((indicator) => ({ ...indicator }) as ExampleRow);

export const ORGANISATION = 'Advocacy and Policy Institute (API)';

export const SETTINGS: ExampleRow[] = [
  ['Organisation', ORGANISATION],
  ['Minutes template', null],
  ['Report template', null],
  ['Output folder', 'CBO Tracker documents'],
  ['Share reports with partners', 'Yes'],
  ['Language', 'en'],
  ['Time zone', 'Asia/Phnom_Penh'],
].map(([setting, value]) => ({ Setting: setting, Value: value }));
