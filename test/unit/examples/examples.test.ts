import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  ADVOCACY,
  ATTENDANCE,
  CBOS,
  GEOGRAPHY,
  INPUT_SHEETS,
  LISTS,
  MEETINGS,
  PARTNERS,
  REPORT_ITEMS,
  INDICATORS,
  type SheetSpec,
} from '../../../src/workbook/contract';
import { isoDay, parseDay } from '../../../src/workbook/dates';
import { Table } from '../../../src/workbook/table';
import { cleanText, isDate, parseWholeNumber, parseYesNo, type Cell } from '../../../src/workbook/values';
import {
  EXAMPLE_FILE,
  NEEDS_FIXING_FILE,
  writeExamples,
  type WrittenExamples,
} from '../../../src/offline/examples/write';
import { checkWorkbook } from './check';
import { readWorkbook, type Values } from './readBack';

let folder: string;
let written: WrittenExamples;
let example: Map<string, Values>;
let needsFixing: Map<string, Values>;

beforeAll(async () => {
  folder = fs.mkdtempSync(path.join(os.tmpdir(), 'cbo-examples-'));
  written = await writeExamples(folder);
  example = await readWorkbook(path.join(folder, EXAMPLE_FILE));
  needsFixing = await readWorkbook(path.join(folder, NEEDS_FIXING_FILE));
});

afterAll(() => fs.rmSync(folder, { recursive: true, force: true }));

function table(sheets: Map<string, Values>, spec: SheetSpec): Table {
  const values = sheets.get(spec.name);
  if (!values) throw new Error(`missing sheet ${spec.name}`);
  return Table.fromValues(spec.name, spec, values);
}

const yes = (value: Cell) => {
  const parsed = parseYesNo(value);
  return parsed.status === 'ok' && parsed.value;
};
const text = (t: Table, row: Table['rows'][number], header: string) => cleanText(t.get(row, header));

