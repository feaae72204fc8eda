/**
 * examples/needs-fixing.xlsx: a 40-CBO slice of the example with typical mistakes planted, and
 * tricky values that are valid on purpose. Every planted value is listed (sheet, row, column) so
 * that tests can check that validation finds each mistake and raises no false error.
 */
import { ADVOCACY, CBOS, GEOGRAPHY, LISTS, PARTNERS, SETTINGS } from '../../workbook/contract';
import { actionRow, cboRow, generateCbos, type ExampleCbo, type ExampleData } from './cbos';
import { contractSheet, geographyRows, headersOf, listsRows } from './example';
import { day, isoOf, type ExampleCell, type ExampleRow, type ExampleWorkbook } from './model';
import { partnerRows } from './partners';
import * as project from './project';
import { Random } from './random';

export interface PlantedValue {
  sheet: string;
  /** Sheet row number (header = 1). */
  row: number;
  /** Contract header of the column; null for a whole row. */
  column: string | null;
  /** The value as written (dates as yyyy-mm-dd). */
  value: string | number | null;
  /** 'error': validation must report it; 'valid': a tricky value that must not be an error. */
  expect: 'error' | 'valid';
  /** Short name of the mistake (the validation's problem code) or of the tolerance it exercises. */
  kind: string;
  description: string;
}

export interface NeedsFixing {
  workbook: ExampleWorkbook;
  planted: PlantedValue[];
}

export const NEEDS_FIXING_CBOS = 40;
export const FIELD_OFFICER = 'Field officer';
export const CBO_ID_HEADER_VARIANT = 'cbo id*';
const FIELD_OFFICERS = ['Sok Dara', 'Chea Malis', 'Keo Sopheak', 'Lim Thida'];

interface Pending {
  sheet: string;
  row: ExampleRow | null;
  column: string | null;
  expect: PlantedValue['expect'];
  kind: string;
  description: string;
}

function display(value: ExampleCell | undefined): string | number | null {
  if (value === undefined || value === null) return null;
  return value instanceof Date ? isoOf(value) : value;
}

/** The 40 CBOs: six that advocated, then a spread over all districts. */
function slice(data: ExampleData): ExampleCbo[] {
  const advocates = [
    ...new Set(
      data.actions.filter((a) => data.cbos.find((c) => c.id === a.cboId)?.target).map((a) => a.cboId),
    ),
  ];
  const chosen = new Set(advocates.slice(0, 6));
  const stride = Math.floor(data.cbos.length / (NEEDS_FIXING_CBOS - chosen.size));
  for (let i = 5; chosen.size < NEEDS_FIXING_CBOS; i += stride)
    chosen.add(data.cbos[i % data.cbos.length].id);
  return data.cbos.filter((c) => chosen.has(c.id));
}

