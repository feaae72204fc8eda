import { columnLetters, formatA1, parseA1 } from '../../../src/offline/services/spreadsheet/a1';
import { DateConverter, displayValue, storedValue } from '../../../src/offline/services/spreadsheet/cells';

describe('A1 notation', () => {
  it('parses cells, ranges, whole columns and sheet names', () => {
    expect(parseA1('B3')).toEqual({ row: 3, column: 2, numRows: 1, numColumns: 1 });
    expect(parseA1('A2:C10')).toEqual({ row: 2, column: 1, numRows: 9, numColumns: 3 });
    expect(parseA1('$AA$1')).toEqual({ row: 1, column: 27, numRows: 1, numColumns: 1 });
    expect(parseA1('C:C')).toEqual({ row: 1, column: 3, numColumns: 1 });
    expect(parseA1("'My sheet'!A1:B2")).toEqual({
      sheetName: 'My sheet',
      row: 1,
      column: 1,
      numRows: 2,
      numColumns: 2,
    });
    expect(() => parseA1('nonsense!!')).toThrow(/Range not found/);
  });

  it('prints A1 notation', () => {
    expect(columnLetters(28)).toBe('AB');
    expect(formatA1(5, 2)).toBe('B5');
    expect(formatA1(1, 1, 3, 26)).toBe('A1:Z3');
  });
});

describe('cell values as Sheets stores them', () => {
  const dates = new DateConverter('Asia/Phnom_Penh', { Date, Error });

  it('converts number-like, boolean and ISO text unless the format is plain text', () => {
    expect(storedValue('42', dates)).toBe(42);
    expect(storedValue('TRUE', dates)).toBe(true);
    expect(storedValue('0102', dates, '@')).toBe('0102');
    expect(storedValue("'0102", dates)).toBe('0102');
    expect(storedValue('Takéo', dates)).toBe('Takéo');
    expect(storedValue('', dates)).toBeNull();
    expect(storedValue('=A1+1', dates)).toEqual({ formula: 'A1+1' });
    expect(storedValue('2020-07-15', dates)).toEqual(new Date(Date.UTC(2020, 6, 15)));
  });

  it('stores a date at its wall clock in the time zone and reads it back as the same instant', () => {
    const instant = new Date('2020-07-14T17:00:00Z'); // midnight 15 July in Phnom Penh
    const wall = storedValue(instant, dates) as Date;
    expect(wall.toISOString()).toBe('2020-07-15T00:00:00.000Z');
    expect(dates.toSheets(wall).toISOString()).toBe(instant.toISOString());
  });

  it('displays values roughly as Sheets does', () => {
    expect(displayValue(true, undefined, 'UTC')).toBe('TRUE');
    expect(displayValue(1250.5, '#,##0.00', 'UTC')).toBe('1,250.50');
    expect(displayValue(0.1625, '0.00%', 'UTC')).toBe('16.25%');
    expect(displayValue(new Date('2020-07-14T17:00:00Z'), 'yyyy-mm-dd', 'Asia/Phnom_Penh')).toBe(
      '2020-07-15',
    );
  });
});
