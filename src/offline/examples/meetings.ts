/**
 * The example's meetings: the 2017 partnership meeting of the reference minutes
 * (shared/reference/partnership-meeting-minutes-2017.txt), with its attendance, agenda and group
 * work, and a small 2020 partner reflection meeting. Names other than those the minutes give
 * (Mr. Soeung Saroeun, Mr. Chhorn Vatanak, Miss KAO Peou Leakhena) are fictional.
 */
import { day, type ExampleRow } from './model';

export const PARTNERSHIP_MEETING_ID = 'M-2017-09';
export const REFLECTION_MEETING_ID = 'M-2020-12';

export const MEETINGS: ExampleRow[] = [
  {
    'Meeting ID': PARTNERSHIP_MEETING_ID,
    Title:
      'Partnership Meeting on Promoting and Culturing Good Practices and Sustainability of Community-Based Organizations (CBOs)',
    Date: day(2017, 9, 28),
    'Start time': '08:00',
    'End time': '12:00',
    Location: 'Sunway Hotel, Phnom Penh',
    Facilitator: 'Mr. Chhorn Vatanak, GPP Manager',
    MC: 'Miss KAO Peou Leakhena',
    'Minutes taker': 'Miss KAO Peou Leakhena',
    Objectives: [
      'To introduce the Guideline of Good Practices of CBOs Operating in Cambodia to participants',
      'To discuss inclusive partnership mechanism, especially how participants including INGOs, LNGOs and development partners can support CBOs for their good practices and sustainability',
      'To express gratitude to those who participate in the Guideline of Good Practices of CBOs Operating in Cambodia especially CBO TWGs',
    ].join('\n'),
    Conclusions: [
      'Develop groups, or association, or network at provincial level',
      '- Business Plan',
      '- Marketing',
      'Build capacity',
      '- Leadership',
      '- Learning forum',
      '- Sustainability',
      'Should have certificate to prove good practices for CBO',
      'TWG should continue their work',
      'Work with specific group of CBOs',
    ].join('\n'),
    Annexes: [
      'Concept Note and Agenda of Partnership Meeting on Promoting and Culturing Good Practice and Sustainability of CBOs',
      'Slides Presentation',
      '- Update the progress of Culturing Good Practices and Sustainability of CBO Project/ Footprint of Building Capacity of CBOs',
      '- The Guideline of Good Practices of CBOs Operating in Cambodia',
      '- Introduction on the Objective of inclusive partnership mechanism toward promoting and culturing good practices and sustainability of CBOs',
      'Attendance list',
    ].join('\n'),
    Template: null,
    Document: null,
  },
  {
    'Meeting ID': REFLECTION_MEETING_ID,
    Title: 'Partner Reflection Meeting 2020: Citizens’ Voices and Actions Project',
    Date: day(2020, 12, 15),
    'Start time': '08:30',
    'End time': '11:30',
    Location: 'API meeting room, Phnom Penh',
    Facilitator: 'Ms. LIM Sokunthea, Project Coordinator',
    MC: 'Mr. PRAK Vibol',
    'Minutes taker': 'Ms. NOU Sreyleak',
    Objectives: [
      'To reflect on the results of the 2020 CBO advocacy actions with partners',
      'To agree on the partners’ roles in the 2021 plan',
    ].join('\n'),
    Conclusions: [
      'Partners keep online coordination meetings every quarter',
      'Each partner shares its CBO advocacy plans with API by March 2021',
    ].join('\n'),
    Annexes: ['Agenda', 'Attendance list'].join('\n'),
    Template: null,
    Document: null,
  },
];

type Person = [name: string, organisation: string, type: string, gender: 'Female' | 'Male', email?: string];

