import { logEntries, isLoggedSheet, OLD_VALUE_UNKNOWN } from '../../../src/sharing/changelog/entries';

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
    expect(rows).toEqual([
      ["'2026-11-23 14:05:09", "'sok@example.org", "'CBOs", "'B7", "'Kandal", '\'=IMPORTXML("x")'],
    ]);
  });

  test('a paste logs each cell up to the cap, then one summary entry', () => {
    const values = Array.from({ length: 30 }, (_, r) => [
      r,
      `x${r}`,
      new Date(Date.UTC(2020, 6, 15, 0, 0, 0) - 7 * 3600000),
    ]);
    const rows = logEntries({ ...base, row: 2, column: 1, values }, 50);
    expect(rows).toHaveLength(51);
    expect(rows[0]).toEqual([
      "'2026-11-23 14:05:09",
      "'sok@example.org",
      "'CBOs",
      "'A2",
      `'${OLD_VALUE_UNKNOWN}`,
      "'0",
    ]);
    expect(rows[2][5]).toBe("'2020-07-15");
    expect(rows[50][3]).toBe("'A2:C31");
    expect(rows[50][5]).toBe("'Pasted 90 cells in CBOs!A2:C31 (the first 50 are listed above)");
    expect(logEntries({ ...base, row: 2, column: 1, values: [['a', 'b']] })).toHaveLength(2);
  });

  test('only input sheets are logged', () => {
    expect(isLoggedSheet('CBOs')).toBe(true);
    expect(isLoggedSheet('Change log')).toBe(false);
    expect(isLoggedSheet('Validation')).toBe(false);
  });
});
