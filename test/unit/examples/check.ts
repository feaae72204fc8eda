/**
 * An independent, minimal check of the contract rules for CBOs, Advocacy and Partners, written
 * for these tests only (the real validation is another module): the clean example must give no
 * problem, and the needs-fixing example exactly its planted mistakes.
 */
import { ADVOCACY, CBOS, GEOGRAPHY, GENDERS, LEVELS, LISTS, PARTNERS } from '../../../src/workbook/contract';
import { parseDay, today } from '../../../src/workbook/dates';
import { foldKey, Vocabulary } from '../../../src/workbook/matching';
import { Table, type TableRow } from '../../../src/workbook/table';
import {
  cleanText,
  hasKhmerScript,
  parseWholeNumber,
  parseYesNo,
  type Cell,
} from '../../../src/workbook/values';
import type { Values } from './readBack';

export interface Found {
  severity: 'error' | 'warning';
  sheet: string;
  row: number;
  column: string;
  value: string;
}

const PHONE = /^(?:\+855|0)(\d{8,9})$/;
const EMAIL = /^[^\s@,]+@[^\s@,]+\.[a-z]{2,}$/i;

interface Place {
  names: Vocabulary;
  children: Map<string, Place>;
  canonical: string;
}

function place(canonical: string): Place {
  return { names: new Vocabulary([]), children: new Map(), canonical };
}

/** Province → District → Commune, each findable by English or Khmer name. */
function geography(values: Values): Place {
  const root = place('');
  const table = Table.fromValues(GEOGRAPHY.name, GEOGRAPHY, values);
  const child = (parent: Place, english: Cell, khmer: Cell): Place => {
    const key = foldKey(english);
    let found = parent.children.get(key);
    if (!found) {
      found = place(cleanText(english));
      parent.children.set(key, found);
      parent.children.set(foldKey(khmer), found);
    }
    return found;
  };
  for (const row of table.rows) {
    const province = child(root, table.get(row, 'Province'), table.get(row, 'Province (Khmer)'));
    const district = child(province, table.get(row, 'District'), table.get(row, 'District (Khmer)'));
    if (cleanText(table.get(row, 'Commune')))
      child(district, table.get(row, 'Commune'), table.get(row, 'Commune (Khmer)'));
  }
  return root;
}