/** The 24 participants of the 2017 meeting: CBOs 4, LNGOs 13, INGOs 1, CCC 5, the DAP funder 1. */
const PARTNERSHIP_PARTICIPANTS: Person[] = [
  ['SOEUNG Saroeun', 'Cooperation Committee for Cambodia (CCC)', 'CCC', 'Male'],
  ['CHHORN Vatanak', 'Cooperation Committee for Cambodia (CCC)', 'CCC', 'Male'],
  ['KAO Peou Leakhena', 'Cooperation Committee for Cambodia (CCC)', 'CCC', 'Female'],
  ['MEAS Sophorn', 'Cooperation Committee for Cambodia (CCC)', 'CCC', 'Female'],
  ['TEP Rithy', 'Cooperation Committee for Cambodia (CCC)', 'CCC', 'Male'],
  ['CHEA Sreymom', 'Prey Kabbas Women’s Savings Group (CBO TWG)', 'CBO', 'Female'],
  ['NHEM Sambath', 'Kong Pisei Agricultural Cooperative (CBO TWG)', 'CBO', 'Male'],
  ['YIM Chanthou', 'Krakor Community Fishery (CBO TWG)', 'CBO', 'Female'],
  ['ROS Bunthoeun', 'Santuk Community Forestry (CBO TWG)', 'CBO', 'Male'],
  ['SOK Channary', 'Advocacy and Policy Institute (API)', 'LNGO', 'Female', 'channary.sok@api.example.org'],
  ['LY Piseth', 'Kampong Speu Rural Development Association', 'LNGO', 'Male'],
  ['HENG Sokha', 'Pursat Women and Youth Association', 'LNGO', 'Female'],
  ['KEO Vuthy', 'Takeo Citizens’ Development Organisation', 'LNGO', 'Male'],
  ['PHAN Bopha', 'Mekong Community Voices', 'LNGO', 'Female'],
  ['SENG Makara', 'Coastal Communities Organisation', 'LNGO', 'Male'],
  ['CHAN Kunthea', 'Northwest Rural Development Organisation', 'LNGO', 'Female'],
  ['PICH Sovann', 'Khmer Youth for Development', 'LNGO', 'Male', 'sovann.pich@kyd.example.org'],
  ['VONG Raksmey', 'Community Legal Aid Cambodia', 'LNGO', 'Female'],
  ['TOUCH Narith', 'Rural Livelihoods Cambodia', 'LNGO', 'Male'],
  ['NGET Sothea', 'Women’s Voice Organisation', 'LNGO', 'Female'],
  ['SOM Veasna', 'Cambodian Farmers’ Learning Centre', 'LNGO', 'Male'],
  ['MEN Malis', 'Healthy Villages Association', 'LNGO', 'Female'],
  ['Anna LINDQVIST', 'Citizens First International, Cambodia office', 'INGO', 'Female'],
  ['KHIEU Dara', 'Direct Aid Program (DAP), Australian Embassy', 'Development partner', 'Male'],
];

const REFLECTION_PARTICIPANTS: Person[] = [
  ['LIM Sokunthea', 'Advocacy and Policy Institute (API)', 'LNGO', 'Female', 'sokunthea.lim@api.example.org'],
  ['PRAK Vibol', 'Advocacy and Policy Institute (API)', 'LNGO', 'Male'],
  ['NOU Sreyleak', 'Advocacy and Policy Institute (API)', 'LNGO', 'Female'],
  ['LY Piseth', 'Kampong Speu Rural Development Association', 'LNGO', 'Male'],
  ['HENG Sokha', 'Pursat Women and Youth Association', 'LNGO', 'Female'],
  ['SAN Chenda', 'Phnom Penh Informal Workers’ Network', 'CBO', 'Female'],
  ['OUK Samnang', 'Kandal Farmers’ Network', 'CBO', 'Male'],
  ['Anna LINDQVIST', 'Citizens First International, Cambodia office', 'INGO', 'Female'],
];

function attendanceRows(meetingId: string, people: Person[]): ExampleRow[] {
  return people.map(([name, organisation, type, gender, email]) => ({
    'Meeting ID': meetingId,
    Name: name,
    Organisation: organisation,
    'Participant type': type,
    Gender: gender,
    Email: email ?? null,
  }));
}

export const ATTENDANCE: ExampleRow[] = [
  ...attendanceRows(PARTNERSHIP_MEETING_ID, PARTNERSHIP_PARTICIPANTS),
  ...attendanceRows(REFLECTION_MEETING_ID, REFLECTION_PARTICIPANTS),
];

const lines = (...items: string[]) => items.join('\n');

