/**
 * What one indicators run reads once and shares between its indicators: the tables, the sources,
 * the rows of each period, the CBOs with advocacy, the groups of each breakdown column and the
 * canonical spellings (Lists, Geography, fixed choices). Pure: built from `getValues()` arrays.
 */
import {
  ADVOCACY,
  ATTENDANCE,
  CBOS,
  GEOGRAPHY,
  LISTS,
  MEETINGS,
  PARTNERS,
  type ColumnSpec,
  type SheetSpec,
  SHEET,
} from '../workbook/contract';
import { isoDay, type Day } from '../workbook/dates';
import { choiceAliases } from '../workbook/choices';
import { Vocabulary } from '../workbook/matching';
import { Table } from '../workbook/table';
import { cleanText, type Cell } from '../workbook/values';
import { Source, textKey, type SourceColumn, type SourceName } from './source';

/** Sheet values as `getValues()` returns them, by sheet name. */
export type SheetValues = Partial<Record<string, Cell[][]>>;

/** Each source's sheet, its date column (for periods) and its key column. */
export const SOURCE_SHEETS: Record<SourceName, { spec: SheetSpec; date: string; key: string }> = {
  CBOs: { spec: CBOS, date: 'Mapped on', key: 'CBO ID' },
  Advocacy: { spec: ADVOCACY, date: 'Date', key: 'CBO ID' },
  Partners: { spec: PARTNERS, date: 'MoU start', key: 'Partner' },
  Attendance: { spec: ATTENDANCE, date: 'Date', key: 'Name' },
};

/** Columns whose values are Geography places (English or Khmer names). */
const PLACE_COLUMNS = ['Province', 'District', 'Commune'];

export const BLANK_GROUP = '(blank)';

export interface Grouping {
  /** Group id of each row of the source. */
  ids: Uint32Array;
  /** Group key of each id: Yes/No, an ISO day or a text key. */
  keys: string[];
  /** The value shown for each id. */
  spellings: string[];
}

export interface RowsInPeriod {
  rows: number[];
  /** Rows left out for having no readable date. */
  undated: number;
}

function groupKey(column: SourceColumn, i: number): string {
  if (column.kind === 'yesno') {
    const value = column.yesNo(i);
    if (typeof value === 'boolean') return value ? 'yes' : 'no';
  }
  if (column.kind === 'date') {
    const day = column.day(i);
    if (typeof day === 'number') return isoDay(day);
  }
  return column.key(i);
}

function groupSpelling(
  column: SourceColumn,
  key: string,
  text: string,
  vocabulary: Vocabulary | undefined,
): string {
  if (key === '') return BLANK_GROUP;
  if (column.kind === 'yesno' && (key === 'yes' || key === 'no')) return key === 'yes' ? 'Yes' : 'No';
  if (column.kind === 'date' && /^\d{4}-/.test(key)) return key;
  // A group's texts may all be aliases (Khmer names): its key is then the canonical one.
  return vocabulary?.match(text)?.canonical ?? vocabulary?.match(key)?.canonical ?? text;
}

export class SourceCache {
  private readonly tables = new Map<string, Table | null>();
  private readonly sources = new Map<SourceName, Source | null>();
  private readonly advocacyByPeriod = new Map<string, Set<string>>();
  private readonly vocabularies = new Map<string, Vocabulary | null>();
  private readonly groupings = new Map<SourceColumn, Grouping>();
  private readonly periods = new Map<string, RowsInPeriod>();
  private readonly aliasMaps = new Map<ColumnSpec, ReadonlyMap<string, string> | null>();

  constructor(
    private readonly sheets: SheetValues,
    readonly timeZone: string,
  ) {}

  table(spec: SheetSpec): Table | undefined {
    if (!this.tables.has(spec.name)) {
      const values = this.sheets[spec.name];
      this.tables.set(
        spec.name,
        values && values.length > 0 ? Table.fromValues(spec.name, spec, values) : null,
      );
    }
    return this.tables.get(spec.name) ?? undefined;
  }

  source(name: SourceName): Source | undefined {
    if (!this.sources.has(name)) {
      const { spec, date, key } = SOURCE_SHEETS[name];
      const table = this.table(spec);
      const meetings = name === SHEET.attendance ? this.table(MEETINGS) : undefined;
      this.sources.set(
        name,
        table
          ? new Source({
              name,
              table,
              dateColumn: date,
              keyColumn: key,
              timeZone: this.timeZone,
              meetings,
              aliases: (column) => this.aliases(column),
            })
          : null,
      );
    }
    return this.sources.get(name) ?? undefined;
  }