export function checkWorkbook(sheets: Map<string, Values>, now = today()): Found[] {
  const found: Found[] = [];
  const lists = Table.fromValues(LISTS.name, LISTS, sheets.get(LISTS.name) ?? []);
  const list = (name: string) =>
    new Vocabulary(lists.rows.map((row) => cleanText(lists.get(row, name))).filter(Boolean));
  const geo = geography(sheets.get(GEOGRAPHY.name) ?? []);

  const check = (table: Table) => {
    const report = (row: TableRow, column: string, severity: Found['severity'] = 'error') =>
      found.push({
        severity,
        sheet: table.sheetName,
        row: row.rowNumber,
        column,
        value: cleanText(table.get(row, column)),
      });
    const inList = (row: TableRow, column: string, vocabulary: Vocabulary) => {
      const value = table.get(row, column);
      if (!cleanText(value)) return;
      const match = vocabulary.match(value);
      if (!match) report(row, column);
      else if (!match.exact) report(row, column, 'warning');
    };
    const yesNo = (row: TableRow, column: string) => {
      const parsed = parseYesNo(table.get(row, column));
      if (parsed.status === 'invalid') report(row, column);
      else if (parsed.status === 'ok' && !parsed.canonical) report(row, column, 'warning');
    };
    const date = (row: TableRow, column: string, notFuture: boolean) => {
      const parsed = parseDay(table.get(row, column));
      if (parsed.status === 'invalid') report(row, column);
      else if (parsed.status === 'ok' && notFuture && parsed.value > now) report(row, column);
      else if (parsed.status === 'ok' && !parsed.canonical) report(row, column, 'warning');
      return parsed.status === 'ok' ? parsed.value : undefined;
    };
    const whole = (row: TableRow, column: string) => {
      const parsed = parseWholeNumber(table.get(row, column));
      if (parsed.status === 'invalid' || (parsed.status === 'ok' && parsed.value < 0)) report(row, column);
      else if (parsed.status === 'ok' && !parsed.canonical) report(row, column, 'warning');
      return parsed.status === 'ok' ? parsed.value : undefined;
    };
    const placeIn = (row: TableRow, column: string, parent: Place | undefined): Place | undefined => {
      const value = table.get(row, column);
      if (!parent || !cleanText(value) || parent.children.size === 0) return undefined;
      const match = parent.children.get(foldKey(value));
      if (!match) report(row, column);
      else if (cleanText(value) !== match.canonical && !hasKhmerScript(cleanText(value)))
        report(row, column, 'warning');
      return match;
    };
    for (const row of table.rows) {
      for (const spec of table.spec.columns) {
        if (spec.required && !cleanText(table.get(row, spec.header))) report(row, spec.header);
      }
    }
    return { report, inList, yesNo, date, whole, placeIn };
  };

  const cbos = Table.fromValues(CBOS.name, CBOS, sheets.get(CBOS.name) ?? []);
  const partners = Table.fromValues(PARTNERS.name, PARTNERS, sheets.get(PARTNERS.name) ?? []);
  const partnerNames = new Vocabulary(partners.rows.map((row) => cleanText(partners.get(row, 'Partner'))));
  const ids = new Set<string>();
  {
    const c = check(cbos);
    for (const row of cbos.rows) {
      const id = cleanText(cbos.get(row, 'CBO ID'));
      if (id && ids.has(id)) c.report(row, 'CBO ID');
      ids.add(id);
      const khmer = cleanText(cbos.get(row, 'CBO name (Khmer)'));
      if (khmer && !hasKhmerScript(khmer)) c.report(row, 'CBO name (Khmer)');
      const province = c.placeIn(row, 'Province', geo);
      const district = c.placeIn(row, 'District', province);
      c.placeIn(row, 'Commune', district);
      c.inList(row, 'Sector', list('Sector'));
      c.inList(row, 'Registration', list('Registration'));
      c.inList(row, 'Leader gender', new Vocabulary(GENDERS));
      c.inList(row, 'Partner', partnerNames);
      const year = c.whole(row, 'Year established');
      if (year !== undefined && (year < 1979 || year > Number(new Date().getFullYear())))
        c.report(row, 'Year established');
      const members = c.whole(row, 'Members');
      for (const part of ['Women members', 'Youth members']) {
        const count = c.whole(row, part);
        if (count !== undefined && members !== undefined && count > members) c.report(row, part);
      }
      const phone = cleanText(cbos.get(row, 'Phone')).replace(/[\s-]/g, '');
      if (phone && !PHONE.test(phone)) c.report(row, 'Phone');
      const email = cleanText(cbos.get(row, 'Email'));
      if (email && !EMAIL.test(email)) c.report(row, 'Email');
      c.yesNo(row, 'Target');
      c.yesNo(row, 'Advocacy plan');
      c.date(row, 'Mapped on', true);
    }
  }
  {
    const advocacy = Table.fromValues(ADVOCACY.name, ADVOCACY, sheets.get(ADVOCACY.name) ?? []);
    const c = check(advocacy);
    for (const row of advocacy.rows) {
      const id = cleanText(advocacy.get(row, 'CBO ID'));
      if (id && !ids.has(id)) c.report(row, 'CBO ID');
      c.date(row, 'Date', true);
      c.inList(row, 'Level', new Vocabulary(LEVELS));
      c.inList(row, 'Issue', list('Issue'));
    }
  }
  {
    const c = check(partners);
    const seen = new Set<string>();
    for (const row of partners.rows) {
      const name = foldKey(partners.get(row, 'Partner'));
      if (name && seen.has(name)) c.report(row, 'Partner');
      seen.add(name);
      c.inList(row, 'Type', list('Organisation type'));
      const emails = cleanText(partners.get(row, 'Email'));
      if (emails && !emails.split(',').every((e) => EMAIL.test(e.trim()))) c.report(row, 'Email');
      const start = c.date(row, 'MoU start', false);
      const end = c.date(row, 'MoU end', false);
      if (start !== undefined && end !== undefined && end < start) c.report(row, 'MoU end');
      if (start !== undefined && !cleanText(partners.get(row, 'Exit strategy')))
        c.report(row, 'Exit strategy');
      c.yesNo(row, 'Receives reports');
    }
  }
  return found;
}
