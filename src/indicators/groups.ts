/** The groups of a breakdown (Disaggregate by): one per combination of values present, in order. */
import { foldKey } from '../workbook/matching';
import { BLANK_GROUP, type SourceCache } from './cache';
import type { SourceColumn } from './source';

export interface Group {
  key: string;
  /** The value shown for each column. */
  values: string[];
  rows: number[];
}

/** One group per combination of values present, sorted by list order, numbers or text; blanks last. */
export function groups(cache: SourceCache, columns: SourceColumn[], rows: number[]): Group[] {
  const groupings = columns.map((column) => cache.grouping(column));
  // Groups in the order their first row comes (the sort below is stable).
  const created: Group[] = [];
  if (groupings.length === 1) {
    const { ids, keys, spellings } = groupings[0];
    const byId: (Group | undefined)[] = new Array(keys.length);
    for (const i of rows) {
      const id = ids[i];
      let group = byId[id];
      if (!group) {
        group = { key: keys[id], values: [spellings[id]], rows: [] };
        byId[id] = group;
        created.push(group);
      }
      group.rows.push(i);
    }
  } else {
    const byKey = new Map<string, Group>();
    for (const i of rows) {
      let key = String(groupings[0].ids[i]);
      for (let c = 1; c < groupings.length; c++) key += `,${groupings[c].ids[i]}`;
      let group = byKey.get(key);
      if (!group) {
        group = {
          key: groupings.map((g) => g.keys[g.ids[i]]).join('\u0001'),
          values: groupings.map((g) => g.spellings[g.ids[i]]),
          rows: [],
        };
        byKey.set(key, group);
        created.push(group);
      }
      group.rows.push(i);
    }
  }
  const orders = columns.map((column) => vocabularyOrder(column));
  return created.sort((a, b) => {
    for (let c = 0; c < columns.length; c++) {
      const order = compareGroupValues(a.values[c], b.values[c], orders[c]);
      if (order !== 0) return order;
    }
    return 0;
  });
}

function vocabularyOrder(column: SourceColumn): Map<string, number> | undefined {
  const choices = column.spec?.choices;
  if (!choices) return undefined;
  return new Map(choices.map((choice, index) => [foldKey(choice), index]));
}

let collator: Intl.Collator | undefined;

function compareGroupValues(a: string, b: string, order: Map<string, number> | undefined): number {
  if (a === b) return 0;
  if (a === BLANK_GROUP) return 1;
  if (b === BLANK_GROUP) return -1;
  if (order) {
    const ia = order.get(foldKey(a)) ?? Infinity;
    const ib = order.get(foldKey(b)) ?? Infinity;
    if (ia !== ib) return ia < ib ? -1 : 1;
  }
  const na = Number(a.replace(/,/g, ''));
  const nb = Number(b.replace(/,/g, ''));
  if (a !== '' && b !== '' && Number.isFinite(na) && Number.isFinite(nb)) return na - nb;
  collator ??= new Intl.Collator('en', { sensitivity: 'base', numeric: true });
  return collator.compare(a, b);
}
