/**
 * The example's partner organisations: fictional CBO networks, LNGOs and an INGO, with clearly
 * fictional contacts (example.org addresses). `provinces` says where each supports CBOs.
 */
import { day, type ExampleRow } from './model';

export interface ExamplePartner {
  name: string;
  type: 'Network' | 'LNGO' | 'INGO';
  contact: string;
  email: string;
  mou?: { start: Date; end: Date; exitStrategy: string };
  receivesReports: boolean;
  /** Province codes where the partner supports CBOs; empty: anywhere. */
  provinces: readonly string[];
}

const MOU_EXIT =
  'API support ends with the MoU; the network continues with member fees and its own fundraising plan.';

export const EXAMPLE_PARTNERS: readonly ExamplePartner[] = [
  {
    name: 'Banteay Meanchey Community Network',
    type: 'Network',
    contact: 'Mr. CHAN Kosal',
    email: 'kosal.chan@bmcn.example.org',
    mou: { start: day(2019, 1, 15), end: day(2022, 12, 31), exitStrategy: MOU_EXIT },
    receivesReports: true,
    provinces: ['01'],
  },
  {
    name: 'Kampong Speu Rural Development Association',
    type: 'LNGO',
    contact: 'Mr. LY Piseth',
    email: 'piseth.ly@ksrda.example.org',
    mou: {
      start: day(2019, 2, 1),
      end: day(2022, 12, 31),
      exitStrategy:
        'Trained CBO leaders take over the district forums from 2022; handover plan agreed in 2021.',
    },
    receivesReports: true,
    provinces: ['05'],
  },
  {
    name: 'Kampong Thom Community Forestry Network',
    type: 'Network',
    contact: 'Ms. SREY Neang',
    email: 'neang.srey@ktcfn.example.org, office@ktcfn.example.org',
    mou: { start: day(2019, 3, 1), end: day(2021, 12, 31), exitStrategy: MOU_EXIT },
    receivesReports: true,
    provinces: ['06'],
  },
  {
    name: 'Kandal Farmers’ Network',
    type: 'Network',
    contact: 'Mr. OUK Samnang',
    email: 'samnang.ouk@kfn.example.org',
    mou: { start: day(2019, 1, 15), end: day(2022, 12, 31), exitStrategy: MOU_EXIT },
    receivesReports: true,
    provinces: ['08'],
  },
  {
    name: 'Coastal Communities Organisation',
    type: 'LNGO',
    contact: 'Mr. SENG Makara',
    email: 'makara.seng@cco.example.org',
    receivesReports: false,
    provinces: ['23'],
  },
  {
    name: 'Mekong Community Voices',
    type: 'LNGO',
    contact: 'Ms. PHAN Bopha',
    email: 'bopha.phan@mcv.example.org',
    mou: {
      start: day(2019, 4, 1),
      end: day(2022, 3, 31),
      exitStrategy: 'Six-month phase-out: CBO advocacy plans handed to the provincial CBO network.',
    },
    receivesReports: true,
    provinces: ['10'],
  },
  {
    name: 'Pursat Women and Youth Association',
    type: 'LNGO',
    contact: 'Ms. HENG Sokha',
    email: 'sokha.heng@pwya.example.org',
    mou: {
      start: day(2019, 1, 1),
      end: day(2022, 12, 31),
      exitStrategy: 'Women and youth groups registered with their communes before the MoU ends.',
    },
    receivesReports: true,
    provinces: ['15'],
  },
  {
    name: 'Takeo Citizens’ Development Organisation',
    type: 'LNGO',
    contact: 'Mr. KEO Vuthy',
    email: 'vuthy.keo@tcdo.example.org',
    mou: { start: day(2019, 6, 1), end: day(2022, 12, 31), exitStrategy: MOU_EXIT },
    receivesReports: true,
    provinces: ['21'],
  },
  {
    name: 'Phnom Penh Informal Workers’ Network',
    type: 'Network',
    contact: 'Ms. SAN Chenda',
    email: 'chenda.san@ppiwn.example.org',
    receivesReports: false,
    provinces: ['12'],
  },
  {
    name: 'Citizens First International, Cambodia office',
    type: 'INGO',
    contact: 'Ms. Anna LINDQVIST',
    email: 'cambodia@citizensfirst.example.org, reports@citizensfirst.example.org',
    mou: {
      start: day(2019, 1, 1),
      end: day(2022, 12, 31),
      exitStrategy: 'Grants to CBOs move to the local partners in the last project year.',
    },
    receivesReports: true,
    provinces: [],
  },
];

export function partnerRows(partners: readonly ExamplePartner[] = EXAMPLE_PARTNERS): ExampleRow[] {
  return partners.map((p) => ({
    Partner: p.name,
    Type: p.type,
    'Contact person': p.contact,
    Email: p.email,
    'MoU start': p.mou?.start ?? null,
    'MoU end': p.mou?.end ?? null,
    'Exit strategy': p.mou?.exitStrategy ?? null,
    'Receives reports': p.receivesReports ? 'Yes' : 'No',
  }));
}