describe('the example workbook', () => {
  test('has every contract sheet with the contract headers, in reading order', () => {
    const names = [...example.keys()];
    expect(names).toEqual([
      'Settings',
      'CBOs',
      'Advocacy',
      'Partners',
      'Geography',
      'Lists',
      'Indicators',
      'Meetings',
      'Attendance',
      'Agenda',
      'Group work',
      'Projects',
      'Report items',
    ]);
    for (const spec of INPUT_SHEETS) {
      expect(example.get(spec.name)?.[0]).toEqual(spec.columns.map((c) => c.header));
    }
  });

  test('gives the reference report figures: 621 mapped, 63 with plans, 13 of 80 advocated', () => {
    const cbos = table(example, CBOS);
    const advocacy = table(example, ADVOCACY);
    const targets = cbos.rows.filter((row) => yes(cbos.get(row, 'Target')));
    const withPlan = targets.filter((row) => yes(cbos.get(row, 'Advocacy plan')));
    const nonTargetPlans = cbos.rows.filter(
      (row) => !yes(cbos.get(row, 'Target')) && yes(cbos.get(row, 'Advocacy plan')),
    );
    const targetIds = new Set(targets.map((row) => text(cbos, row, 'CBO ID')));
    const actionIds = advocacy.rows.map((row) => text(advocacy, row, 'CBO ID'));
    const advocated = new Set(actionIds.filter((id) => targetIds.has(id)));

    expect(cbos.rows).toHaveLength(621);
    expect(targets).toHaveLength(80);
    expect(withPlan).toHaveLength(63);
    expect(advocated.size).toBe(13);
    expect(((100 * advocated.size) / targets.length).toFixed(2)).toBe('16.25');
    // The filters matter: non-target CBOs have plans and actions, advocates act more than once.
    expect(nonTargetPlans.length).toBeGreaterThan(0);
    expect(actionIds.some((id) => !targetIds.has(id))).toBe(true);
    expect([...advocated].some((id) => actionIds.filter((a) => a === id).length > 1)).toBe(true);
  });

  test('has advocacy in 2019 and 2020, on all ten issues and all four levels', () => {
    const advocacy = table(example, ADVOCACY);
    const years = advocacy.rows.map((row) => {
      const parsed = parseDay(advocacy.get(row, 'Date'));
      return parsed.status === 'ok' ? isoDay(parsed.value).slice(0, 4) : 'invalid';
    });
    expect(new Set(years)).toEqual(new Set(['2019', '2020']));
    expect(new Set(advocacy.rows.map((row) => text(advocacy, row, 'Issue'))).size).toBe(10);
    expect(new Set(advocacy.rows.map((row) => text(advocacy, row, 'Level')))).toEqual(
      new Set(['National', 'Provincial', 'District', 'Commune']),
    );
  });

  test('is clean: no error and no warning by the contract rules', () => {
    expect(checkWorkbook(example)).toEqual([]);
  });

  test('maps every CBO to a Province, District and Commune of its Geography, spelt as Geography spells it', () => {
    const geography = table(example, GEOGRAPHY);
    const places = new Set(
      geography.rows.map((row) =>
        ['Province', 'District', 'Commune'].map((h) => text(geography, row, h)).join('|'),
      ),
    );
    const cbos = table(example, CBOS);
    const missing = cbos.rows
      .map((row) => ['Province', 'District', 'Commune'].map((h) => text(cbos, row, h)).join('|'))
      .filter((key) => !places.has(key));
    expect(missing).toEqual([]);
    expect(places.size).toBe(geography.rows.length);
    const districts = new Set(
      geography.rows.map((row) => `${text(geography, row, 'Province')}|${text(geography, row, 'District')}`),
    );
    expect(districts.size).toBe(40);
    expect(new Set(geography.rows.map((row) => text(geography, row, 'Province'))).size).toBe(9);
    for (const row of geography.rows) {
      const code = geography.get(row, 'Code');
      expect(typeof code).toBe('string');
      expect(code).toMatch(/^\d{6}$/);
      expect(geography.get(row, 'Target area')).toBe('Yes');
    }
    // Every district has CBOs.
    const used = new Set(
      cbos.rows.map((row) => `${text(cbos, row, 'Province')}|${text(cbos, row, 'District')}`),
    );
    expect(used).toEqual(districts);
  });

  test('uses only values of Lists, and lists the report sections in order', () => {
    const lists = table(example, LISTS);
    const list = (name: string) => lists.rows.map((row) => text(lists, row, name)).filter(Boolean);
    const uses: [SheetSpec, string, string][] = [
      [CBOS, 'Sector', 'Sector'],
      [CBOS, 'Registration', 'Registration'],
      [ADVOCACY, 'Issue', 'Issue'],
      [PARTNERS, 'Type', 'Organisation type'],
      [ATTENDANCE, 'Participant type', 'Participant type'],
      [REPORT_ITEMS, 'Section', 'Report section'],
    ];
    for (const [spec, column, name] of uses) {
      const t = table(example, spec);
      const values = new Set(t.rows.map((row) => text(t, row, column)).filter(Boolean));
      expect([...values].filter((v) => !list(name).includes(v))).toEqual([]);
    }
    expect(list('Issue')).toHaveLength(10);
    expect(list('Report section')).toEqual([
      'Activities and results',
      'Lessons learned',
      'Challenges',
      'The way forward',
    ]);
  });

  test('has the 2017 meeting with 24 participants: CBOs 4, LNGOs 13, INGOs 1, CCC 5, Development partner 1', () => {
    const meetings = table(example, MEETINGS);
    const meeting = meetings.rows.find((row) => text(meetings, row, 'Meeting ID') === 'M-2017-09');
    expect(meeting).toBeDefined();
    const date = meetings.get(meeting!, 'Date');
    expect(isDate(date)).toBe(true);
    expect(isoDay((parseDay(date) as { value: number }).value)).toBe('2017-09-28');
    expect(text(meetings, meeting!, 'Objectives').split('\n')).toHaveLength(3);

    const attendance = table(example, ATTENDANCE);
    const rows = attendance.rows.filter((row) => text(attendance, row, 'Meeting ID') === 'M-2017-09');
    const byType: Record<string, number> = {};
    for (const row of rows) {
      const type = text(attendance, row, 'Participant type');
      byType[type] = (byType[type] ?? 0) + 1;
    }
    expect(rows).toHaveLength(24);
    expect(byType).toEqual({ CBO: 4, LNGO: 13, INGO: 1, CCC: 5, 'Development partner': 1 });
    expect(meetings.rows.length).toBeGreaterThan(1);
  });

  test('cites only indicators that the Indicators sheet defines', () => {
    const indicators = table(example, INDICATORS);
    const ids = new Set(indicators.rows.map((row) => text(indicators, row, 'ID')));
    const items = table(example, REPORT_ITEMS);
    const cited = items.rows.flatMap((row) =>
      [...text(items, row, 'Text').matchAll(/\{\{([^}]+)\}\}/g)].map((m) => m[1]),
    );
    expect(cited.length).toBeGreaterThanOrEqual(4);
    expect(cited.filter((id) => !ids.has(id))).toEqual([]);
    expect(items.rows).toHaveLength(13);
    for (const row of indicators.rows)
      expect(parseWholeNumber(indicators.get(row, 'Decimals')).status).not.toBe('invalid');
  });
});

