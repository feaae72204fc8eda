import { ADVOCACY, CBOS } from '../../src/workbook/contract';
import { dayFromParts, dayOfDate, isoDay, parseDay } from '../../src/workbook/dates';
import { mapHeaders, normalizeHeader } from '../../src/workbook/headers';
import { foldKey, Vocabulary } from '../../src/workbook/matching';
import { Table } from '../../src/workbook/table';
import {
  cleanText,
  parseNumber,
  parseWholeNumber,
  parseYesNo,
  toKhmerDigits,
} from '../../src/workbook/values';

describe('values', () => {
  test('cleanText trims spaces and zero-width characters at the ends only', () => {
    expect(cleanText('\u200B Kandal \uFEFF')).toBe('Kandal');
    expect(cleanText('ភ្នំ\u200Bពេញ')).toBe('ភ្នំ\u200Bពេញ');
    expect(cleanText(null)).toBe('');
    expect(cleanText(12)).toBe('12');
  });

  test('numbers accept Khmer digits, thousands separators and reject words', () => {
    expect(parseNumber('១២')).toEqual({ status: 'ok', value: 12, canonical: false });
    expect(parseNumber('1,250')).toMatchObject({ status: 'ok', value: 1250 });
    expect(parseNumber(7)).toMatchObject({ status: 'ok', value: 7, canonical: true });
    expect(parseNumber('')).toEqual({ status: 'blank' });
    expect(parseNumber('ten').status).toBe('invalid');
    expect(parseNumber('1,25').status).toBe('invalid');
    expect(parseWholeNumber('2.5').status).toBe('invalid');
  });

  test('Yes/No spellings, checkboxes and Khmer', () => {
    for (const yes of ['Yes', 'y', 'TRUE', true, 'បាទ', 'ចាស'])
      expect(parseYesNo(yes)).toMatchObject({ value: true });
    for (const no of ['No', 'n', 'false', false, 'ទេ'])
      expect(parseYesNo(no)).toMatchObject({ value: false });
    expect(parseYesNo('Yes')).toMatchObject({ canonical: true });
    expect(parseYesNo('y')).toMatchObject({ canonical: false });
    expect(parseYesNo('maybe').status).toBe('invalid');
  });

  test('Khmer digits round trip', () => {
    expect(toKhmerDigits('16.25% (13 of 80)')).toBe('១៦.២៥% (១៣ of ៨០)');
  });
});

describe('dates', () => {
  const july15 = dayFromParts(2020, 7, 15);

  test('ISO and day/month/year text, Khmer digits, real calendar days only', () => {
    expect(parseDay('2020-07-15')).toMatchObject({ status: 'ok', value: july15 });
    expect(parseDay('15/07/2020')).toMatchObject({ status: 'ok', value: july15 });
    expect(parseDay('១៥/០៧/២០២០')).toMatchObject({ status: 'ok', value: july15 });
    expect(parseDay('31/02/2020').status).toBe('invalid');
    expect(parseDay('July 15, 2020').status).toBe('invalid');
    expect(parseDay(44027).status).toBe('invalid');
    expect(parseDay('')).toEqual({ status: 'blank' });
  });

  test('date cells are read in the spreadsheet time zone', () => {
    // Midnight 15 July in Phnom Penh is 17:00 UTC on 14 July.
    const cell = new Date(Date.UTC(2020, 6, 14, 17, 0, 0));
    expect(isoDay(dayOfDate(cell, 'Asia/Phnom_Penh'))).toBe('2020-07-15');
    expect(isoDay(dayOfDate(cell, 'UTC'))).toBe('2020-07-14');
  });
});

describe('matching', () => {
  test('case, spaces and Latin accents do not matter; Khmer marks do', () => {
    expect(foldKey(' Takéo ')).toBe(foldKey('takeo'));
    expect(foldKey('Banteay  Meanchey')).toBe(foldKey('BanteayMeanchey'));
    expect(foldKey('តាកែវ')).not.toBe(foldKey('តាក'));
  });

  test('vocabulary matches tolerantly and suggests near misses', () => {
    const provinces = new Vocabulary(['Kandal', 'Takéo', 'Kampong Speu', 'Phnom Penh']);
    expect(provinces.match('takeo')).toEqual({ canonical: 'Takéo', exact: false });
    expect(provinces.match('Kandal')).toEqual({ canonical: 'Kandal', exact: true });
    expect(provinces.match('Kandaal')).toBeUndefined();
    expect(provinces.suggest('Kandaal')).toBe('Kandal');
    expect(provinces.suggest('Siem Reap')).toBeUndefined();
  });
});

describe('headers and tables', () => {
  test('headers match ignoring case, spaces and a trailing *', () => {
    expect(normalizeHeader('  CBO   id * ')).toBe('cbo id');
    const map = mapHeaders(['Notes', ' cbo ID*', 'Extra column', 'date', 'LEVEL'], ADVOCACY.columns);
    expect(map.index.get('CBO ID')).toBe(1);
    expect(map.index.get('Date')).toBe(3);
    expect(map.unknown.map((u) => u.header)).toEqual(['Notes', 'Extra column']);
    expect(map.missing.map((c) => c.header)).toEqual(['Authority', 'Issue', 'Result']);
  });

  test('blank rows are skipped, row numbers are sheet rows, user columns are readable', () => {
    const table = Table.fromValues('CBOs', CBOS, [
      ['CBO ID', 'My column', 'CBO name'],
      ['C-1', 'x', 'One'],
      ['', 'only an unknown column', ''],
      ['C-2', '', 'Two'],
    ]);
    expect(table.rows.map((r) => r.rowNumber)).toEqual([2, 4]);
    expect(table.get(table.rows[1], 'CBO name')).toBe('Two');
    expect(table.get(table.rows[0], 'my column')).toBe('x');
    expect(table.has('Province')).toBe(false);
  });
});