export const AGENDA: ExampleRow[] = [
  {
    Order: 1,
    Session: 'Introduction to the Partnership Meeting objectives and agenda',
    Presenter: 'Miss KAO Peou Leakhena',
    Notes: lines(
      'She introduced objective and agenda of the Partnership Meeting and invite Mr. Soeung Saroeun, Executive Director of Cooperation Committee for Cambodia (CCC) for Welcome and Opening Remarks.',
    ),
  },
  {
    Order: 2,
    Session: 'Welcome and opening remarks',
    Presenter: 'Mr. Soeung Saroeun',
    Notes: lines(
      'He started his Welcome and Opening remarks by thank you all CBO Technical Working Groups (TWGs) for valuable time to kindly support and contribute in developing The Guideline of Good Practices of CBOs Operating in Cambodia. He believed that if CBOs implement or follow this Guideline, those CBOs will be strong in terms of capacity, good governance, sustainability. CBOs play an important role in developing and improving economy and society as they live in communities, they know the available resources and issues.',
      'CBOs should strengthen or improve in terms of:',
      '1. Good governance',
      '2. Capacity, technical in their sectors',
      '3. Resource mobilization',
      '4. Enabling environment',
      '5. And form association or federation',
      'So NGOs partners and CCC need to think how we complement each other in order to support and strengthen CBOs to achieve the 5 points above and to enhance them to be more resilient to political issues.',
    ),
  },
  {
    Order: 3,
    Session:
      'Update the progress of Culturing Good Practices and Sustainability of CBOs Project/ Footprint of Building Capacity of CBOs',
    Presenter: 'Mr. Chhorn Vatanak',
    Notes: lines(
      'He thanked you TWGs who work hard in developing the Guideline that spent more than one year and half and suggested to continue their works in partnership with CCC.',
      'Before he updated the progress of the Project, he presented briefly about',
      '1. CCC',
      '2. History of the Project “Culturing Good Practices and Sustainability of CBOs” funded by Direct Aid Program (DAP) and other donors',
      '3. The process of developing the Guideline of Good Practices of CBOs',
      '4. The distribution of the guideline',
      '5. Resources available in the project',
      '- The Guideline of Good Practices of CBOs',
      '- CBOs online platform (in the process of finalizing)',
      '- Facebook group',
      '- Hotline: 061 828 136',
      '- Curriculum (In process of developing)',
      'Detail information is in slide presentation in Annex',
    ),
  },
  {
    Order: 4,
    Session: 'The Guideline of Good Practices of CBOs Operating in Cambodia',
    Presenter: 'Miss KAO Peou Leakhena',
    Notes: lines(
      'She presented what contains in the guideline by beginning with the purpose in developing the guideline, all eight chapters and annex in the guideline:',
      '1. Chapter 1: Legalization and institutional development',
      '- Annex 1: By-law',
      '2. Chapter 2: Communication, Cooperation and Networking',
      '- Annex 2: Organizing Meeting',
      '3. Chapter 3: Membership and Membership Management',
      '4. Chapter 4: Financial Management',
      '- Annex 3: Financial Policy',
      '5. Chapter 5: Accountability & Transparency',
      '- Annex 4: Policy on Conflict of Interest',
      '- Annex 5: Complaint Mechanism',
      '6. Chapter 6: Participatory implementation, monitoring & evaluation',
      '- Annex 6: Monitoring and Evaluation Form on Activity Plan',
      '7. Chapter 7: Strategy and Sustainability and',
      '8. Chapter 8: Capacity Development.',
    ),
  },
  {
    Order: 5,
    Session: 'Thanksgiving to CBO TWGs',
    Presenter: 'Mr. Soeung Saroeun',
    Notes: lines(
      'He said that CBO TWGs have been formed to work together in developing the Guideline. It is great achievement that now this guideline was published. He expressed his sincerely thank you again to TWGs for their actively contribute by using their knowledge, expertise, and experiences.',
      'Then, he provided each TWGs with the Certificate of Appreciation.',
      'Group photo with all TWGs and with all participants.',
    ),
  },
  {
    Order: 6,
    Session:
      'Introduction on the objective of inclusive partnership mechanism toward promoting and culturing good practices and sustainability of CBOs and conclusion and ways forward',
    Presenter: 'Mr. Chhorn Vatanak',
    Notes: lines(
      'Before break up into small groups, he briefly presented about CBOs in Cambodia, their skills, capacity, and sectors they work.',
      'Then, participants are divided into two groups, TWGs and NGOs. They all are asked to answer three questions',
      '1. What are your visions or aspirations regarding to CBOs in the future?',
      '2. What have you contributed to achieve them?',
      '3. Any suggested/foreseen mechanism/platform of working as partnership?',
      'The three questions are categorized in five sectors: Good Governances, Enabling Environment, Financial Sustainability, Capacity Development, and Networking.',
    ),
  },
].map((row) => ({ 'Meeting ID': PARTNERSHIP_MEETING_ID, ...row }));

