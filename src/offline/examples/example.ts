/**
 * Assembles the example workbook (examples/cbo-tracker-example.xlsx): every sheet of the workbook
 * contract, with the contract's headers, in the order a newcomer reads them.
 */
import {
  ADVOCACY,
  AGENDA,
  ATTENDANCE,
  CBOS,
  GEOGRAPHY,
  GROUP_WORK,
  INDICATORS,
  LIST_NAMES,
  LISTS,
  MEETINGS,
  PARTNERS,
  PROJECTS,
  REPORT_ITEMS,
  SETTINGS,
  type SheetSpec,
} from '../../workbook/contract';
import { actionRow, cboRow, generateCbos, type ExampleData } from './cbos';
import { EXAMPLE_PROVINCES } from './geography';
import { EXAMPLE_LISTS } from './lists';
import * as meetings from './meetings';
import type { ExampleRow, ExampleSheet, ExampleWorkbook } from './model';
import { partnerRows } from './partners';
import * as project from './project';

export function headersOf(spec: SheetSpec): string[] {
  return spec.columns.map((column) => column.header);
}

export function datesOf(spec: SheetSpec): string[] {
  return spec.columns.filter((column) => column.kind === 'date').map((column) => column.header);
}

export function contractSheet(
  spec: SheetSpec,
  rows: ExampleRow[],
  widths?: Record<string, number>,
): ExampleSheet {
  return { name: spec.name, header: headersOf(spec), rows, dates: datesOf(spec), widths };
}

/** One Geography row per commune of the 40 target districts. */
export function geographyRows(): ExampleRow[] {
  return EXAMPLE_PROVINCES.flatMap((province) =>
    province.districts.flatMap((district) =>
      district.communes.map((commune) => ({
        Province: province.name,
        District: district.name,
        Commune: commune.name,
        'Province (Khmer)': province.khmer,
        'District (Khmer)': district.khmer,
        'Commune (Khmer)': commune.khmer,
        Code: commune.code,
        'Target area': 'Yes',
      })),
    ),
  );
}

export function listsRows(): ExampleRow[] {
  const longest = Math.max(...LIST_NAMES.map((name) => EXAMPLE_LISTS[name].length));
  return Array.from({ length: longest }, (_, i) =>
    Object.fromEntries(LIST_NAMES.map((name) => [name, EXAMPLE_LISTS[name][i] ?? null])),
  );
}

const LONG_TEXT = 70;

/** The whole example workbook model. */
export function buildExampleWorkbook(data: ExampleData = generateCbos()): ExampleWorkbook {
  return {
    sheets: [
      contractSheet(SETTINGS, project.SETTINGS, { Setting: 28, Value: 40 }),
      contractSheet(CBOS, data.cbos.map(cboRow)),
      contractSheet(ADVOCACY, data.actions.map(actionRow)),
      contractSheet(PARTNERS, partnerRows(), { 'Exit strategy': LONG_TEXT }),
      contractSheet(GEOGRAPHY, geographyRows()),
      contractSheet(LISTS, listsRows()),
      contractSheet(INDICATORS, project.INDICATORS),
      contractSheet(MEETINGS, meetings.MEETINGS, {
        Title: LONG_TEXT,
        Objectives: LONG_TEXT,
        Conclusions: LONG_TEXT,
        Annexes: LONG_TEXT,
      }),
      contractSheet(ATTENDANCE, meetings.ATTENDANCE),
      contractSheet(AGENDA, [...meetings.AGENDA, ...meetings.REFLECTION_AGENDA], {
        Session: LONG_TEXT,
        Notes: 100,
      }),
      contractSheet(GROUP_WORK, meetings.GROUP_WORK, { Point: LONG_TEXT }),
      contractSheet(PROJECTS, project.PROJECTS, {
        Title: LONG_TEXT,
        Outcome: LONG_TEXT,
        'Strategic objective': LONG_TEXT,
        'Project objective': LONG_TEXT,
        'Target areas': LONG_TEXT,
      }),
      contractSheet(REPORT_ITEMS, project.REPORT_ITEMS, { Text: 100 }),
    ],
  };
}