export function buildNeedsFixing(data: ExampleData = generateCbos()): NeedsFixing {
  const rng = new Random(2017);
  const cbos = slice(data);
  const ids = new Set(cbos.map((c) => c.id));
  const actions = data.actions.filter((a) => ids.has(a.cboId));
  const withActions = new Set(actions.map((a) => a.cboId));
  const rows = new Map(cbos.map((c) => [c.id, cboRow(c)] as const));
  const used = new Set<string>();
  const order = rng.shuffle(cbos);
  const pending: Pending[] = [];

  /** A CBO of the slice not used yet, for one planted value. */
  const take = (test: (c: ExampleCbo) => boolean = () => true): [ExampleCbo, ExampleRow] => {
    const cbo = order.find((c) => !used.has(c.id) && !withActions.has(c.id) && test(c));
    if (!cbo) throw new Error('the needs-fixing slice has no CBO left for a planted value');
    used.add(cbo.id);
    return [cbo, rows.get(cbo.id) as ExampleRow];
  };
  const plant = (
    row: ExampleRow,
    column: string,
    value: ExampleCell,
    expect: PlantedValue['expect'],
    kind: string,
    description: string,
  ) => {
    row[column] = value;
    pending.push({ sheet: CBOS.name, row, column, expect, kind, description });
  };
  const inProvince = (code: string) => (c: ExampleCbo) => c.province.code === code;

  // Mistakes.
  plant(
    take(inProvince('08'))[1],
    'Province',
    'Kandaal',
    'error',
    'unknown-province',
    '"Kandaal" is a misspelling of Kandal',
  );
  {
    const [cbo, row] = take((c) => c.province.code !== '08');
    row.Province = 'Kandal';
    const description = `${cbo.district.name} is a district of ${cbo.province.name}, not of Kandal`;
    pending.push({
      sheet: CBOS.name,
      row,
      column: 'District',
      expect: 'error',
      kind: 'district-not-in-province',
      description,
    });
  }
  {
    const [cbo, row] = take((c) => c.members < 200);
    plant(
      row,
      'Women members',
      cbo.members + 12,
      'error',
      'women-above-members',
      'more women members than members',
    );
  }
  plant(take()[1], 'Phone', '012 345 67', 'error', 'invalid-phone', 'a phone number with only 7 digits');
  plant(take()[1], 'Mapped on', '31/02/2020', 'error', 'not-a-date', 'there is no 31 February');
  plant(take()[1], 'Mapped on', day(2027, 3, 15), 'error', 'future-date', 'mapped on a date in the future');
  {
    // The second of the two rows (in sheet order) repeats the first one's ID.
    const [first, second] = [take(), take()].sort(([a], [b]) => a.id.localeCompare(b.id));
    plant(second[1], 'CBO ID', first[0].id, 'error', 'duplicate-id', `CBO ID ${first[0].id} is used twice`);
  }
  plant(take()[1], 'Partner', null, 'error', 'required', 'Partner is required');
  plant(
    take()[1],
    'Partner',
    'Mekong Youth Alliance',
    'error',
    'unknown-partner',
    'not a partner in Partners',
  );
  plant(take()[1], 'Target', 'maybe', 'error', 'not-yes-no', 'Target must be Yes or No');

  // Tricky but valid.
  plant(take(inProvince('21'))[1], 'Province', 'takeo', 'valid', 'case-and-accent', '"takeo" is Takéo');
  plant(take(inProvince('10'))[1], 'Province', 'Kratie', 'valid', 'accent', '"Kratie" is Kratié');
  {
    const [cbo, row] = take(inProvince('08'));
    plant(row, 'Province', cbo.province.khmer, 'valid', 'khmer-name', 'province written in Khmer');
    plant(row, 'District', cbo.district.khmer, 'valid', 'khmer-name', 'district written in Khmer');
  }
  {
    const [, row] = take((c) => c.members >= 45);
    row['Women members'] = 28;
    row['Youth members'] = 9;
    plant(row, 'Members', '៤៥', 'valid', 'khmer-digits', 'Members in Khmer digits (45)');
  }
  plant(take()[1], 'Mapped on', '15/07/2020', 'valid', 'text-date', 'a date typed as day/month/year text');
  plant(take((c) => c.target)[1], 'Target', 'Y', 'valid', 'yes-no-spelling', '"Y" means Yes');
  plant(take((c) => c.advocacyPlan)[1], 'Advocacy plan', 'ចាស', 'valid', 'yes-no-khmer', '"ចាស" (Khmer yes)');
  {
    const [cbo, row] = take();
    plant(
      row,
      'CBO name',
      `${cbo.name}\u200B`,
      'valid',
      'zero-width-space',
      'a zero-width space after the name',
    );
  }
  plant(take()[1], 'Phone', '097 7123 456', 'valid', 'phone-9-digits', 'a 9-digit mobile number after the 0');

  // The CBOs sheet: one blank row in the middle, an extra user column, shuffled columns.
  const cboRows: ExampleRow[] = [...rows.values()];
  cboRows.forEach((row, i) => (row[FIELD_OFFICER] = FIELD_OFFICERS[i % FIELD_OFFICERS.length]));
  cboRows.splice(Math.floor(cboRows.length / 2), 0, {});
  const header = rng.shuffle([...headersOf(CBOS), FIELD_OFFICER]);
  header[header.indexOf('CBO ID')] = CBO_ID_HEADER_VARIANT;
  for (const row of cboRows) {
    if ('CBO ID' in row) row[CBO_ID_HEADER_VARIANT] = row['CBO ID'];
    delete row['CBO ID'];
  }

  // Advocacy: an action by a CBO that does not exist; a text date that is valid.
  const actionRows = actions.map(actionRow);
  const unknown = actionRows[actionRows.length - 1];
  unknown['CBO ID'] = 'CBO-999';
  pending.push({
    sheet: ADVOCACY.name,
    row: unknown,
    column: 'CBO ID',
    expect: 'error',
    kind: 'unknown-cbo',
    description: 'no CBO CBO-999 in CBOs',
  });
  const textDate = actionRows[0];
  textDate.Date = isoOf(textDate.Date as Date);
  pending.push({
    sheet: ADVOCACY.name,
    row: textDate,
    column: 'Date',
    expect: 'valid',
    kind: 'text-date',
    description: 'an ISO date typed as text',
  });

  // Partners: an MoU without exit strategy, an MoU that ends before it starts.
  const partners = partnerRows();
  const withMou = partners.filter((p) => p['MoU start']);
  withMou[0]['Exit strategy'] = null;
  pending.push({
    sheet: PARTNERS.name,
    row: withMou[0],
    column: 'Exit strategy',
    expect: 'error',
    kind: 'exit-strategy-required',
    description: 'an MoU needs an exit strategy',
  });
  withMou[1]['MoU end'] = day(2018, 12, 31);
  pending.push({
    sheet: PARTNERS.name,
    row: withMou[1],
    column: 'MoU end',
    expect: 'error',
    kind: 'mou-end-before-start',
    description: 'MoU end is before MoU start',
  });

  const cboSheet = { name: CBOS.name, header, rows: cboRows, dates: ['Mapped on'] };
  const sheets = [
    contractSheet(SETTINGS, project.SETTINGS, { Setting: 28, Value: 40 }),
    cboSheet,
    contractSheet(ADVOCACY, actionRows),
    contractSheet(PARTNERS, partners),
    contractSheet(GEOGRAPHY, geographyRows()),
    contractSheet(LISTS, listsRows()),
  ];

  const rowNumber = (sheet: string, row: ExampleRow) => {
    const index = (sheets.find((s) => s.name === sheet)?.rows ?? []).indexOf(row);
    if (index < 0) throw new Error(`planted row not found in ${sheet}`);
    return index + 2;
  };
  const planted: PlantedValue[] = pending.map((p) => ({
    sheet: p.sheet,
    row: p.row ? rowNumber(p.sheet, p.row) : 1,
    column: p.column,
    value:
      p.row && p.column
        ? display(p.row[p.column === 'CBO ID' && p.sheet === CBOS.name ? CBO_ID_HEADER_VARIANT : p.column])
        : null,
    expect: p.expect,
    kind: p.kind,
    description: p.description,
  }));
  const blankRow = cboRows.findIndex((row) => Object.keys(row).length === 0) + 2;
  planted.push(
    {
      sheet: CBOS.name,
      row: 1,
      column: null,
      value: null,
      expect: 'valid',
      kind: 'shuffled-columns',
      description: `columns in another order: ${header.join(', ')}`,
    },
    {
      sheet: CBOS.name,
      row: 1,
      column: 'CBO ID',
      value: CBO_ID_HEADER_VARIANT,
      expect: 'valid',
      kind: 'header-variant',
      description: 'header typed "cbo id*"',
    },
    {
      sheet: CBOS.name,
      row: 1,
      column: FIELD_OFFICER,
      value: FIELD_OFFICER,
      expect: 'valid',
      kind: 'user-column',
      description: "a column of the user's own, to be kept",
    },
    {
      sheet: CBOS.name,
      row: blankRow,
      column: null,
      value: null,
      expect: 'valid',
      kind: 'blank-row',
      description: 'a blank row in the middle, to be skipped',
    },
  );
  planted.sort((a, b) => a.sheet.localeCompare(b.sheet) || a.row - b.row);
  return { workbook: { sheets }, planted };
}