describe('the needs-fixing workbook', () => {
  test('has exactly its planted mistakes, each on its row and column, and no error on the tricky values', () => {
    const found = checkWorkbook(needsFixing).filter((f) => f.severity === 'error');
    const key = (p: { sheet: string; row: number; column: string | null }) =>
      `${p.sheet}!${p.row}:${p.column}`;
    const planted = written.planted.filter((p) => p.expect === 'error');
    expect(planted).toHaveLength(13);
    expect(found.map(key).sort()).toEqual(planted.map(key).sort());
  });

  test('holds the planted values where the list says', () => {
    for (const p of written.planted) {
      if (p.column === null || p.row === 1) continue;
      const spec = [CBOS, ADVOCACY, PARTNERS].find((s) => s.name === p.sheet)!;
      const t = table(needsFixing, spec);
      const row = t.rows.find((r) => r.rowNumber === p.row);
      expect(row).toBeDefined();
      const cell = t.get(row!, p.column);
      const value = isDate(cell) ? cell.toISOString().slice(0, 10) : cell === '' ? null : cell;
      expect(value).toBe(p.value);
    }
  });

  test('keeps the tricky layout: shuffled columns, a header variant, a user column, a blank row', () => {
    const values = needsFixing.get(CBOS.name)!;
    const header = values[0];
    expect(header).toContain('cbo id*');
    expect(header).toContain('Field officer');
    expect(header.slice(0, 3)).not.toEqual(CBOS.columns.slice(0, 3).map((c) => c.header));
    const blank = written.planted.find((p) => p.kind === 'blank-row')!;
    expect(values[blank.row - 1].every((cell) => cell === '')).toBe(true);
    const cbos = table(needsFixing, CBOS);
    expect(cbos.rows).toHaveLength(40);
    expect(cbos.headerMap.missing).toEqual([]);
  });

  test('comes from the same Geography and Lists as the example', () => {
    for (const name of ['Geography', 'Lists']) expect(needsFixing.get(name)).toEqual(example.get(name));
  });
});

test('the generator is deterministic: a second run writes the same bytes', async () => {
  const again = fs.mkdtempSync(path.join(os.tmpdir(), 'cbo-examples-'));
  try {
    await writeExamples(again);
    for (const file of [EXAMPLE_FILE, NEEDS_FIXING_FILE]) {
      expect(fs.readFileSync(path.join(again, file)).equals(fs.readFileSync(path.join(folder, file)))).toBe(
        true,
      );
    }
    expect(await readWorkbook(path.join(again, EXAMPLE_FILE))).toEqual(example);
  } finally {
    fs.rmSync(again, { recursive: true, force: true });
  }
});