  /**
   * Keys read as another key, as the validation reads them: fixed choices' Khmer words and other
   * spellings (workbook/choices: ស្រី is Female, ឃុំ is Commune) and the Khmer names of Geography's places (តាកែវ is Takéo; ambiguous names left out).
   */
  aliases(spec: ColumnSpec): ReadonlyMap<string, string> | undefined {
    if (!this.aliasMaps.has(spec)) {
      const aliases = new Map<string, string>();
      if (spec.choices)
        for (const [spelling, value] of choiceAliases(spec.choices))
          aliases.set(textKey(spelling), textKey(value));
      const geography = PLACE_COLUMNS.includes(spec.header) ? this.table(GEOGRAPHY) : undefined;
      if (geography?.has(spec.header)) {
        const ambiguous = new Set<string>();
        for (const row of geography.rows) {
          const english = textKey(geography.get(row, spec.header));
          const khmer = textKey(geography.get(row, `${spec.header} (Khmer)`));
          if (!english || !khmer || english === khmer) continue;
          if ((aliases.get(khmer) ?? english) !== english) ambiguous.add(khmer);
          aliases.set(khmer, english);
        }
        for (const key of ambiguous) aliases.delete(key);
      }
      this.aliasMaps.set(spec, aliases.size > 0 ? aliases : null);
    }
    return this.aliasMaps.get(spec) ?? undefined;
  }

  /** Text keys of CBO IDs with at least one Advocacy row dated inside the period (any date when open). */
  advocacyIds(start: Day | undefined, end: Day | undefined): Set<string> {
    const cacheKey = `${start ?? ''}|${end ?? ''}`;
    let ids = this.advocacyByPeriod.get(cacheKey);
    if (!ids) {
      ids = new Set();
      const advocacy = this.source(SHEET.advocacy);
      const cbo = advocacy?.column('CBO ID');
      const date = advocacy?.dateColumn();
      if (advocacy && cbo) {
        const period = start !== undefined || end !== undefined;
        for (let i = 0; i < advocacy.size; i++) {
          if (period) {
            const day = date?.day(i);
            if (day === null || day === undefined) continue;
            if ((start !== undefined && day < start) || (end !== undefined && day > end)) continue;
          }
          const key = cbo.key(i);
          if (key) ids.add(key);
        }
      }
      this.advocacyByPeriod.set(cacheKey, ids);
    }
    return ids;
  }

  /** The rows of a source dated inside a period (every row when the period is open). */
  rowsInPeriod(source: Source, start: Day | undefined, end: Day | undefined): RowsInPeriod | undefined {
    const cacheKey = `${source.name}|${start ?? ''}|${end ?? ''}`;
    let found = this.periods.get(cacheKey);
    if (found) return found;
    const period = start !== undefined || end !== undefined;
    const dates = period ? source.dateColumn() : undefined;
    if (period && !dates) return undefined;
    const rows: number[] = [];
    let undated = 0;
    for (let i = 0; i < source.size; i++) {
      if (dates) {
        const day = dates.day(i);
        if (day === null || day === undefined) {
          undated++;
          continue;
        }
        if ((start !== undefined && day < start) || (end !== undefined && day > end)) continue;
      }
      rows.push(i);
    }
    found = { rows, undated };
    this.periods.set(cacheKey, found);
    return found;
  }

  /** The group of each row for a disaggregation column, and the spelling shown for each group. */
  grouping(column: SourceColumn): Grouping {
    let grouping = this.groupings.get(column);
    if (grouping) return grouping;
    const size = column.size;
    const ids = new Uint32Array(size);
    const keys: string[] = [];
    const idOf = new Map<string, number>();
    // Texts of each group with their counts, in the order they first come.
    const texts: Map<string, number>[] = [];
    for (let i = 0; i < size; i++) {
      const key = groupKey(column, i);
      let id = idOf.get(key);
      if (id === undefined) {
        id = keys.length;
        idOf.set(key, id);
        keys.push(key);
        texts.push(new Map());
      }
      ids[i] = id;
      const text = column.text(i);
      const byText = texts[id];
      byText.set(text, (byText.get(text) ?? 0) + 1);
    }
    // The spelling shown: the vocabulary's, else the most frequent in the whole column.
    const vocabulary = this.vocabulary(column);
    const spellings = keys.map((key, id) => {
      let best = '';
      let count = -1;
      for (const [text, n] of texts[id]) {
        if (n > count) {
          best = text;
          count = n;
        }
      }
      return groupSpelling(column, key, best, vocabulary);
    });
    grouping = { ids, keys, spellings };
    this.groupings.set(column, grouping);
    return grouping;
  }

  /** Canonical spellings for a disaggregation column: fixed choices, a Lists column or Geography. */
  vocabulary(column: SourceColumn): Vocabulary | undefined {
    const spec = column.spec;
    if (!spec) return undefined;
    const cacheKey = spec.header;
    if (!this.vocabularies.has(cacheKey)) {
      let values: string[] | undefined;
      if (spec.choices) values = [...spec.choices];
      else if (spec.list) values = this.columnValues(LISTS, spec.list);
      else if (PLACE_COLUMNS.includes(spec.header)) {
        values = this.columnValues(GEOGRAPHY, spec.header);
      }
      this.vocabularies.set(cacheKey, values && values.length ? new Vocabulary(values) : null);
    }
    return this.vocabularies.get(cacheKey) ?? undefined;
  }

  private columnValues(spec: SheetSpec, header: string): string[] | undefined {
    const table = this.table(spec);
    if (!table || !table.has(header)) return undefined;
    return table.rows.map((row) => cleanText(table.get(row, header))).filter((v) => v !== '');
  }
}