export const REFLECTION_AGENDA: ExampleRow[] = [
  {
    Order: 1,
    Session: 'Results of the 2020 CBO advocacy actions',
    Presenter: 'Ms. Lim Sokunthea',
    Notes: lines(
      'She presented the advocacy actions of the target CBOs in 2020 and the indicators of the project.',
      'Partners asked for the list of CBOs that advocated in their provinces.',
    ),
  },
  {
    Order: 2,
    Session: 'Partners’ roles in the 2021 plan',
    Presenter: 'Mr. Prak Vibol',
    Notes: lines(
      'Each partner presented its plan for 2021.',
      'Partners agreed to meet online every quarter.',
    ),
  },
].map((row) => ({ 'Meeting ID': REFLECTION_MEETING_ID, ...row }));

const GROUP_POINTS: [theme: string, group: 'NGOs' | 'CBO TWGs', points: string[]][] = [
  ['Good Governance', 'NGOs', ['Improve standard of living', 'Decision and financial freedom']],
  [
    'Good Governance',
    'CBO TWGs',
    [
      'Certificate for good practices for CBOs',
      'Legalization depend on the level and sectors of CBOs',
      'Registration',
      'Coordinating meeting between CBOs and authority',
    ],
  ],
  [
    'Enabling Environment',
    'CBO TWGs',
    [
      'Strengthening and mobilizing TWG',
      'Organizing workshop for direction of CBOs and local authority',
      'Reflecting and work together between CBOs and local authority',
    ],
  ],
  ['Financial sustainability', 'NGOs', ['Saving and deposit with support from outsiders']],
  [
    'Financial sustainability',
    'CBO TWGs',
    ['CBOs should connect with donors so they can get fund directly from donors'],
  ],
  [
    'Capacity Development',
    'NGOs',
    [
      'Training on household agriculture',
      'Training on Business plan',
      'Networking at local, provincial, and national level',
      'Joint-agricultural marketing plan',
      'Improve agricultural market',
      'Improve institutional governance and financial sustainability',
    ],
  ],
  [
    'Capacity Development',
    'CBO TWGs',
    [
      'CBOs should have plan to capacity building with in their organization',
      'Should develop guideline for small grant for CBOs',
    ],
  ],
  [
    'Networking',
    'NGOs',
    [
      'Stakeholders meetings',
      'Create milestone of CBOs (representatives from CBOs and discuss plans becoming legal CBOs at provincial and national level)',
    ],
  ],
  [
    'Networking',
    'CBO TWGs',
    [
      'CBOs networking',
      'Organizing forum between government, private sectors, donors, and CBOs',
      'CBOs network should have long-term strategic plan (3-5 years)',
    ],
  ],
  // A theme typed as a question: the minutes show it and its answers after the table.
  [
    'One more question for CBO TWGs, what TWGs should do next and any suggestions to CCC?',
    'CBO TWGs',
    [
      'CCC should develop ToR and structure for TWGs',
      'TWGs should have clear plan',
      'CCC should Connect TWGs to regional, national, and international level',
      'CCC should have budget to support TWGs',
    ],
  ],
];

export const GROUP_WORK: ExampleRow[] = GROUP_POINTS.flatMap(([theme, group, points]) =>
  points.map((point) => ({ 'Meeting ID': PARTNERSHIP_MEETING_ID, Theme: theme, Group: group, Point: point })),
);
