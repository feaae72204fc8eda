/** Writes the two example workbooks into a folder. */
import fs from 'node:fs';
import path from 'node:path';
import { generateCbos } from './cbos';
import { buildExampleWorkbook } from './example';
import { buildNeedsFixing, type PlantedValue } from './needsFixing';
import { workbookBytes } from './xlsx';

export const EXAMPLE_FILE = 'cbo-tracker-example.xlsx';
export const NEEDS_FIXING_FILE = 'needs-fixing.xlsx';

export interface WrittenExamples {
  example: string;
  needsFixing: string;
  rows: Record<string, number>;
  planted: PlantedValue[];
}

export async function writeExamples(folder: string): Promise<WrittenExamples> {
  const data = generateCbos();
  const example = buildExampleWorkbook(data);
  const needsFixing = buildNeedsFixing(data);
  fs.mkdirSync(folder, { recursive: true });
  const examplePath = path.join(folder, EXAMPLE_FILE);
  const needsFixingPath = path.join(folder, NEEDS_FIXING_FILE);
  fs.writeFileSync(examplePath, await workbookBytes(example));
  fs.writeFileSync(needsFixingPath, await workbookBytes(needsFixing.workbook));
  return {
    example: examplePath,
    needsFixing: needsFixingPath,
    rows: Object.fromEntries(example.sheets.map((sheet) => [sheet.name, sheet.rows.length])),
    planted: needsFixing.planted,
  };
}
