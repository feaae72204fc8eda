/** A small valid workbook as `getValues()` arrays, for the validation tests to spoil one value at a time. */
import { INPUT_SHEETS } from '../../../src/workbook/contract';
import { dayFromParts, type Day } from '../../../src/workbook/dates';
import { Table } from '../../../src/workbook/table';
import type { Cell } from '../../../src/workbook/values';
import { validateWorkbook } from '../../../src/validation/rules';

export type Sheets = Record<string, Cell[][]>;

export const TODAY = dayFromParts(2026, 11, 23) as Day;
export const TIME_ZONE = 'Asia/Phnom_Penh';

export function cleanWorkbook(): Sheets {
  return {
    CBOs: [
      [
        'CBO ID',
        'CBO name',
        'CBO name (Khmer)',
        'Province',
        'District',
        'Commune',
        'Village',
        'Sector',
        'Registration',
        'Year established',
        'Members',
        'Women members',
        'Youth members',
        'Leader',
        'Leader gender',
        'Phone',
        'Email',
        'Partner',
        'Target',
        'Advocacy plan',
        'Mapped on',
        'Notes',
      ],
      // prettier-ignore
      ['CBO-001', 'Kokir Fishery', 'សហគមន៍នេសាទគគីរ', 'Kandal', 'Kien Svay', 'Kokir', 'Prek Aeng', 'Fisheries', 'Registered', 2012, 40, 22, 8, 'Sok Dara', 'Female', '012 345 678', 'sok@example.org', 'SILAKA', 'Yes', 'No', new Date('2020-07-15T00:00:00+07:00'), ''],
      // prettier-ignore
      ['CBO-002', 'Bati Women Savings', '', 'Takéo', 'Bati', 'Chambak', '', 'Savings', 'Not registered', '', 15, '', '', '', '', '', '', 'Partner Two', 'No', 'No', '2021-03-01', 'note'],
    ],
    Advocacy: [
      ['CBO ID', 'Date', 'Level', 'Authority', 'Issue', 'Result'],
      ['CBO-001', '15/08/2020', 'Commune', 'Commune council', 'Fishing rights', 'Agreed'],
    ],
    Partners: [
      [
        'Partner',
        'Type',
        'Contact person',
        'Email',
        'MoU start',
        'MoU end',
        'Exit strategy',
        'Receives reports',
      ],
      [
        'SILAKA',
        'LNGO',
        'Ms. Chan',
        'a@silaka.org, b@silaka.org',
        '2019-01-01',
        '2021-12-31',
        'Handover',
        'Yes',
      ],
      ['Partner Two', 'INGO', '', '', '', '', '', 'No'],
    ],
    Geography: [
      ['Province', 'District', 'Commune', 'Province (Khmer)', 'District (Khmer)', 'Commune (Khmer)', 'Code'],
      ['Kandal', 'Kien Svay', 'Kokir', 'កណ្តាល', 'កៀនស្វាយ', 'គគីរ', '080206'],
      ['Kandal', 'Kien Svay', 'Dei Edth', 'កណ្តាល', 'កៀនស្វាយ', 'ដីឥដ្ឋ', '080203'],
      ['Kandal', 'Khsach Kandal', '', 'កណ្តាល', 'ខ្សាច់កណ្ដាល', '', '0803'],
      ['Takéo', 'Bati', 'Chambak', 'តាកែវ', 'បាទី', 'ចំបក់', '210201'],
      ['Takéo', 'Bati', 'Champei', 'តាកែវ', 'បាទី', 'ចំប៉ី', '210202'],
      ['Takéo', 'Samraong', '', 'តាកែវ', 'សំរោង', '', '2107'],
      ['Oddar Meanchey', 'Samraong', '', 'ឧត្តរមានជ័យ', 'ក្រុងសំរោង', '', '2205'],
    ],
    Lists: [
      ['Sector', 'Registration', 'Issue', 'Organisation type', 'Participant type', 'Report section'],
      ['Fisheries', 'Registered', 'Fishing rights', 'LNGO', 'CBO', 'Activities and results'],
      ['Savings', 'Not registered', 'Land', 'INGO', 'LNGO', 'Lessons learned'],
      ['Agriculture', '', 'Water', 'Government', '', ''],
    ],
  };
}

export function tablesOf(sheets: Sheets): Record<string, Table> {
  const tables: Record<string, Table> = {};
  for (const spec of INPUT_SHEETS) {
    if (sheets[spec.name]) tables[spec.name] = Table.fromValues(spec.name, spec, sheets[spec.name]);
  }
  return tables;
}

export function validate(sheets: Sheets) {
  return validateWorkbook({ tables: tablesOf(sheets), timeZone: TIME_ZONE, today: TODAY });
}

/** Sets one cell of a sheet by header, on a data row (0 = first data row). */
export function setCell(sheets: Sheets, sheet: string, dataRow: number, header: string, value: Cell): void {
  const column = sheets[sheet][0].indexOf(header);
  if (column < 0) throw new Error(`no column ${header} in ${sheet}`);
  sheets[sheet][dataRow + 1][column] = value;
}
