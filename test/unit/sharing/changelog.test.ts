import {
  logEntries,
  isLoggedSheet,
  logPlace,
  logTimeFormat,
  OLD_VALUE_UNKNOWN,
} from '../../../src/sharing/changelog/entries';

const base = {
  time: new Date('2026-11-23T07:05:09Z'),
  timeZone: 'Asia/Phnom_Penh',
  user: 'sok@example.org',
  sheet: 'CBOs',
};

describe('change log entries', () => {
  test('a single-cell edit logs the old and new value, made literal', () => {
    const rows = logEntries({
      ...base,
      row: 7,
      column: 2,
      values: [['=IMPORTXML("x")']],
      oldValue: 'Kandal',
    });
    expect(rows).toEqual([[base.time, "'sok@example.org", "'CBOs", "'B7", "'Kandal", '\'=IMPORTXML("x")']]);
  });

  test('a paste logs each cell up to the cap, then one summary entry', () => {
    const values = Array.from({ length: 30 }, (_, r) => [
      r,
      `x${r}`,
      new Date(Date.UTC(2020, 6, 15, 0, 0, 0) - 7 * 3600000),
    ]);
    const rows = logEntries({ ...base, row: 2, column: 1, values }, 50);
    expect(rows).toHaveLength(51);
    expect(rows[0]).toEqual([base.time, "'sok@example.org", "'CBOs", "'A2", `'${OLD_VALUE_UNKNOWN}`, "'0"]);
    expect(rows[2][5]).toBe("'2020-07-15");
    expect(rows[50][3]).toBe("'A2:C31");
    expect(rows[50][5]).toBe("'Pasted 90 cells in CBOs!A2:C31 (the first 50 are listed above)");
    expect(logEntries({ ...base, row: 2, column: 1, values: [['a', 'b']] })).toHaveLength(2);
  });

  test('the time is a date cell (it sorts); a Khmer workbook reads its place in words and Khmer digits', () => {
    const edit = { ...base, row: 12, column: 3, values: [['13']], oldValue: 12 };
    const [english] = logEntries(edit);
    expect(english[0]).toBeInstanceOf(Date);
    expect(english[3]).toBe("'C12");
    const [khmer] = logEntries({ ...edit, language: 'km', headers: ['Members'] });
    expect(khmer[0]).toEqual(base.time);
    expect(khmer[3]).toBe("'ជួរដេក ១២ ជួរឈរ Members");
    // The values are the user's, as typed.
    expect(khmer.slice(4)).toEqual(["'12", "'13"]);
    // A column without a header is named by its number.
    expect(logPlace('km', [2, 2], [11, 11], [''])).toBe('ជួរដេក ២ ជួរឈរ ១១');
    expect(logPlace('km', [12, 12], [0, 0])).toBe('ជួរដេក ១២');
    expect(logPlace('en', [12, 12], [0, 0])).toBe('A12');
    // Time cells: ISO in English, the month in Khmer in a Khmer workbook (Phnom Penh: 23 Nov 14:05).
    expect(logTimeFormat(base.time, base.timeZone, 'en')).toBe('yyyy-mm-dd hh:mm:ss');
    expect(logTimeFormat(base.time, base.timeZone, 'km')).toBe('d" វិច្ឆិកា "yyyy" "hh:mm:ss');
  });

  test('a Khmer paste: the unknown old value and the summary in Khmer, the range in words', () => {
    const values = Array.from({ length: 3 }, () => ['a', 'b']);
    const rows = logEntries(
      { ...base, row: 10, column: 1, values, language: 'km', headers: ['CBO ID', 'CBO name'] },
      4,
    );
    expect(rows).toHaveLength(5);
    expect(rows[1][3]).toBe("'ជួរដេក ១០ ជួរឈរ CBO name");
    expect(rows[0][4]).toBe("'(មិនដឹង ព្រោះជាការបិទភ្ជាប់)");
    expect(rows[4][3]).toBe("'ជួរដេក ១០–១២ ជួរឈរ CBO ID–CBO name");
    expect(rows[4][5]).toBe(
      "'បានបិទភ្ជាប់ក្រឡា ៦ ក្នុងសន្លឹក CBOs ជួរដេក ១០–១២ ជួរឈរ CBO ID–CBO name (ក្រឡា ៤ ដំបូងមាននៅខាងលើ)",
    );
  });

  test('only input sheets are logged', () => {
    expect(isLoggedSheet('CBOs')).toBe(true);
    expect(isLoggedSheet('Change log')).toBe(false);
    expect(isLoggedSheet('Validation')).toBe(false);
  });
});
